import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OutboxMessageDto, OutboxStatus, Page } from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export const OUTBOX_API = { outbox: '/api/outbox', reminders: '/api/reminders/run' } as const;

export interface OutboxQuery {
  limit: number;
  offset: number;
  status?: OutboxStatus | null;
}

/** The e-mails the product sent or holds (admin only), and the reminder sweep. */
@Injectable({ providedIn: 'root' })
export class OutboxApi {
  private readonly http = inject(HttpClient);

  list(query: OutboxQuery): Observable<Page<OutboxMessageDto>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.status) {
      params = params.set('status', query.status);
    }
    return this.http.get<Page<OutboxMessageDto>>(OUTBOX_API.outbox, { params });
  }

  /** Queues the reminders due now (the scheduler also does, every few minutes). */
  runReminders(): Observable<{ queued: number }> {
    return this.http.post<{ queued: number }>(OUTBOX_API.reminders, {});
  }
}
