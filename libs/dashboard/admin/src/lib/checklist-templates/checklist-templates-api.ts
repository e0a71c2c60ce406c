import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseType,
  ChecklistTemplateDto,
  CreateChecklistTemplateRequest,
  UpdateChecklistTemplateRequest,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export const CHECKLIST_TEMPLATES_API = '/api/checklist-templates';

/** Document checklist templates per case type: read by any staff, written by admins. */
@Injectable({ providedIn: 'root' })
export class ChecklistTemplatesApi {
  private readonly http = inject(HttpClient);

  list(caseType: CaseType): Observable<ChecklistTemplateDto[]> {
    const params = new HttpParams().set('caseType', caseType);
    return this.http.get<ChecklistTemplateDto[]>(CHECKLIST_TEMPLATES_API, { params });
  }

  create(body: CreateChecklistTemplateRequest): Observable<ChecklistTemplateDto> {
    return this.http.post<ChecklistTemplateDto>(CHECKLIST_TEMPLATES_API, body);
  }

  /** Replaces the template whole; answers 409 when `version` is stale. */
  update(id: string, body: UpdateChecklistTemplateRequest): Observable<ChecklistTemplateDto> {
    return this.http.put<ChecklistTemplateDto>(`${CHECKLIST_TEMPLATES_API}/${id}`, body);
  }
}
