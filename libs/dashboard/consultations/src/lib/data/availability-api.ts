import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BookingSettingsDto,
  HolidayDto,
  HolidayRequest,
  PutAvailabilityRequest,
  PutBookingSettingsRequest,
  StaffAvailabilityDto,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';
import { CONSULTATIONS_API, id } from './api-paths';

/** /api/availability: staff hours, firm settings and holidays (admins only). */
@Injectable({ providedIn: 'root' })
export class AvailabilityApi {
  private readonly http = inject(HttpClient);

  get(staffId: string): Observable<StaffAvailabilityDto> {
    return this.http.get<StaffAvailabilityDto>(`${CONSULTATIONS_API.availability}/${id(staffId)}`);
  }

  /** Replaces the weekly hours and exceptions whole. */
  put(staffId: string, body: PutAvailabilityRequest): Observable<StaffAvailabilityDto> {
    return this.http.put<StaffAvailabilityDto>(
      `${CONSULTATIONS_API.availability}/${id(staffId)}`,
      body,
    );
  }

  settings(): Observable<BookingSettingsDto> {
    return this.http.get<BookingSettingsDto>(CONSULTATIONS_API.settings);
  }

  /** Optimistic locking: answers 409 `stale-version` when `version` is not the current one. */
  putSettings(body: PutBookingSettingsRequest): Observable<BookingSettingsDto> {
    return this.http.put<BookingSettingsDto>(CONSULTATIONS_API.settings, body);
  }

  holidays(year: number): Observable<HolidayDto[]> {
    const params = new HttpParams().set('year', year);
    return this.http.get<HolidayDto[]>(CONSULTATIONS_API.holidays, { params });
  }

  addHoliday(body: HolidayRequest): Observable<HolidayDto> {
    return this.http.post<HolidayDto>(CONSULTATIONS_API.holidays, body);
  }

  removeHoliday(date: string): Observable<void> {
    return this.http.delete<void>(`${CONSULTATIONS_API.holidays}/${id(date)}`);
  }
}
