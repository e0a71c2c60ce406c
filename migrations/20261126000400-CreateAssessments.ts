import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored CEC pre-assessments: the input snapshot, the result, the rule set and the engine
 * version, never overwritten; and the record of each release of a report to a client.
 */
export class CreateAssessments20261126000400 implements MigrationInterface {
  name = 'CreateAssessments20261126000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        program text NOT NULL DEFAULT 'CEC',
        as_of date NOT NULL,
        rule_set_id text NOT NULL,
        engine_version text NOT NULL,
        input jsonb NOT NULL,
        input_hash text NOT NULL,
        result jsonb NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('eligible', 'not_eligible', 'needs_review')),
        crs_total integer,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX assessments_client_idx ON assessments (client_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE assessment_releases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        released_by uuid NOT NULL REFERENCES users (id),
        released_at timestamptz NOT NULL DEFAULT now(),
        language text NOT NULL CHECK (language IN ('en', 'fr')),
        disclaimer_version text NOT NULL,
        disclaimer_hash text NOT NULL
      )`);
    await db.query(`CREATE INDEX assessment_releases_assessment_idx ON assessment_releases (assessment_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assessment_releases`);
    await db.query(`DROP TABLE assessments`);
  }
}
