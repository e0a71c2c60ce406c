import type { TransitionGuard } from '@intake/api/case-data';

/** The latest conflict check counts: cleared or waived by a lawyer lets the case go on. */
export const conflictCleared: TransitionGuard = async (manager, subject) => {
  const rows: { status: string }[] = await manager.query(
    `SELECT status FROM conflict_checks WHERE client_id = $1 ORDER BY run_at DESC LIMIT 1`,
    [subject.clientId],
  );
  const status = rows[0]?.status;
  switch (status) {
    case undefined:
      return {
        code: 'conflict_missing',
        detail: 'No conflict check has been run for this client: run one and have a lawyer clear it first.',
      };
    case 'cleared':
    case 'waived':
      return null;
    case 'declined':
      return { code: 'conflict_declined', detail: 'The latest conflict check was declined: the firm cannot act on this matter.' };
    default:
      return {
        code: 'conflict_undecided',
        detail: 'The latest conflict check has no decision yet: a lawyer must clear or waive it first.',
      };
  }
};
