import type { ConflictPrecheckDto, ConflictPrecheckMatchDto } from '@intake/shared/contracts';
import type { EntityManager } from 'typeorm';

/** Same threshold and scoring as the clients' conflict checks (libs/api/clients). */
export const PRECHECK_SIMILARITY_THRESHOLD = 0.35;

export interface PrecheckSubject {
  name: string;
  role: string;
  email: string | null;
}

interface Row {
  subject_index: number;
  client_id: string;
  file_number: string;
  role: string;
  display_name: string;
  similarity: number;
  sounds_alike: boolean;
  same_email: boolean;
}

/**
 * The conflict search of the clients' checks, on the names a visitor gave: every name the
 * firm holds (clients, family members, parties, employers: the `conflict_names` view), by
 * trigram similarity and sound on accent-free keys, or the same e-mail.
 */
export async function runConflictPrecheck(
  manager: EntityManager,
  subjects: PrecheckSubject[],
): Promise<ConflictPrecheckDto> {
  const ranAt = new Date().toISOString();
  if (subjects.length === 0) return { ranAt, subjects: [], matches: [] };
  await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
    String(PRECHECK_SIMILARITY_THRESHOLD),
  ]);
  const rows: Row[] = await manager.query(
    `WITH s AS (
       SELECT ord - 1 AS subject_index, name_key(name) AS key, phonetic_key(name_key(name)) AS phonetic, lower(email) AS email
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, email, ord)
     )
     SELECT s.subject_index, n.client_id, c.file_number, n.role, n.display_name,
            similarity(n.name_key, s.key) AS similarity,
            (n.phonetic_key <> '' AND n.phonetic_key = s.phonetic) AS sounds_alike,
            coalesce(n.email = s.email, false) AS same_email
       FROM s
       JOIN conflict_names n
         ON n.name_key % s.key OR (n.phonetic_key <> '' AND n.phonetic_key = s.phonetic) OR n.email = s.email
       JOIN clients c ON c.id = n.client_id
      ORDER BY s.subject_index`,
    [subjects.map((s) => s.name), subjects.map((s) => s.email)],
  );
  const matches: ConflictPrecheckMatchDto[] = rows
    .map((row) => {
      const subject = subjects[row.subject_index];
      const name = Math.max(row.similarity * 100, row.sounds_alike ? 70 : 0);
      return {
        subjectName: subject.name,
        subjectRole: subject.role,
        matchedName: row.display_name,
        matchedRole: row.role,
        matchedClientId: row.client_id,
        matchedFileNumber: row.file_number,
        score: Math.min(100, Math.round(name + (row.same_email ? 15 : 0))),
        reasons: [
          row.similarity >= 0.999
            ? 'same name'
            : `name similarity ${Math.round(row.similarity * 100)}%`,
          ...(row.sounds_alike ? ['names sound alike'] : []),
          ...(row.same_email ? ['same e-mail'] : []),
        ],
      };
    })
    .sort((a, b) => b.score - a.score);
  return { ranAt, subjects: subjects.map(({ name, role }) => ({ name, role })), matches };
}
