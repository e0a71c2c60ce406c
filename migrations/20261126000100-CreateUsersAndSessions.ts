import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndSessions20261126000100 implements MigrationInterface {
  name = 'CreateUsersAndSessions20261126000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'lawyer', 'paralegal')),
        active boolean NOT NULL DEFAULT true,
        preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'fr')),
        password_hash text NOT NULL,
        default_password boolean NOT NULL DEFAULT false,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    // The table connect-pg-simple reads and writes.
    await db.query(`
      CREATE TABLE user_sessions (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await db.query(`CREATE INDEX user_sessions_expire_idx ON user_sessions (expire)`);
    await db.query(
      `CREATE INDEX user_sessions_user_idx ON user_sessions ((sess -> 'passport' ->> 'user'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_sessions`);
    await db.query(`DROP TABLE users`);
  }
}
