import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConsultationTypeDto,
  ConsultationTypeRequest,
  UpdateConsultationTypeRequest,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';
import { CONSULTATIONS_API, id } from './api-paths';

/** /api/consultation-types: anyone reads the list; admins create and edit. */
@Injectable({ providedIn: 'root' })
export class ConsultationTypesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ConsultationTypeDto[]> {
    return this.http.get<ConsultationTypeDto[]>(CONSULTATIONS_API.types);
  }

  create(body: ConsultationTypeRequest): Observable<ConsultationTypeDto> {
    return this.http.post<ConsultationTypeDto>(CONSULTATIONS_API.types, body);
  }

  /** Optimistic locking: answers 409 `stale-version` when `version` is not the current one. */
  update(typeId: string, body: UpdateConsultationTypeRequest): Observable<ConsultationTypeDto> {
    return this.http.patch<ConsultationTypeDto>(`${CONSULTATIONS_API.types}/${id(typeId)}`, body);
  }
}
