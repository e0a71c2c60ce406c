import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddVerificationRequest,
  ClientDto,
  ClientSort,
  ClientSummaryDto,
  ConflictCheckDto,
  ConflictDecisionRequest,
  CreateClientRequest,
  EducationInput,
  FamilyMemberInput,
  IdentificationRequest,
  LanguageTestInput,
  NocDto,
  Page,
  PartyInput,
  Province,
  StatusEntryInput,
  UpdateClientRequest,
  WorkInput,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export const CLIENTS_URL = '/api/clients';
export const NOC_URL = '/api/noc';

export interface ClientListQuery {
  limit: number;
  offset: number;
  q?: string;
  sort?: ClientSort;
  order?: 'asc' | 'desc';
  province?: Province;
  expiringWithinDays?: number;
  assignedTo?: string;
  includeClosed?: boolean;
}

/** The list sections of a profile, each replaced whole by one PUT. */
export interface SectionItems {
  'status-history': StatusEntryInput;
  'language-tests': LanguageTestInput;
  education: EducationInput;
  work: WorkInput;
  family: FamilyMemberInput;
  parties: PartyInput;
}
export type SectionPath = keyof SectionItems;

export interface NocSearchResult {
  items: NocDto[];
  source: string;
}

function clientUrl(id: string): string {
  return `${CLIENTS_URL}/${encodeURIComponent(id)}`;
}

/** /api/clients, /api/noc. Every change of a client carries the version it was read at. */
@Injectable({ providedIn: 'root' })
export class ClientsApi {
  private readonly http = inject(HttpClient);

  list(query: ClientListQuery): Observable<Page<ClientSummaryDto>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    const q = query.q?.trim();
    if (q) {
      params = params.set('q', q);
    }
    if (query.sort) {
      params = params.set('sort', query.sort);
    }
    if (query.order) {
      params = params.set('order', query.order);
    }
    if (query.province) {
      params = params.set('province', query.province);
    }
    if (query.expiringWithinDays !== undefined) {
      params = params.set('expiringWithinDays', query.expiringWithinDays);
    }
    if (query.assignedTo) {
      params = params.set('assignedTo', query.assignedTo);
    }
    if (query.includeClosed) {
      params = params.set('includeClosed', 'true');
    }
    return this.http.get<Page<ClientSummaryDto>>(CLIENTS_URL, { params });
  }

  get(id: string): Observable<ClientDto> {
    return this.http.get<ClientDto>(clientUrl(id));
  }

  create(body: CreateClientRequest): Observable<ClientDto> {
    return this.http.post<ClientDto>(CLIENTS_URL, body);
  }

  /** Identity fields, `open`, `assignedTo`; answers 409 when `version` is stale. */
  update(id: string, body: UpdateClientRequest): Observable<ClientDto> {
    return this.http.patch<ClientDto>(clientUrl(id), body);
  }

  /** Lawyers and admins only. */
  remove(id: string, version: number): Observable<void> {
    return this.http.delete<void>(clientUrl(id), {
      params: new HttpParams().set('version', version),
    });
  }

  /** Replaces one list section; answers the whole client with its new version. */
  replaceSection<S extends SectionPath>(
    id: string,
    section: S,
    version: number,
    items: SectionItems[S][],
  ): Observable<ClientDto> {
    return this.http.put<ClientDto>(`${clientUrl(id)}/${section}`, { version, items });
  }

  saveIdentification(id: string, body: IdentificationRequest): Observable<ClientDto> {
    return this.http.put<ClientDto>(`${clientUrl(id)}/identification`, body);
  }

  /** Adds a record; no version (it edits nothing). */
  addVerification(id: string, body: AddVerificationRequest): Observable<ClientDto> {
    return this.http.post<ClientDto>(`${clientUrl(id)}/verifications`, body);
  }

  /** The full permit number (lawyers and admins; each view is audited). */
  revealPermitNumber(id: string, entryId: string): Observable<{ permitNumber: string | null }> {
    return this.http.get<{ permitNumber: string | null }>(
      `${clientUrl(id)}/status-history/${encodeURIComponent(entryId)}/permit-number`,
    );
  }

  /** The full document number (lawyers and admins; each view is audited). */
  revealDocumentNumber(id: string, verificationId: string): Observable<{ documentNumber: string }> {
    return this.http.get<{ documentNumber: string }>(
      `${clientUrl(id)}/verifications/${encodeURIComponent(verificationId)}/document-number`,
    );
  }

  runConflictCheck(id: string): Observable<ConflictCheckDto> {
    return this.http.post<ConflictCheckDto>(`${clientUrl(id)}/conflict-checks`, null);
  }

  /** Newest first. */
  conflictChecks(id: string): Observable<ConflictCheckDto[]> {
    return this.http.get<ConflictCheckDto[]>(`${clientUrl(id)}/conflict-checks`);
  }

  /** Lawyers and admins only; a waiver needs a reason (400 on `reason`). */
  decideConflict(
    id: string,
    checkId: string,
    body: ConflictDecisionRequest,
  ): Observable<ConflictCheckDto> {
    return this.http.post<ConflictCheckDto>(
      `${clientUrl(id)}/conflict-checks/${encodeURIComponent(checkId)}/decision`,
      body,
    );
  }

  searchNoc(q: string, limit = 10): Observable<NocSearchResult> {
    const params = new HttpParams().set('q', q).set('limit', limit);
    return this.http.get<NocSearchResult>(NOC_URL, { params });
  }
}
