import { type CecProfile, type CecResult, evaluateCec } from '@intake/shared/cec-rules';
import type { DataSource } from 'typeorm';

export interface ReassessChange {
  clientId: string;
  fileNumber: string;
  assessmentId: string;
  asOf: string;
  before: { outcome: string; crs: number | null; ruleSet: string };
  after: { outcome: string; crs: number | null; ruleSet: string };
}

export interface ReassessReport {
  checked: number;
  changed: ReassessChange[];
  failed: { clientId: string; fileNumber: string; reason: string }[];
}

/**
 * Re-evaluates the latest assessment of every open client, same input and date, under the
 * rules and tables shipped now, and lists those whose outcome or CRS changed.
 */
export async function reassessOpenClients(dataSource: DataSource, today: string): Promise<ReassessReport> {
  const rows: { id: string; client_id: string; file_number: string; input: CecProfile; result: CecResult }[] =
    await dataSource.query(`
      SELECT DISTINCT ON (a.client_id) a.id, a.client_id, c.file_number, a.input, a.result
        FROM assessments a JOIN clients c ON c.id = a.client_id
       WHERE c.open
       ORDER BY a.client_id, a.created_at DESC`);
  const report: ReassessReport = { checked: rows.length, changed: [], failed: [] };
  for (const row of rows) {
    let now: CecResult;
    try {
      now = evaluateCec({ ...row.input, asOf: row.result.asOf }, { today });
    } catch (error) {
      report.failed.push({ clientId: row.client_id, fileNumber: row.file_number, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const before = { outcome: row.result.outcome, crs: row.result.crs?.total ?? null, ruleSet: row.result.ruleSet.id };
    const after = { outcome: now.outcome, crs: now.crs?.total ?? null, ruleSet: now.ruleSet.id };
    if (before.outcome !== after.outcome || before.crs !== after.crs) {
      report.changed.push({ clientId: row.client_id, fileNumber: row.file_number, assessmentId: row.id, asOf: row.result.asOf, before, after });
    }
  }
  return report;
}
