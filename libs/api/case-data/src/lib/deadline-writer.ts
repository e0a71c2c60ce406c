import { Injectable } from '@nestjs/common';
import type { DeadlineKind } from '@intake/shared/contracts';
import { AuditService } from '@intake/api/core';
import { type EntityManager, In } from 'typeorm';
import { refreshNextDeadline } from './case-access';
import { DeadlineEntity } from './case.entities';

export type DerivedKind = Exclude<DeadlineKind, 'manual'>;

export interface DerivedDeadline {
  kind: DerivedKind;
  /** Identifies the source (a permit, a test, the ITA…) across recomputations. */
  sourceKey: string;
  title: string;
  detail: string | null;
  dueOn: string;
}

type Summary = Pick<DerivedDeadline, 'kind' | 'title' | 'dueOn'>;
const summary = (d: Summary): Summary => ({ kind: d.kind, title: d.title, dueOn: d.dueOn });

/**
 * Derived deadlines follow their source: the writer of some kinds brings the case's deadlines of
 * those kinds to what the source says now. New ones are added; changed ones move (a deadline
 * already marked done stays done); those whose source is gone are removed. Audited in the
 * caller's transaction.
 */
@Injectable()
export class DeadlineWriter {
  constructor(private readonly audit: AuditService) {}

  async sync(manager: EntityManager, caseId: string, kinds: DerivedKind[], desired: DerivedDeadline[]): Promise<void> {
    const repository = manager.getRepository(DeadlineEntity);
    const existing = await repository.find({ where: { caseId, kind: In(kinds) } });
    const current = new Map(existing.map((d) => [`${d.kind}|${d.sourceKey}`, d]));
    const added: Summary[] = [];
    const moved: { before: Summary; after: Summary }[] = [];
    const seen = new Set<string>();
    for (const want of desired) {
      const key = `${want.kind}|${want.sourceKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const have = current.get(key);
      current.delete(key);
      if (!have) {
        await repository.insert({ caseId, ...want });
        added.push(summary(want));
      } else if (have.dueOn !== want.dueOn || have.title !== want.title || have.detail !== want.detail) {
        await manager
          .createQueryBuilder()
          .update(DeadlineEntity)
          .set({ dueOn: want.dueOn, title: want.title, detail: want.detail })
          .where('id = :id', { id: have.id })
          .execute();
        moved.push({ before: summary(have as Summary), after: summary(want) });
      }
    }
    const removed = [...current.values()];
    if (removed.length > 0) await repository.delete({ id: In(removed.map((d) => d.id)) });
    if (added.length + moved.length + removed.length === 0) return;
    await refreshNextDeadline(manager, caseId);
    await this.audit.record(manager, {
      action: 'case.deadlines.derive',
      entityType: 'case',
      entityId: caseId,
      changes: {
        ...(added.length ? { added: { before: null, after: added } } : {}),
        ...(moved.length ? { moved: { before: moved.map((m) => m.before), after: moved.map((m) => m.after) } } : {}),
        ...(removed.length ? { removed: { before: removed.map((d) => summary(d as Summary)), after: null } } : {}),
      },
    });
  }
}
