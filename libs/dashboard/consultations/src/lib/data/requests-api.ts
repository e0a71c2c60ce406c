import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConsultationRequestDto,
  ConsultationRequestPage,
  ConsultationRequestStatus,
  ConversionDto,
  UpdateConsultationRequestRequest,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';
import { CONSULTATIONS_API, requestUrl } from './api-paths';

export interface RequestListQuery {
  status?: ConsultationRequestStatus;
  q?: string;
  limit: number;
  offset: number;
}

/** /api/consultation-requests (any staff member). */
@Injectable({ providedIn: 'root' })
export class RequestsApi {
  private readonly http = inject(HttpClient);

  /** Newest first, with the count per status for the same search. */
  list(query: RequestListQuery): Observable<ConsultationRequestPage> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.status) {
      params = params.set('status', query.status);
    }
    if (query.q) {
      params = params.set('q', query.q);
    }
    return this.http.get<ConsultationRequestPage>(CONSULTATIONS_API.requests, { params });
  }

  get(requestId: string): Observable<ConsultationRequestDto> {
    return this.http.get<ConsultationRequestDto>(requestUrl(requestId));
  }

  /** Optimistic locking: answers 409 `stale-version` when `version` is not the current one. */
  update(
    requestId: string,
    body: UpdateConsultationRequestRequest,
  ): Observable<ConsultationRequestDto> {
    return this.http.patch<ConsultationRequestDto>(requestUrl(requestId), body);
  }

  /** Creates the client and the case at once; calling again returns the first result. */
  convert(requestId: string): Observable<ConversionDto> {
    return this.http.post<ConversionDto>(`${requestUrl(requestId)}/convert`, {});
  }
}
