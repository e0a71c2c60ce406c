import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Append-only, hash-chained audit trail. The chain is computed in the database, under an
 * advisory lock, so that concurrent transactions cannot fork it.
 */
export class CreateAuditLog20261126000200 implements MigrationInterface {
  name = 'CreateAuditLog20261126000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_email text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id text,
        ip text,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, seq)`);
    await db.query(`
      CREATE FUNCTION audit_row_hash(prev text, r audit_log) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|',
          prev, r.seq::text, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(r.actor_id::text, ''), coalesce(r.actor_email, ''), r.action, r.entity_type,
          coalesce(r.entity_id, ''), r.changes::text, coalesce(r.request_id, ''),
          coalesce(r.ip, '')), 'UTF8')), 'hex')
      $$`);
    await db.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last audit_log%ROWTYPE;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
        SELECT * INTO last FROM audit_log ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        NEW.prev_hash := coalesce(last.hash, '');
        NEW.hash := audit_row_hash(NEW.prev_hash, NEW);
        RETURN NEW;
      END
      $$`);
    await db.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION audit_row_hash(text, audit_log)`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_refuse_change()`);
    await db.query(`DROP FUNCTION audit_log_chain()`);
  }
}
