import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CsrfService } from '@intake/dashboard/core';
import type {
  AcknowledgeDisclaimerRequest,
  AcknowledgmentDto,
  CreatePublicBookingRequest,
  Language,
  MeetingMode,
  PublicBookingDto,
  PublicDisclaimerDto,
  PublicFirmDto,
  PublicSlotsDto,
  RescheduleBookingRequest,
  SelfAssessmentDto,
  SelfAssessmentRequest,
} from '@intake/shared/contracts';
import { type Observable, from, switchMap } from 'rxjs';

export const PUBLIC_API = {
  firm: '/api/public/firm',
  disclaimer: '/api/public/disclaimer',
  acknowledgments: '/api/public/acknowledgments',
  consultationTypes: '/api/public/consultation-types',
  slots: '/api/public/slots',
  bookings: '/api/public/bookings',
  selfAssessment: '/api/public/self-assessment',
} as const;

export const IDEMPOTENCY_HEADER_NAME = 'Idempotency-Key';

/** An active consultation type as the public types endpoint lists it (name in the locale asked). */
export interface PublicConsultationTypeDto {
  code: string;
  name: string;
  durationMinutes: number;
  modes: MeetingMode[];
}

export interface SlotsQuery {
  type: string;
  /** First and last day (firm's calendar, `YYYY-MM-DD`), at most 31 days apart. */
  from: string;
  to: string;
  locale: Language;
}

export function bookingUrl(token: string): string {
  return `${PUBLIC_API.bookings}/${encodeURIComponent(token)}`;
}

/**
 * The public endpoints a visitor uses, without an account. State-changing calls first make
 * sure the CSRF cookie exists (a visitor has no session, and may post before any GET set it).
 */
@Injectable({ providedIn: 'root' })
export class PublicBookingApi {
  private readonly http = inject(HttpClient);
  private readonly csrf = inject(CsrfService);

  firm(): Observable<PublicFirmDto> {
    return this.http.get<PublicFirmDto>(PUBLIC_API.firm);
  }

  disclaimer(locale: Language): Observable<PublicDisclaimerDto> {
    return this.http.get<PublicDisclaimerDto>(PUBLIC_API.disclaimer, { params: { locale } });
  }

  acknowledge(body: AcknowledgeDisclaimerRequest): Observable<AcknowledgmentDto> {
    return this.withCsrf(() => this.http.post<AcknowledgmentDto>(PUBLIC_API.acknowledgments, body));
  }

  consultationTypes(locale: Language): Observable<PublicConsultationTypeDto[]> {
    return this.http.get<PublicConsultationTypeDto[]>(PUBLIC_API.consultationTypes, {
      params: { locale },
    });
  }

  slots(query: SlotsQuery): Observable<PublicSlotsDto> {
    return this.http.get<PublicSlotsDto>(PUBLIC_API.slots, { params: { ...query } });
  }

  /** The same `idempotencyKey` for a retry of the same submission: the API answers it once. */
  book(body: CreatePublicBookingRequest, idempotencyKey: string): Observable<PublicBookingDto> {
    const headers = new HttpHeaders({ [IDEMPOTENCY_HEADER_NAME]: idempotencyKey });
    return this.withCsrf(() =>
      this.http.post<PublicBookingDto>(PUBLIC_API.bookings, body, { headers }),
    );
  }

  booking(token: string): Observable<PublicBookingDto> {
    return this.http.get<PublicBookingDto>(bookingUrl(token));
  }

  cancel(token: string): Observable<PublicBookingDto> {
    return this.withCsrf(() =>
      this.http.post<PublicBookingDto>(`${bookingUrl(token)}/cancel`, null),
    );
  }

  reschedule(token: string, slotId: string): Observable<PublicBookingDto> {
    const body: RescheduleBookingRequest = { slotId };
    return this.withCsrf(() =>
      this.http.post<PublicBookingDto>(`${bookingUrl(token)}/reschedule`, body),
    );
  }

  /** Needs an acknowledgment of purpose `self_assessment`; the answer is stored by the firm. */
  selfAssessment(body: SelfAssessmentRequest): Observable<SelfAssessmentDto> {
    return this.withCsrf(() => this.http.post<SelfAssessmentDto>(PUBLIC_API.selfAssessment, body));
  }

  private withCsrf<T>(request: () => Observable<T>): Observable<T> {
    return from(this.csrf.ensureToken()).pipe(switchMap(request));
  }
}
