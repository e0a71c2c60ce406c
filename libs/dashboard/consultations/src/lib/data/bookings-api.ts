import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StaffBookingDto, StaffMemberDto } from '@intake/shared/contracts';
import type { Observable } from 'rxjs';
import { CONSULTATIONS_API } from './api-paths';

export interface CalendarQuery {
  /** First and last firm day, both included (at most 62 days apart). */
  from: string;
  to: string;
  staffId?: string | null;
}

/** /api/bookings (the calendar) and /api/staff (who can be picked), for any staff member. */
@Injectable({ providedIn: 'root' })
export class BookingsApi {
  private readonly http = inject(HttpClient);

  calendar(query: CalendarQuery): Observable<StaffBookingDto[]> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    if (query.staffId) {
      params = params.set('staffId', query.staffId);
    }
    return this.http.get<StaffBookingDto[]>(CONSULTATIONS_API.bookings, { params });
  }

  staff(): Observable<StaffMemberDto[]> {
    return this.http.get<StaffMemberDto[]>(CONSULTATIONS_API.staff);
  }
}
