import { HttpClient, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, firstValueFrom, map } from 'rxjs';
import { API } from '../config/api';

/**
 * The API sets a readable XSRF-TOKEN cookie; Angular copies it into the X-XSRF-TOKEN header of
 * every state-changing request (see withXsrfConfiguration in the app config).
 */
@Injectable({ providedIn: 'root' })
export class CsrfService {
  private readonly http = inject(HttpClient);
  private readonly extractor = inject(HttpXsrfTokenExtractor);

  token(): string | null {
    return this.extractor.getToken();
  }

  /** Fetches a token unless the cookie is already there. */
  async ensureToken(): Promise<void> {
    if (!this.token()) {
      await firstValueFrom(this.refresh());
    }
  }

  /** GET /api/auth/csrf, which (re)sets the cookie. Emits the new token. */
  refresh(): Observable<string | null> {
    return this.http.get<void>(API.csrf).pipe(map(() => this.token()));
  }
}
