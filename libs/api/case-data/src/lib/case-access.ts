import { NotFound, StaleVersion } from '@intake/api/core';
import type { EntityManager } from 'typeorm';
import { CaseEntity } from './case.entities';

/** The case row, locked for the rest of the transaction; with `version`, a stale one is refused. */
export async function lockCase(manager: EntityManager, id: string, version?: number): Promise<CaseEntity> {
  const found = await manager.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw new NotFound('No case with this id.');
  if (version !== undefined && found.version !== version) throw new StaleVersion();
  return found;
}

export async function findCase(manager: EntityManager, id: string): Promise<CaseEntity> {
  const found = await manager.getRepository(CaseEntity).findOneBy({ id });
  if (!found) throw new NotFound('No case with this id.');
  return found;
}

/** A client's open cases, locked: what an intake change must bring up to date. */
export function lockOpenCasesOfClient(manager: EntityManager, clientId: string): Promise<CaseEntity[]> {
  return manager
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .where('c.client_id = :clientId AND c.closed_on IS NULL', { clientId })
    .orderBy('c.id')
    .setLock('pessimistic_write')
    .getMany();
}

/** Points the case at its earliest open deadline (the board's "next deadline" and overdue flag). */
export async function refreshNextDeadline(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE cases c
        SET next_deadline_id = n.id, next_deadline_on = n.due_on
       FROM (SELECT $1::uuid AS case_id) k
       LEFT JOIN LATERAL (
         SELECT d.id, d.due_on FROM deadlines d
          WHERE d.case_id = k.case_id AND d.done_at IS NULL
          ORDER BY d.due_on, d.id LIMIT 1
       ) n ON true
      WHERE c.id = k.case_id`,
    [caseId],
  );
}
