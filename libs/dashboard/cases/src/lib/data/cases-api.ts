import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddChecklistItemRequest,
  AssessmentSummaryDto,
  AvailableMoveDto,
  CaseChecklistDto,
  CaseDto,
  CaseNoteDto,
  CaseTaskDto,
  CaseTransitionDto,
  CaseType,
  CaseWorkflowDto,
  ChangeItemStateRequest,
  ChecklistFileDto,
  ChecklistItemDto,
  ClientDto,
  ClientSummaryDto,
  CreateCaseRequest,
  CreateDeadlineRequest,
  CreateNoteRequest,
  CreateTaskRequest,
  DeadlineDto,
  DeadlineKind,
  Page,
  PipelineCardDto,
  PipelineDto,
  StaffMemberDto,
  TransitionCaseRequest,
  UpdateCaseRequest,
  UpdateChecklistItemRequest,
  UpdateDeadlineRequest,
  UpdateTaskRequest,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

const id = encodeURIComponent;

export const CASES_API = {
  cases: '/api/cases',
  stages: '/api/case-stages',
  pipeline: '/api/pipeline',
  deadlines: '/api/deadlines',
  checklistItems: '/api/checklist-items',
  checklistFiles: '/api/checklist-files',
  staff: '/api/staff',
  clients: '/api/clients',
} as const;

export function caseUrl(caseId: string): string {
  return `${CASES_API.cases}/${id(caseId)}`;
}

/** Where the browser downloads one stored version of a document (audited by the API). */
export function fileContentUrl(fileId: string): string {
  return `${CASES_API.checklistFiles}/${id(fileId)}/content`;
}

/** Filters shared by the board, the list and the deadlines: who and what kind. */
export interface CaseFilters {
  lawyer?: string | null;
  paralegal?: string | null;
  type?: CaseType | null;
}

export interface CaseListQuery extends CaseFilters {
  clientId?: string;
  stage?: string | null;
  includeClosed?: boolean;
  limit: number;
  offset: number;
}

export interface DeadlineQuery {
  from?: string | null;
  to?: string | null;
  overdue?: boolean;
  includeDone?: boolean;
  assignee?: string | null;
  lawyer?: string | null;
  kind?: DeadlineKind | null;
  limit: number;
  offset: number;
}

