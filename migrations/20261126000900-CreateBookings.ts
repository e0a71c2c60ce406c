import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public booking: consultation types, staff availability (weekly hours, exceptions, firm
 * holidays, settings), consultation requests, bookings (never two on one staff member's time:
 * an exclusion constraint; managed by the visitor through a private token, only its hash
 * kept), their reminders, public self-assessments, the idempotency keys of public
 * submissions, and attachments on outbox messages.
 */
export class CreateBookings20261126000900 implements MigrationInterface {
  name = 'CreateBookings20261126000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE consultation_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,49}$'),
        name_en text NOT NULL,
        name_fr text NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 10 AND 480),
        modes text[] NOT NULL CHECK (cardinality(modes) > 0 AND modes <@ ARRAY['video', 'in_person']),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(
      `INSERT INTO consultation_types (code, name_en, name_fr, duration_minutes, modes)
       VALUES ('cec_assessment', 'CEC assessment', 'Évaluation CEC (catégorie de l''expérience canadienne)', 30, ARRAY['video', 'in_person'])`,
    );
    await db.query(`
      CREATE TABLE booking_settings (
        id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        buffer_minutes integer NOT NULL DEFAULT 15 CHECK (buffer_minutes BETWEEN 0 AND 240),
        min_notice_hours integer NOT NULL DEFAULT 24 CHECK (min_notice_hours BETWEEN 0 AND 720),
        horizon_days integer NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 730),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`INSERT INTO booking_settings (id) VALUES (1)`);
    // Times are the firm's local times (FIRM_TIME_ZONE); weekday is ISO (1 = Monday).
    await db.query(`
      CREATE TABLE availability_weekly_hours (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time time NOT NULL,
        end_time time NOT NULL,
        CHECK (end_time > start_time)
      )`);
    await db.query(
      `CREATE INDEX availability_weekly_hours_staff_idx ON availability_weekly_hours (staff_id, weekday)`,
    );
    // A date with other hours (start and end) or off (neither); any row replaces the weekly hours of that date.
    await db.query(`
      CREATE TABLE availability_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        day date NOT NULL,
        start_time time,
        end_time time,
        CHECK ((start_time IS NULL) = (end_time IS NULL)),
        CHECK (end_time > start_time)
      )`);
    await db.query(
      `CREATE INDEX availability_exceptions_staff_idx ON availability_exceptions (staff_id, day)`,
    );
    await db.query(`
      CREATE TABLE firm_holidays (
        day date PRIMARY KEY,
        name text NOT NULL
      )`);

    await db.query(`
      CREATE TABLE consultation_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'booked', 'converted', 'declined', 'no_show')),
        source text NOT NULL CHECK (source IN ('booking', 'self_assessment')),
        given_names text NOT NULL,
        family_name text NOT NULL,
        email text NOT NULL,
        phone text,
        preferred_language text NOT NULL CHECK (preferred_language IN ('en', 'fr')),
        program_of_interest text NOT NULL,
        other_parties jsonb NOT NULL DEFAULT '[]'::jsonb,
        acknowledgment_id uuid NOT NULL REFERENCES disclaimer_acknowledgments (id),
        notes text,
        conflict_precheck jsonb NOT NULL DEFAULT '{}'::jsonb,
        client_id uuid REFERENCES clients (id) ON DELETE SET NULL,
        case_id uuid REFERENCES cases (id) ON DELETE SET NULL,
        converted_by uuid REFERENCES users (id),
        converted_at timestamptz,
        name_key text GENERATED ALWAYS AS (name_key(given_names || ' ' || family_name)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'converted') = (converted_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX consultation_requests_name_trgm ON consultation_requests USING gin (name_key gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX consultation_requests_status_idx ON consultation_requests (status, created_at DESC)`,
    );
    // The public self-assessment: the answers as given, the engine profile made of them and its result.
    await db.query(`
      CREATE TABLE self_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        acknowledgment_id uuid NOT NULL REFERENCES disclaimer_acknowledgments (id),
        disclaimer_version_id uuid NOT NULL REFERENCES disclaimer_versions (id),
        language text NOT NULL CHECK (language IN ('en', 'fr')),
        answers jsonb NOT NULL,
        profile jsonb NOT NULL,
        result jsonb NOT NULL,
        answer text NOT NULL CHECK (answer IN ('likely_eligible', 'needs_review', 'likely_not_eligible')),
        as_of date NOT NULL,
        rule_set_id text NOT NULL,
        engine_version text NOT NULL,
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        consultation_request_id uuid REFERENCES consultation_requests (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX self_assessments_request_idx ON self_assessments (consultation_request_id)`,
    );
    await db.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES users (id),
        consultation_type_id uuid NOT NULL REFERENCES consultation_types (id),
        consultation_request_id uuid NOT NULL REFERENCES consultation_requests (id),
        acknowledgment_id uuid NOT NULL REFERENCES disclaimer_acknowledgments (id),
        mode text NOT NULL CHECK (mode IN ('video', 'in_person')),
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        end_with_buffer timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
        cancelled_at timestamptz,
        manage_token_hash text NOT NULL UNIQUE CHECK (manage_token_hash ~ '^[0-9a-f]{64}$'),
        manage_token_expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (end_at > start_at AND end_with_buffer >= end_at),
        CONSTRAINT bookings_no_overlap EXCLUDE USING gist (staff_id WITH =, tstzrange(start_at, end_with_buffer) WITH &&)
          WHERE (status <> 'cancelled')
      )`);
    await db.query(
      `CREATE INDEX bookings_start_idx ON bookings (start_at) WHERE status <> 'cancelled'`,
    );
    await db.query(`CREATE INDEX bookings_request_idx ON bookings (consultation_request_id)`);
    // One row per reminder sent: its key makes a reminder go once, however many workers try.
    await db.query(`
      CREATE TABLE booking_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        start_at timestamptz NOT NULL,
        outbox_id uuid REFERENCES outbox (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (booking_id, start_at)
      )`);
    // Files sent with a message (the booking's calendar invitation): [{fileName, contentType, content}].
    await db.query(`ALTER TABLE outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb`);
    // The first answer to a public submission, returned again to any repeat with the same key.
    await db.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox DROP COLUMN attachments`);
    await db.query(`DROP TABLE idempotency_keys`);
    await db.query(`DROP TABLE booking_reminders`);
    await db.query(`DROP TABLE bookings`);
    await db.query(`DROP TABLE self_assessments`);
    await db.query(`DROP TABLE consultation_requests`);
    await db.query(`DROP TABLE firm_holidays`);
    await db.query(`DROP TABLE availability_exceptions`);
    await db.query(`DROP TABLE availability_weekly_hours`);
    await db.query(`DROP TABLE booking_settings`);
    await db.query(`DROP TABLE consultation_types`);
  }
}
