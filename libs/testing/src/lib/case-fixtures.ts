import { todayIn } from '@intake/api/core';
import type { ApiClient } from './api-client';

/** Today in the firm's default time zone, as the API computes it. */
export function firmToday(): string {
  return todayIn('America/Toronto');
}

/** A date `days` after (negative: before) `from`. */
export function shiftDate(from: string, days: number): string {
  const [year, month, day] = from.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * 86_400_000).toISOString().slice(0, 10);
}

async function ok(promise: Promise<{ status: number; body: unknown }>, what: string) {
  const response = await promise;
  if (response.status >= 300)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown> & { id: string; version: number };
}

/** A client with names only. */
export function createBareClient(api: ApiClient, givenNames = 'Ana', familyName = 'Silva') {
  return ok(api.post('/api/clients', { givenNames, familyName }), 'create client');
}

/** Runs a conflict check and has a lawyer decide it (cleared by default). */
export async function decideConflict(
  staff: ApiClient,
  lawyer: ApiClient,
  clientId: string,
  decision: 'cleared' | 'waived' | 'declined' = 'cleared',
) {
  const check = await ok(
    staff.post(`/api/clients/${clientId}/conflict-checks`, {}),
    'run conflict check',
  );
  return ok(
    lawyer.post(`/api/clients/${clientId}/conflict-checks/${check.id}/decision`, {
      version: check.version,
      decision,
      ...(decision === 'waived'
        ? { reason: 'Former matter unrelated; informed consent on file' }
        : {}),
    }),
    'decide conflict check',
  );
}

export function openCase(
  api: ApiClient,
  body: { clientId: string; type?: string; responsibleLawyerId?: string; paralegalId?: string },
) {
  return ok(api.post('/api/cases', { type: 'cec_express_entry', ...body }), 'open case');
}

/** Moves a case through the given stages in turn (each move must be allowed); returns the case. */
export async function walkCase(
  api: ApiClient,
  caseId: string,
  stages: string[],
  extra: Record<string, unknown> = {},
) {
  let current = await ok(api.get(`/api/cases/${caseId}`), 'read case');
  for (const to of stages) {
    current = await ok(
      api.post(`/api/cases/${caseId}/transitions`, { version: current.version, to, ...extra }),
      `move to ${to}`,
    );
  }
  return current;
}

/** The smallest documents of each accepted type, recognised by their first bytes. */
export const SAMPLE_FILES = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
  png: Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
      '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
    'hex',
  ),
};
