import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type CaseEntity, DeadlineWriter, lockOpenCasesOfClient } from '@intake/api/case-data';
import { IntakeEvents, loadClient } from '@intake/api/intake';
import type { EntityManager } from 'typeorm';
import { CASE_DERIVED_KINDS, deriveDeadlines } from './deadline-derivation';

/**
 * Keeps each open case's derived deadlines in step with their sources: the case's ITA date,
 * and the client's intake and latest assessment (followed through IntakeEvents, in the
 * transaction that changed them).
 */
@Injectable()
export class DeadlineDeriver implements OnModuleInit {
  constructor(
    private readonly writer: DeadlineWriter,
    private readonly intakeEvents: IntakeEvents,
  ) {}

  onModuleInit(): void {
    this.intakeEvents.onChange(async (manager, clientId) => {
      for (const open of await lockOpenCasesOfClient(manager, clientId)) await this.recompute(manager, open);
    });
  }

  async recompute(manager: EntityManager, subject: CaseEntity): Promise<void> {
    const client = await loadClient(manager, subject.clientId);
    const desired = deriveDeadlines({
      openedOn: subject.openedOn,
      itaReceivedOn: subject.itaReceivedOn,
      client,
      ageOut: await latestAgeOut(manager, subject.clientId),
    });
    await this.writer.sync(manager, subject.id, CASE_DERIVED_KINDS, desired);
  }
}

/** The HOURS_AGE_OUT warning of the client's latest stored assessment, if it gave one. */
async function latestAgeOut(manager: EntityManager, clientId: string): Promise<{ date: string; assessedOn: string } | null> {
  const rows: { as_of: string; warnings: { code: string; date: string }[] | null }[] = await manager.query(
    `SELECT as_of::text AS as_of, result->'warnings' AS warnings FROM assessments
      WHERE client_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [clientId],
  );
  const warning = rows[0]?.warnings?.find((w) => w.code === 'HOURS_AGE_OUT');
  return warning ? { date: warning.date, assessedOn: rows[0].as_of } : null;
}
