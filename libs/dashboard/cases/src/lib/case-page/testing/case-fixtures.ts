import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import {
  type EnvironmentProviders,
  type Provider,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthService } from '@intake/dashboard/core';
import type {
  AssessmentSummaryDto,
  AvailableMoveDto,
  CaseChecklistDto,
  CaseDto,
  CaseNoteDto,
  CaseTaskDto,
  CaseTransitionDto,
  ChecklistFileDto,
  ChecklistItemDto,
  DeadlineDto,
  Role,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';

/*
 * Test only: complete objects as the API answers them (override what the test is about), and
 * the providers every component test of the case page needs (keys are shown untranslated).
 */

export const CASE_ID = 'k-1';
export const CLIENT_ID = 'c-1';

/** The signed-in user's role, changed by the tests. */
export const testRole = signal<Role | null>('lawyer');

export function caseTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideZonelessChangeDetection(),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTranslateService(),
    provideRouter([]),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    { provide: AuthService, useValue: { role: testRole } },
  ];
}

export function makeCase(overrides: Partial<CaseDto> = {}): CaseDto {
  return {
    id: CASE_ID,
    fileNumber: 'K-2025-00042',
    type: 'cec_express_entry',
    clientId: CLIENT_ID,
    clientFileNumber: 'C-2025-00001',
    clientName: 'Adaeze Okonkwo',
    responsibleLawyerId: 'u-lawyer',
    responsibleLawyerName: 'Louise Lawyer',
    paralegalId: 'u-para',
    paralegalName: 'Pierre Paralegal',
    stage: 'ita_received',
    stageLabel: 'ITA received',
    stageEnteredAt: '2025-06-01T12:00:00.000Z',
    daysInStage: 4,
    outcome: null,
    openedOn: '2025-03-10',
    closedOn: null,
    itaReceivedOn: '2025-06-01',
    summary: 'CEC application, two jobs in Toronto.',
    nextDeadline: null,
    overdue: false,
    createdAt: '2025-03-10T12:00:00.000Z',
    updatedAt: '2025-06-01T12:00:00.000Z',
    version: 7,
    ...overrides,
  };
}

export const STAFF: StaffMemberDto[] = [
  { id: 'u-lawyer', name: 'Louise Lawyer', role: 'lawyer' },
  { id: 'u-admin', name: 'Ada Admin', role: 'admin' },
  { id: 'u-para', name: 'Pierre Paralegal', role: 'paralegal' },
  { id: 'u-para2', name: 'Paula Paralegal', role: 'paralegal' },
];

export function makeMove(overrides: Partial<AvailableMoveDto> = {}): AvailableMoveDto {
  return {
    to: 'pr_application_submitted',
    label: 'PR application submitted',
    lawyerOnly: false,
    outcomes: [],
    allowed: true,
    reason: null,
    refusal: null,
    ...overrides,
  };
}

export function makeTransition(overrides: Partial<CaseTransitionDto> = {}): CaseTransitionDto {
  return {
    id: 't-1',
    caseId: CASE_ID,
    from: 'ee_profile_submitted',
    to: 'ita_received',
    outcome: null,
    comment: null,
    actorId: 'u-lawyer',
    actorName: 'Louise Lawyer',
    at: '2025-06-01T12:00:00.000Z',
    ...overrides,
  };
}

export function makeFile(overrides: Partial<ChecklistFileDto> = {}): ChecklistFileDto {
  return {
    id: 'f-1',
    itemId: 'i-1',
    version: 1,
    fileName: 'passport.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2048,
    sha256: 'ab'.repeat(32),
    uploadedBy: 'u-para',
    uploadedByName: 'Pierre Paralegal',
    uploadedAt: '2025-06-02T15:00:00.000Z',
    ...overrides,
  };
}

export function makeItem(overrides: Partial<ChecklistItemDto> = {}): ChecklistItemDto {
  return {
    id: 'i-1',
    checklistId: 'l-1',
    caseId: CASE_ID,
    templateItemKey: 'passport',
    instanceKey: 'passport',
    label: 'Passport',
    description: 'Every page, including blank ones.',
    provider: 'client',
    required: true,
    state: 'requested',
    stateReason: null,
    stateChangedBy: null,
    stateChangedAt: null,
    dueOn: null,
    overdue: false,
    documentExpiresOn: null,
    retired: false,
    latestFile: null,
    fileCount: 0,
    version: 3,
    ...overrides,
  };
}

export function makeChecklist(
  items: ChecklistItemDto[],
  overrides: Partial<CaseChecklistDto> = {},
): CaseChecklistDto {
  const required = items.filter((item) => item.required).length;
  const done = items.filter(
    (item) => item.required && (item.state === 'accepted' || item.state === 'waived'),
  ).length;
  const progress = {
    required,
    done,
    received: items.filter((item) => item.state === 'received').length,
    overdue: items.filter((item) => item.overdue).length,
    percent: required === 0 ? 100 : Math.round((done / required) * 100),
  };
  return {
    caseId: CASE_ID,
    progress,
    checklists: [
      { id: 'l-1', caseId: CASE_ID, templateId: 'tpl-1', name: 'CEC documents', progress, items },
    ],
    ...overrides,
  };
}

export function makeNote(overrides: Partial<CaseNoteDto> = {}): CaseNoteDto {
  return {
    id: 'n-1',
    caseId: CASE_ID,
    body: 'Client called about the police certificate.',
    authorId: 'u-para',
    authorName: 'Pierre Paralegal',
    createdAt: '2025-06-03T14:00:00.000Z',
    ...overrides,
  };
}

export function makeTask(overrides: Partial<CaseTaskDto> = {}): CaseTaskDto {
  return {
    id: 'ta-1',
    caseId: CASE_ID,
    title: 'Book the medical exam',
    assigneeId: 'u-para',
    assigneeName: 'Pierre Paralegal',
    dueOn: '2025-06-20',
    done: false,
    doneAt: null,
    overdue: false,
    createdAt: '2025-06-01T12:00:00.000Z',
    version: 2,
    ...overrides,
  };
}

export function makeDeadline(overrides: Partial<DeadlineDto> = {}): DeadlineDto {
  return {
    id: 'd-1',
    caseId: CASE_ID,
    caseFileNumber: 'K-2025-00042',
    clientName: 'Adaeze Okonkwo',
    kind: 'pr_application_due',
    derived: true,
    title: 'PR application due',
    detail: null,
    dueOn: '2025-07-31',
    assigneeId: null,
    done: false,
    doneAt: null,
    overdue: false,
    daysLeft: 30,
    version: 1,
    ...overrides,
  };
}

export function makeAssessment(
  overrides: Partial<AssessmentSummaryDto> = {},
): AssessmentSummaryDto {
  return {
    id: 'a-1',
    clientId: CLIENT_ID,
    asOf: '2025-05-01',
    ruleSetId: 'cec-2022',
    engineVersion: '1.1.0',
    outcome: 'eligible',
    crsTotal: 512,
    canadianSkilledHours: 1950,
    createdAt: '2025-05-01T10:00:00.000Z',
    createdBy: 'u-lawyer',
    createdByName: 'Louise Lawyer',
    stale: false,
    releases: [],
    ...overrides,
  };
}

/** A problem+json answer for `TestRequest.flush`. */
export function problem(
  status: number,
  type: string,
  detail?: string,
): [object, { status: number; statusText: string }] {
  return [
    {
      type: `https://intake.example/problems/${type}`,
      title: 'Problem',
      status,
      ...(detail ? { detail } : {}),
    },
    { status, statusText: 'Error' },
  ];
}
