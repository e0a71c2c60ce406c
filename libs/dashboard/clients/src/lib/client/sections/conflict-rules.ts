import type { ConflictCheckDto, ConflictDecision, Role } from '@intake/shared/contracts';

export interface ConflictPermissions {
  /** Any staff member may run a check. */
  canRun: boolean;
  /** Only lawyers and admins record a decision (cleared, waived or declined). */
  canDecide: boolean;
  /** Tell a paralegal that a pending check waits for a lawyer. */
  needsLawyer: boolean;
}

export function conflictPermissions(
  role: Role | null,
  latest: ConflictCheckDto | null,
): ConflictPermissions {
  const lawyer = role === 'lawyer' || role === 'admin';
  return {
    canRun: role !== null,
    canDecide: lawyer && latest !== null,
    needsLawyer: !lawyer && role !== null && latest?.status === 'pending',
  };
}

/** A waiver must say why (the API answers 400 on `reason` otherwise). */
export function decisionError(decision: ConflictDecision, reason: string): 'waiverReason' | null {
  return decision === 'waived' && reason.trim() === '' ? 'waiverReason' : null;
}

export interface ReasonText {
  key: string;
  params?: Record<string, string | number>;
}

/** The API's match reasons ("name similarity 62%", "same date of birth"…), translated. */
export function conflictReason(reason: string): ReasonText {
  const similarity = /^name similarity (\d+)%$/.exec(reason);
  if (similarity) {
    return { key: 'clients.conflicts.reasons.similarity', params: { percent: Number(similarity[1]) } };
  }
  switch (reason) {
    case 'same name':
      return { key: 'clients.conflicts.reasons.sameName' };
    case 'names sound alike':
      return { key: 'clients.conflicts.reasons.soundAlike' };
    case 'same date of birth':
      return { key: 'clients.conflicts.reasons.sameDateOfBirth' };
    case 'same e-mail':
      return { key: 'clients.conflicts.reasons.sameEmail' };
    default:
      return { key: reason };
  }
}
