import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DisclaimerVersionDto, PublishDisclaimerRequest } from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export const DISCLAIMERS_API = '/api/disclaimers';

/** The firm's legal-advice disclaimer: published versions (admin, lawyer), publishing (admin). */
@Injectable({ providedIn: 'root' })
export class DisclaimersApi {
  private readonly http = inject(HttpClient);

  /** Every published version, the current one first. */
  list(): Observable<DisclaimerVersionDto[]> {
    return this.http.get<DisclaimerVersionDto[]>(DISCLAIMERS_API);
  }

  publish(body: PublishDisclaimerRequest): Observable<DisclaimerVersionDto> {
    return this.http.post<DisclaimerVersionDto>(DISCLAIMERS_API, body);
  }
}
