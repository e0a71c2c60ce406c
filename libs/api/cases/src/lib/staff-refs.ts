import type { FieldError, Role } from '@intake/shared/contracts';
import { InvalidInput } from '@intake/api/core';
import type { EntityManager } from 'typeorm';

export interface StaffRef {
  field: string;
  id: string | null | undefined;
  /** Roles the person must hold; any staff role when omitted. */
  roles?: Role[];
}

/** Refuses references to people who are not active staff in the right role, naming each field. */
export async function assertStaff(manager: EntityManager, refs: StaffRef[]): Promise<void> {
  const wanted = refs.filter((ref): ref is StaffRef & { id: string } => typeof ref.id === 'string');
  if (wanted.length === 0) return;
  const rows: { id: string; role: Role; active: boolean }[] = await manager.query(
    `SELECT id, role, active FROM users WHERE id = ANY($1::uuid[])`,
    [wanted.map((ref) => ref.id)],
  );
  const users = new Map(rows.map((row) => [row.id, row]));
  const errors: FieldError[] = [];
  for (const ref of wanted) {
    const user = users.get(ref.id);
    if (!user || !user.active) errors.push({ field: ref.field, message: 'is not an active staff member' });
    else if (ref.roles && !ref.roles.includes(user.role)) errors.push({ field: ref.field, message: `must be a ${ref.roles.join(' or ')}` });
  }
  if (errors.length > 0) throw new InvalidInput(errors);
}

/** Display names of staff members, for the ids given. */
export async function staffNames(manager: EntityManager, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [wanted]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
