import type { CASE_TYPES, CaseType, ConflictStatus } from '@intake/shared/contracts';

/*
 * Runtime copy of CASE_TYPES (only types may be imported from the contracts), typed with
 * `typeof` the original: the build fails if the contracts change and this copy does not.
 */
export const CASE_TYPE_LIST: typeof CASE_TYPES = ['cec_express_entry', 'consultation', 'other'];

export const DEFAULT_CASE_TYPE: CaseType = 'cec_express_entry';

export const CASE_TYPE_LABEL_KEYS: Readonly<Record<CaseType, string>> = {
  cec_express_entry: 'cases.types.cec_express_entry',
  consultation: 'cases.types.consultation',
  other: 'cases.types.other',
};

export function isCaseType(value: unknown): value is CaseType {
  return typeof value === 'string' && (CASE_TYPE_LIST as readonly string[]).includes(value);
}

/** Stage codes are data (the case_stages table): their labels are `cases.stages.<code>`. */
export function stageLabelKey(code: string): string {
  return `cases.stages.${code}`;
}

/** The latest conflict check lets a case go past the conflict-check stage. */
export function conflictCleared(status: ConflictStatus | null): boolean {
  return status === 'cleared' || status === 'waived';
}

/** The clients area's labels for a conflict status (null: never checked). */
export const CONFLICT_STATUS_LABEL_KEYS: Readonly<Record<ConflictStatus | 'none', string>> = {
  none: 'clients.conflictStatus.none',
  pending: 'clients.conflictStatus.pending',
  cleared: 'clients.conflictStatus.cleared',
  waived: 'clients.conflictStatus.waived',
  declined: 'clients.conflictStatus.declined',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff and client ids read from the address bar: anything else would be a 400 from the API. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
