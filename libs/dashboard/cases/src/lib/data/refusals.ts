import type { MoveRefusal, MoveRefusalCode } from '@intake/shared/contracts';

/** A message to translate, with its parameters. */
export interface RefusalMessage {
  key: string;
  params?: Record<string, string | number>;
}

const REFUSAL_KEYS: Readonly<Record<MoveRefusalCode, string>> = {
  lawyer_only: 'cases.refusals.lawyer_only',
  conflict_missing: 'cases.refusals.conflict_missing',
  conflict_declined: 'cases.refusals.conflict_declined',
  conflict_undecided: 'cases.refusals.conflict_undecided',
  checklist_incomplete: 'cases.refusals.checklist_incomplete',
  guard_unavailable: 'cases.refusals.guard_unavailable',
};

/**
 * Why a move is refused, in the user's language, from the code the API gives in the list of moves
 * and in a refused transition's problem; null without a code (the API's English text is shown).
 */
export function refusalMessage(refusal: MoveRefusal | null | undefined): RefusalMessage | null {
  if (!refusal) {
    return null;
  }
  if (refusal.code === 'checklist_incomplete' && refusal.count !== undefined) {
    return refusal.count === 1
      ? { key: 'cases.refusals.checklist_incomplete_one' }
      : { key: 'cases.refusals.checklist_incomplete_count', params: { count: refusal.count } };
  }
  return { key: REFUSAL_KEYS[refusal.code] };
}
