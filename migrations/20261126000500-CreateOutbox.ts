import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every e-mail the product sends is written here first: the record of what was sent, and the
 * place staff read messages while no SMTP server is configured.
 */
export class CreateOutbox20261126000500 implements MigrationInterface {
  name = 'CreateOutbox20261126000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'unsent')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        related_type text,
        related_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_created_idx ON outbox (created_at DESC, id)`);
    await db.query(`CREATE INDEX outbox_retry_idx ON outbox (created_at) WHERE status IN ('pending', 'failed')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
  }
}
