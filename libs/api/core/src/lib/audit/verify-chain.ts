import type { DataSource } from 'typeorm';

export type ChainVerdict =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBrokenSeq: string; reason: string };

/** Recomputes every row's hash in order and names the first row that does not match. */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainVerdict> {
  const [{ count }]: { count: number }[] = await dataSource.query(
    `SELECT count(*)::int AS count FROM audit_log`,
  );
  const broken: { seq: string; linked: boolean }[] = await dataSource.query(`
    WITH chained AS (
      SELECT seq, hash, audit_row_hash(prev_hash, a) AS recomputed,
             prev_hash = coalesce(lag(hash) OVER (ORDER BY seq), '')
               AND seq = coalesce(lag(seq) OVER (ORDER BY seq), 0) + 1 AS linked
        FROM audit_log a
    )
    SELECT seq::text AS seq, linked FROM chained
     WHERE NOT linked OR hash <> recomputed
     ORDER BY seq LIMIT 1`);
  if (broken.length === 0) return { ok: true, rows: count };
  return {
    ok: false,
    rows: count,
    firstBrokenSeq: broken[0].seq,
    reason: broken[0].linked
      ? 'its content does not match its hash'
      : 'it does not follow the previous row',
  };
}
