import type { ChecklistItemState } from '@intake/shared/contracts';

/** The state machine the API enforces on checklist items (libs/api/checklists item-states). */
export const ITEM_MOVES: Readonly<Record<ChecklistItemState, readonly ChecklistItemState[]>> = {
  requested: ['received', 'waived'],
  received: ['accepted', 'rejected', 'requested', 'waived'],
  rejected: ['received', 'requested', 'waived'],
  accepted: ['received', 'rejected', 'waived'],
  waived: ['requested'],
};

const REVIEWS: readonly ChecklistItemState[] = ['accepted', 'rejected', 'waived'];
const SETTLED: readonly ChecklistItemState[] = ['accepted', 'waived'];

export type ItemActionName =
  'markReceived' | 'accept' | 'reject' | 'waive' | 'reopen' | 'requestAgain';

export interface ItemAction {
  name: ItemActionName;
  to: ChecklistItemState;
  /** Rejecting and waiving ask for the reason first. */
  needsReason: boolean;
  labelKey: string;
  testId: string;
}

/** A lawyer's review: accepting, rejecting, waiving, and anything that leaves accepted or waived. */
export function isLawyerMove(from: ChecklistItemState, to: ChecklistItemState): boolean {
  return REVIEWS.includes(to) || SETTLED.includes(from);
}

function actionFor(from: ChecklistItemState, to: ChecklistItemState): ItemAction {
  switch (to) {
    case 'accepted':
      return {
        name: 'accept',
        to,
        needsReason: false,
        labelKey: 'cases.page.item.accept',
        testId: 'item-accept',
      };
    case 'rejected':
      return {
        name: 'reject',
        to,
        needsReason: true,
        labelKey: 'cases.page.item.reject',
        testId: 'item-reject',
      };
    case 'waived':
      return {
        name: 'waive',
        to,
        needsReason: true,
        labelKey: 'cases.page.item.waive',
        testId: 'item-waive',
      };
    case 'received':
      return from === 'accepted'
        ? {
            name: 'reopen',
            to,
            needsReason: false,
            labelKey: 'cases.page.item.reopenAccepted',
            testId: 'item-reopen',
          }
        : {
            name: 'markReceived',
            to,
            needsReason: false,
            labelKey: 'cases.page.item.markReceived',
            testId: 'item-mark-received',
          };
    case 'requested':
      return from === 'waived'
        ? {
            name: 'reopen',
            to,
            needsReason: false,
            labelKey: 'cases.page.item.reopenWaived',
            testId: 'item-reopen',
          }
        : {
            name: 'requestAgain',
            to,
            needsReason: false,
            labelKey: 'cases.page.item.requestAgain',
            testId: 'item-request-again',
          };
  }
}

/** The state changes offered on an item in `state`; a lawyer's review is hidden from paralegals. */
export function itemActions(state: ChecklistItemState, isLawyer: boolean): ItemAction[] {
  return ITEM_MOVES[state]
    .filter((to) => isLawyer || !isLawyerMove(state, to))
    .map((to) => actionFor(state, to));
}
