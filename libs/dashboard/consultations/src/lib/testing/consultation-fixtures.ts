import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import {
  type EnvironmentProviders,
  type Provider,
  computed,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { AuthService } from '@intake/dashboard/core';
import type {
  ConsultationRequestBookingDto,
  ConsultationRequestDto,
  ConsultationRequestPage,
  ConsultationRequestSummaryDto,
  ConsultationTypeDto,
  ConversionDto,
  Problem,
  SessionUser,
  StaffBookingDto,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';

/*
 * Test only: complete objects as the API answers them (override what the test is about), and
 * the providers every component test needs (translation keys are shown untranslated).
 */

export const ME_ID = 'u-lawyer';

export const STAFF: StaffMemberDto[] = [
  { id: 'u-admin', name: 'Alice Admin', role: 'admin' },
  { id: ME_ID, name: 'Louise Lawyer', role: 'lawyer' },
  { id: 'u-para', name: 'Pierre Paralegal', role: 'paralegal' },
];

/** The signed-in user, changed by the tests. */
export const testUser = signal<SessionUser | null>(null);

export function signIn(role: SessionUser['role'], id = ME_ID): void {
  testUser.set({
    id,
    email: `${id}@firm.example`,
    name: STAFF.find((s) => s.id === id)?.name ?? id,
    role,
    preferredLanguage: 'en',
    mustChangePassword: false,
  });
}

export function consultationTestProviders(
  routes: Routes = [],
): (Provider | EnvironmentProviders)[] {
  const role = computed(() => testUser()?.role ?? null);
  return [
    provideZonelessChangeDetection(),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTranslateService(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    {
      provide: AuthService,
      useValue: {
        user: testUser,
        role,
        isAdmin: computed(() => role() === 'admin'),
        ensureSession: () => Promise.resolve(testUser()),
      },
    },
  ];
}

export function makeSummary(
  overrides: Partial<ConsultationRequestSummaryDto> = {},
): ConsultationRequestSummaryDto {
  return {
    id: 'r-1',
    status: 'booked',
    source: 'booking',
    givenNames: 'Mohamed',
    familyName: 'Al Rashid',
    email: 'm.alrashid@example.com',
    preferredLanguage: 'en',
    programOfInterest: 'cec_express_entry',
    nextBookingStart: '2026-03-10T09:30:00-04:00',
    conflictMatches: 0,
    createdAt: '2026-03-01T15:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function makePage(
  items: ConsultationRequestSummaryDto[],
  overrides: Partial<ConsultationRequestPage> = {},
): ConsultationRequestPage {
  return {
    items,
    total: items.length,
    counts: { new: 0, contacted: 0, booked: items.length, converted: 0, declined: 0, no_show: 0 },
    ...overrides,
  };
}

export function makeBooking(
  overrides: Partial<ConsultationRequestBookingDto> = {},
): ConsultationRequestBookingDto {
  return {
    id: 'b-1',
    status: 'confirmed',
    start: '2026-03-10T09:30:00-04:00',
    end: '2026-03-10T10:00:00-04:00',
    mode: 'video',
    typeCode: 'cec_assessment',
    staffId: ME_ID,
    staffName: 'Louise Lawyer',
    ...overrides,
  };
}

export function makeRequest(
  overrides: Partial<ConsultationRequestDto> = {},
): ConsultationRequestDto {
  return {
    ...makeSummary(),
    phone: '+1 613 555 0199',
    otherParties: [{ name: 'Ana Silva', relation: 'former employer' }],
    notes: null,
    acknowledgment: {
      id: 'ack-1',
      versionNumber: 2,
      hash: 'abc',
      locale: 'fr',
      purpose: 'booking',
      acknowledgedAt: '2026-03-01T14:59:00.000Z',
    },
    bookings: [makeBooking()],
    conflictPrecheck: {
      ranAt: '2026-03-01T15:00:00.000Z',
      subjects: [
        { name: 'Mohamed Al Rashid', role: 'visitor' },
        { name: 'Ana Silva', role: 'party:former employer' },
      ],
      matches: [],
    },
    clientId: null,
    caseId: null,
    convertedAt: null,
    selfAssessments: [],
    ...overrides,
  };
}

export function makeConversion(overrides: Partial<ConversionDto> = {}): ConversionDto {
  return {
    consultationRequestId: 'r-1',
    clientId: 'c-9',
    clientFileNumber: 'C-2026-00009',
    caseId: 'k-9',
    caseFileNumber: 'CASE-2026-00012',
    caseType: 'cec_express_entry',
    convertedAt: '2026-03-11T12:00:00.000Z',
    ...overrides,
  };
}

export function makeType(overrides: Partial<ConsultationTypeDto> = {}): ConsultationTypeDto {
  return {
    id: 't-1',
    code: 'cec_assessment',
    nameEn: 'CEC assessment',
    nameFr: 'Évaluation CEC',
    durationMinutes: 30,
    modes: ['video', 'in_person'],
    active: true,
    version: 1,
    ...overrides,
  };
}

export function makeStaffBooking(overrides: Partial<StaffBookingDto> = {}): StaffBookingDto {
  return {
    ...makeBooking(),
    typeName: 'CEC assessment',
    consultationRequestId: 'r-1',
    visitorName: 'Mohamed Al Rashid',
    preferredLanguage: 'en',
    ...overrides,
  };
}

/** A problem+json answer, for `req.flush(problem(…), { status, statusText })`. */
export function problem(status: number, type: string, extra: Partial<Problem> = {}): Problem {
  return { type, title: type, status, ...extra };
}
