import type { ChecklistItemState, Role } from '@intake/shared/contracts';
import { Forbidden, InvalidInput, TransitionRefused } from '@intake/api/core';

/** requested → received → accepted / rejected (with a reason) → …; any → waived; reviews by a lawyer. */
export const ITEM_MOVES: Record<ChecklistItemState, ChecklistItemState[]> = {
  requested: ['received', 'waived'],
  received: ['accepted', 'rejected', 'requested', 'waived'],
  rejected: ['received', 'requested', 'waived'],
  accepted: ['received', 'rejected', 'waived'],
  waived: ['requested'],
};

const LAWYERS: Role[] = ['lawyer', 'admin'];

/**
 * A lawyer's review: accepting, rejecting or waiving a document, and reopening one accepted or
 * waived. A paralegal records what arrived (received) and asks again (requested).
 */
const REVIEWS: ChecklistItemState[] = ['accepted', 'rejected', 'waived'];
const SETTLED: ChecklistItemState[] = ['accepted', 'waived'];
const REVIEW_VERB: Partial<Record<ChecklistItemState, string>> = { accepted: 'accept', rejected: 'reject', waived: 'waive' };

/** Refuses a state change the rules do not allow, saying why; returns the reason to store. */
export function checkItemMove(from: ChecklistItemState, to: ChecklistItemState, role: Role, reason: string | null | undefined): string | null {
  if (from === to) throw new TransitionRefused(`The document is already ${to}.`);
  if (!ITEM_MOVES[from].includes(to)) {
    throw new TransitionRefused(`A ${from} document cannot become ${to}; it can become ${ITEM_MOVES[from].join(' or ')}.`);
  }
  if (!LAWYERS.includes(role)) {
    if (REVIEWS.includes(to)) throw new Forbidden(`Only a lawyer can ${REVIEW_VERB[to]} a document.`);
    if (SETTLED.includes(from)) throw new Forbidden(`Only a lawyer can reopen a document that is ${from}.`);
  }
  const given = reason?.trim() || null;
  if ((to === 'rejected' || to === 'waived') && !given) {
    throw new InvalidInput([{ field: 'reason', message: `is required to ${to === 'rejected' ? 'reject' : 'waive'} a document` }]);
  }
  return to === 'rejected' || to === 'waived' ? given : null;
}