/** Only the values that are set, as query parameters (nothing `undefined` or empty sent). */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/** Cases, their stages and moves, notes, tasks, deadlines, checklists and documents. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  // ---- cases ----

  list(query: CaseListQuery): Observable<Page<CaseDto>> {
    return this.http.get<Page<CaseDto>>(CASES_API.cases, { params: toParams(query) });
  }

  get(caseId: string): Observable<CaseDto> {
    return this.http.get<CaseDto>(caseUrl(caseId));
  }

  /**
   * Opens a case at its first stage (intake) whatever the conflict check says: the case cannot
   * leave the conflict-check stage until a lawyer clears or waives the client's latest check.
   */
  create(body: CreateCaseRequest): Observable<CaseDto> {
    return this.http.post<CaseDto>(CASES_API.cases, body);
  }

  update(caseId: string, body: UpdateCaseRequest): Observable<CaseDto> {
    return this.http.patch<CaseDto>(caseUrl(caseId), body);
  }

  /** The stage table of a case type, with its allowed moves. */
  workflow(type: CaseType): Observable<CaseWorkflowDto> {
    return this.http.get<CaseWorkflowDto>(CASES_API.stages, { params: toParams({ type }) });
  }

  /** Every move out of the current stage, each with `allowed` and the guard's `reason`. */
  moves(caseId: string): Observable<AvailableMoveDto[]> {
    return this.http.get<AvailableMoveDto[]>(`${caseUrl(caseId)}/moves`);
  }

  /** 409 with the guard's reason in `detail` when refused; 403 for a lawyer-only move. */
  transition(caseId: string, body: TransitionCaseRequest): Observable<CaseDto> {
    return this.http.post<CaseDto>(`${caseUrl(caseId)}/transitions`, body);
  }

  history(caseId: string): Observable<CaseTransitionDto[]> {
    return this.http.get<CaseTransitionDto[]>(`${caseUrl(caseId)}/transitions`);
  }

  // ---- board ----

  pipeline(filters: CaseFilters & { limit?: number }): Observable<PipelineDto> {
    return this.http.get<PipelineDto>(CASES_API.pipeline, { params: toParams(filters) });
  }

  /** More cards of one column (the board loads the first page of each). */
  column(
    stage: string,
    filters: CaseFilters,
    offset: number,
    limit: number,
  ): Observable<Page<PipelineCardDto>> {
    return this.http.get<Page<PipelineCardDto>>(`${CASES_API.pipeline}/${id(stage)}`, {
      params: toParams({ ...filters, offset, limit }),
    });
  }

  // ---- notes and tasks ----

  notes(caseId: string): Observable<CaseNoteDto[]> {
    return this.http.get<CaseNoteDto[]>(`${caseUrl(caseId)}/notes`);
  }

  addNote(caseId: string, body: CreateNoteRequest): Observable<CaseNoteDto> {
    return this.http.post<CaseNoteDto>(`${caseUrl(caseId)}/notes`, body);
  }

  tasks(caseId: string): Observable<CaseTaskDto[]> {
    return this.http.get<CaseTaskDto[]>(`${caseUrl(caseId)}/tasks`);
  }

  addTask(caseId: string, body: CreateTaskRequest): Observable<CaseTaskDto> {
    return this.http.post<CaseTaskDto>(`${caseUrl(caseId)}/tasks`, body);
  }

  updateTask(caseId: string, taskId: string, body: UpdateTaskRequest): Observable<CaseTaskDto> {
    return this.http.patch<CaseTaskDto>(`${caseUrl(caseId)}/tasks/${id(taskId)}`, body);
  }

  // ---- deadlines ----

  caseDeadlines(caseId: string): Observable<DeadlineDto[]> {
    return this.http.get<DeadlineDto[]>(`${caseUrl(caseId)}/deadlines`);
  }

  addDeadline(caseId: string, body: CreateDeadlineRequest): Observable<DeadlineDto> {
    return this.http.post<DeadlineDto>(`${caseUrl(caseId)}/deadlines`, body);
  }

  deadlines(query: DeadlineQuery): Observable<Page<DeadlineDto>> {
    return this.http.get<Page<DeadlineDto>>(CASES_API.deadlines, { params: toParams(query) });
  }

  updateDeadline(deadlineId: string, body: UpdateDeadlineRequest): Observable<DeadlineDto> {
    return this.http.patch<DeadlineDto>(`${CASES_API.deadlines}/${id(deadlineId)}`, body);
  }

  /** Manual deadlines only. */
  deleteDeadline(deadlineId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${CASES_API.deadlines}/${id(deadlineId)}`, {
      params: toParams({ version }),
    });
  }

  // ---- checklists and documents ----

  checklist(caseId: string): Observable<CaseChecklistDto> {
    return this.http.get<CaseChecklistDto>(`${caseUrl(caseId)}/checklist`);
  }

  /** Regenerates from the template and the current intake, keeping work done on existing items. */
  refreshChecklist(caseId: string): Observable<CaseChecklistDto> {
    return this.http.post<CaseChecklistDto>(`${caseUrl(caseId)}/checklist/refresh`, {});
  }

  addItem(caseId: string, body: AddChecklistItemRequest): Observable<ChecklistItemDto> {
    return this.http.post<ChecklistItemDto>(`${caseUrl(caseId)}/checklist/items`, body);
  }

  updateItem(itemId: string, body: UpdateChecklistItemRequest): Observable<ChecklistItemDto> {
    return this.http.patch<ChecklistItemDto>(`${CASES_API.checklistItems}/${id(itemId)}`, body);
  }

  /** accept / reject / waive are lawyers' (403 otherwise); reject and waive need a reason. */
  changeItemState(itemId: string, body: ChangeItemStateRequest): Observable<ChecklistItemDto> {
    return this.http.post<ChecklistItemDto>(
      `${CASES_API.checklistItems}/${id(itemId)}/state`,
      body,
    );
  }

  /** A new version of the item's document; the API checks size and type on the content. */
  upload(itemId: string, file: File): Observable<ChecklistFileDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ChecklistFileDto>(
      `${CASES_API.checklistItems}/${id(itemId)}/files`,
      form,
    );
  }

  files(itemId: string): Observable<ChecklistFileDto[]> {
    return this.http.get<ChecklistFileDto[]>(`${CASES_API.checklistItems}/${id(itemId)}/files`);
  }

  // ---- around a case ----

  staff(): Observable<StaffMemberDto[]> {
    return this.http.get<StaffMemberDto[]>(CASES_API.staff);
  }

  /** Open clients matching `q` (name, e-mail, phone or file number): the picker of a new case. */
  searchClients(q: string, limit = 10): Observable<Page<ClientSummaryDto>> {
    return this.http.get<Page<ClientSummaryDto>>(CASES_API.clients, {
      params: toParams({ q, limit }),
    });
  }

  client(clientId: string): Observable<ClientDto> {
    return this.http.get<ClientDto>(`${CASES_API.clients}/${id(clientId)}`);
  }

  assessments(clientId: string): Observable<AssessmentSummaryDto[]> {
    return this.http.get<AssessmentSummaryDto[]>(
      `${CASES_API.clients}/${id(clientId)}/assessments`,
    );
  }
}
