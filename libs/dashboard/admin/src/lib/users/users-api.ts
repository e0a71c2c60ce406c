import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API } from '@intake/dashboard/core';
import type {
  CreateUserRequest,
  Page,
  ResetPasswordRequest,
  UpdateUserRequest,
  UserDto,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export interface UserListQuery {
  limit: number;
  offset: number;
  q?: string;
}

/** /api/users (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserDto>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.q) {
      params = params.set('q', query.q);
    }
    return this.http.get<Page<UserDto>>(API.users, { params });
  }

  create(body: CreateUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>(API.users, body);
  }

  /** Optimistic locking: answers 409 when `version` is stale. */
  update(id: string, body: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`${API.users}/${encodeURIComponent(id)}`, body);
  }

  resetPassword(id: string, password: string): Observable<void> {
    const body: ResetPasswordRequest = { password };
    return this.http.post<void>(`${API.users}/${encodeURIComponent(id)}/password`, body);
  }
}
