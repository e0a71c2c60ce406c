import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CecProfile, CecResult } from '@intake/shared/cec-rules';
import type {
  AssessmentDto,
  AssessmentSummaryDto,
  ClientDto,
  Language,
  ReleaseAssessmentRequest,
  RunAssessmentRequest,
} from '@intake/shared/contracts';
import type { Observable } from 'rxjs';

export const ASSESSMENT_API = {
  evaluate: '/api/assessments/cec/evaluate',
  clients: '/api/clients',
} as const;

function clientUrl(clientId: string): string {
  return `${ASSESSMENT_API.clients}/${encodeURIComponent(clientId)}`;
}

function assessmentsUrl(clientId: string): string {
  return `${clientUrl(clientId)}/assessments`;
}

function assessmentUrl(clientId: string, assessmentId: string): string {
  return `${assessmentsUrl(clientId)}/${encodeURIComponent(assessmentId)}`;
}

/** The PDF report of a stored assessment, in one language (the browser downloads it). */
export function reportUrl(clientId: string, assessmentId: string, language: Language): string {
  return `${assessmentUrl(clientId, assessmentId)}/report.pdf?lang=${language}`;
}

/** The CEC pre-assessment endpoints (any staff; release: lawyers and admins). */
@Injectable({ providedIn: 'root' })
export class AssessmentsApi {
  private readonly http = inject(HttpClient);

  /** Stateless: evaluates a whole profile, stores nothing. 400 names the fields, 422 before 2008-09-17. */
  evaluate(profile: CecProfile): Observable<CecResult> {
    return this.http.post<CecResult>(ASSESSMENT_API.evaluate, profile);
  }

  /** The client, for the page header. */
  client(clientId: string): Observable<ClientDto> {
    return this.http.get<ClientDto>(clientUrl(clientId));
  }

  /** Every stored assessment of a client, newest first. */
  list(clientId: string): Observable<AssessmentSummaryDto[]> {
    return this.http.get<AssessmentSummaryDto[]>(assessmentsUrl(clientId));
  }

  get(clientId: string, assessmentId: string): Observable<AssessmentDto> {
    return this.http.get<AssessmentDto>(assessmentUrl(clientId, assessmentId));
  }

  /** Runs the engine on the client's intake and stores the result (history is kept). */
  run(clientId: string, asOf?: string): Observable<AssessmentDto> {
    const body: RunAssessmentRequest = asOf ? { asOf } : {};
    return this.http.post<AssessmentDto>(assessmentsUrl(clientId), body);
  }

  /** Records that a lawyer released the report to the client (paralegals get 403). */
  release(clientId: string, assessmentId: string, language: Language): Observable<AssessmentDto> {
    const body: ReleaseAssessmentRequest = { language };
    return this.http.post<AssessmentDto>(`${assessmentUrl(clientId, assessmentId)}/release`, body);
  }
}
