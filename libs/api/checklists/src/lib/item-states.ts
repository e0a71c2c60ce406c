import type { ChecklistItemState, Role } from '@intake/shared/contracts';
import { Forbidden, InvalidInput, TransitionRefused } from '@intake/api/core';

/** requested → received → accepted / rejected (with a reason) → …; any → waived by a lawyer. */
export const ITEM_MOVES: Record<ChecklistItemState, ChecklistItemState[]> = {
  requested: ['received', 'waived'],
  received: ['accepted', 'rejected', 'requested', 'waived'],
  rejected: ['received', 'requested', 'waived'],
  accepted: ['received', 'rejected', 'waived'],
  waived: ['requested'],
};

const LAWYERS: Role[] = ['lawyer', 'admin'];

/** Refuses a state change the rules do not allow, saying why; returns the reason to store. */
export function checkItemMove(from: ChecklistItemState, to: ChecklistItemState, role: Role, reason: string | null | undefined): string | null {
  if (from === to) throw new TransitionRefused(`The document is already ${to}.`);
  if (!ITEM_MOVES[from].includes(to)) {
    throw new TransitionRefused(`A ${from} document cannot become ${to}; it can become ${ITEM_MOVES[from].join(' or ')}.`);
  }
  if ((to === 'waived' || from === 'waived') && !LAWYERS.includes(role)) {
    throw new Forbidden(to === 'waived' ? 'Only a lawyer can waive a document.' : 'Only a lawyer can withdraw a waiver.');
  }
  const given = reason?.trim() || null;
  if ((to === 'rejected' || to === 'waived') && !given) {
    throw new InvalidInput([{ field: 'reason', message: `is required to ${to === 'rejected' ? 'reject' : 'waive'} a document` }]);
  }
  return to === 'rejected' || to === 'waived' ? given : null;
}
