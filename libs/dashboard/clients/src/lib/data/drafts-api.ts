import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';

export const DRAFTS_URL = '/api/drafts';

/** Lower-case letters, digits, ':' and '-', as the API accepts. */
export const DRAFT_KEY = /^[a-z0-9:-]{1,100}$/;

export function draftKey(...parts: string[]): string {
  const key = parts.join(':').toLowerCase();
  if (!DRAFT_KEY.test(key)) {
    throw new Error(`Invalid draft key: ${key}`);
  }
  return key;
}

/** Unsaved form input kept on the server per user (/api/drafts/:key). */
@Injectable({ providedIn: 'root' })
export class DraftsApi {
  private readonly http = inject(HttpClient);

  /** The saved data, or null when there is no draft. */
  get(key: string): Observable<Record<string, unknown> | null> {
    return this.http
      .get<{ data: Record<string, unknown> | null }>(`${DRAFTS_URL}/${key}`)
      .pipe(map((draft) => draft.data ?? null));
  }

  save(key: string, data: Record<string, unknown>): Observable<unknown> {
    return this.http.put(`${DRAFTS_URL}/${key}`, { data });
  }

  remove(key: string): Observable<void> {
    return this.http.delete<void>(`${DRAFTS_URL}/${key}`);
  }
}
