import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clients and their intake: each part of the profile in its own table. Names are searchable
 * accent- and case-insensitively through `name_key` (pg_trgm + unaccent).
 */
export class CreateClients20261126000300 implements MigrationInterface {
  name = 'CreateClients20261126000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes
    // the wrapper safe to declare IMMUTABLE, so it can feed generated columns and indexes.
    await db.query(`
      CREATE FUNCTION name_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))),
                                    '[^a-z0-9]+', ' ', 'g'))
      $$`);
    // array_to_string() is STABLE in general, but for text[] it cannot change.
    await db.query(`
      CREATE FUNCTION person_name_key(given text, family text, others text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT name_key(given || ' ' || family || ' ' || array_to_string(others, ' '))
      $$`);
    // Double Metaphone of each word, sorted: "Mohammed Ali" and "Muhammad Ali" share a key.
    await db.query(`
      CREATE FUNCTION phonetic_key(key text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(code, ' ' ORDER BY code), '')
          FROM (SELECT DISTINCT dmetaphone(word) AS code
                  FROM regexp_split_to_table(key, ' ') AS word
                 WHERE word <> '') AS codes
         WHERE code <> ''
      $$`);
    await db.query(`CREATE SEQUENCE client_file_number_seq`);
    await db.query(`
      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_number text NOT NULL UNIQUE,
        given_names text NOT NULL,
        family_name text NOT NULL,
        other_names text[] NOT NULL DEFAULT '{}',
        date_of_birth date,
        citizenships text[] NOT NULL DEFAULT '{}',
        country_of_residence char(2),
        email text,
        phone text,
        phone_digits text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
        address_line1 text,
        address_line2 text,
        city text,
        region text,
        postal_code text,
        address_country char(2),
        preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'fr')),
        intended_province char(2),
        marital_status text,
        notes text,
        assigned_to uuid REFERENCES users (id),
        open boolean NOT NULL DEFAULT true,
        name_key text GENERATED ALWAYS AS (person_name_key(given_names, family_name, other_names)) STORED,
        phonetic_key text GENERATED ALWAYS AS (phonetic_key(name_key(given_names || ' ' || family_name))) STORED,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX clients_name_key_trgm ON clients USING gin (name_key gin_trgm_ops)`);
    await db.query(`CREATE INDEX clients_email_trgm ON clients USING gin (lower(email) gin_trgm_ops)`);
    await db.query(`CREATE INDEX clients_phone_trgm ON clients USING gin (phone_digits gin_trgm_ops)`);
    await db.query(`CREATE INDEX clients_file_number_trgm ON clients USING gin (lower(file_number) gin_trgm_ops)`);
    await db.query(`CREATE INDEX clients_phonetic_idx ON clients (phonetic_key)`);
    await db.query(`CREATE INDEX clients_family_name_idx ON clients (lower(family_name), lower(given_names))`);
    await db.query(`CREATE INDEX clients_province_idx ON clients (intended_province)`);
    await db.query(`CREATE INDEX clients_assigned_idx ON clients (assigned_to)`);

    await db.query(`
      CREATE TABLE client_status_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        type text NOT NULL,
        permit_number_enc text,
        permit_number_hint text,
        valid_from date NOT NULL,
        valid_to date,
        conditions text,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await db.query(`CREATE INDEX client_status_history_client_idx ON client_status_history (client_id, position)`);
    await db.query(`CREATE INDEX client_status_history_to_idx ON client_status_history (valid_to)`);

    await db.query(`
      CREATE TABLE client_language_tests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        test text NOT NULL,
        test_date date NOT NULL,
        registration_number text,
        reading numeric(5, 1) NOT NULL,
        writing numeric(5, 1) NOT NULL,
        listening numeric(5, 1) NOT NULL,
        speaking numeric(5, 1) NOT NULL
      )`);
    await db.query(`CREATE INDEX client_language_tests_client_idx ON client_language_tests (client_id, position)`);

    await db.query(`
      CREATE TABLE client_education (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        level text NOT NULL,
        institution text NOT NULL,
        country char(2) NOT NULL,
        in_canada boolean NOT NULL,
        full_time boolean NOT NULL,
        duration_years numeric(3, 1) NOT NULL,
        completed_on date,
        eca_organization text,
        eca_date date,
        eca_equivalency text,
        eca_valid boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX client_education_client_idx ON client_education (client_id, position)`);

    await db.query(`
      CREATE TABLE client_work_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        employer text NOT NULL,
        noc char(5) NOT NULL,
        country char(2) NOT NULL,
        start_date date NOT NULL,
        end_date date,
        hours_per_week numeric(4, 1) NOT NULL,
        self_employed boolean NOT NULL DEFAULT false,
        while_full_time_student boolean NOT NULL DEFAULT false,
        authorized boolean NOT NULL DEFAULT true,
        employer_key text GENERATED ALWAYS AS (name_key(employer)) STORED,
        employer_phonetic_key text GENERATED ALWAYS AS (phonetic_key(name_key(employer))) STORED,
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await db.query(`CREATE INDEX client_work_history_client_idx ON client_work_history (client_id, position)`);
    await db.query(`CREATE INDEX client_work_history_employer_trgm ON client_work_history USING gin (employer_key gin_trgm_ops)`);
    await db.query(`CREATE INDEX client_work_history_employer_phonetic_idx ON client_work_history (employer_phonetic_key)`);

    await db.query(`
      CREATE TABLE client_family_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        relationship text NOT NULL,
        given_names text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date,
        email text,
        accompanying boolean NOT NULL DEFAULT false,
        canadian_citizen_or_pr boolean NOT NULL DEFAULT false,
        education_level text,
        language_test jsonb,
        canadian_work_years integer,
        name_key text GENERATED ALWAYS AS (name_key(given_names || ' ' || family_name)) STORED,
        phonetic_key text GENERATED ALWAYS AS (phonetic_key(name_key(given_names || ' ' || family_name))) STORED
      )`);
    await db.query(`CREATE INDEX client_family_members_client_idx ON client_family_members (client_id, position)`);
    await db.query(`CREATE INDEX client_family_members_name_trgm ON client_family_members USING gin (name_key gin_trgm_ops)`);
    await db.query(`CREATE INDEX client_family_members_phonetic_idx ON client_family_members (phonetic_key)`);

    await db.query(`
      CREATE TABLE client_parties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        date_of_birth date,
        email text,
        notes text,
        name_key text GENERATED ALWAYS AS (name_key(name)) STORED,
        phonetic_key text GENERATED ALWAYS AS (phonetic_key(name_key(name))) STORED
      )`);
    await db.query(`CREATE INDEX client_parties_client_idx ON client_parties (client_id, position)`);
    await db.query(`CREATE INDEX client_parties_name_trgm ON client_parties USING gin (name_key gin_trgm_ops)`);
    await db.query(`CREATE INDEX client_parties_phonetic_idx ON client_parties (phonetic_key)`);

    await db.query(`
      CREATE TABLE client_identifications (
        client_id uuid PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        name text NOT NULL,
        address text NOT NULL,
        phone text,
        occupation text,
        recorded_by uuid NOT NULL REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE client_verifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        document_type text NOT NULL,
        issuing_jurisdiction text NOT NULL,
        document_number_enc text NOT NULL,
        document_number_hint text NOT NULL,
        expiry date,
        method text NOT NULL,
        verified_by uuid NOT NULL REFERENCES users (id),
        verified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX client_verifications_client_idx ON client_verifications (client_id)`);

    await db.query(`
      CREATE TABLE drafts (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await db.query(`
      CREATE TABLE conflict_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        run_by uuid REFERENCES users (id),
        run_at timestamptz NOT NULL DEFAULT now(),
        subjects jsonb NOT NULL,
        matches jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'cleared', 'waived', 'declined')),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        reason text,
        version integer NOT NULL DEFAULT 1,
        CHECK (status <> 'waived' OR coalesce(btrim(reason), '') <> '')
      )`);
    await db.query(`CREATE INDEX conflict_checks_client_idx ON conflict_checks (client_id, run_at DESC)`);

    // Every name a conflict check compares against, from every table that holds one.
    await db.query(`
      CREATE VIEW conflict_names AS
        SELECT c.id AS client_id, 'client'::text AS role, c.given_names || ' ' || c.family_name AS display_name,
               c.name_key, c.phonetic_key, c.date_of_birth, lower(c.email) AS email
          FROM clients c
        UNION ALL
        SELECT f.client_id, f.relationship, f.given_names || ' ' || f.family_name, f.name_key, f.phonetic_key,
               f.date_of_birth, lower(f.email)
          FROM client_family_members f
        UNION ALL
        SELECT p.client_id, 'party:' || p.kind, p.name, p.name_key, p.phonetic_key, p.date_of_birth, lower(p.email)
          FROM client_parties p
        UNION ALL
        SELECT w.client_id, 'employer', w.employer, w.employer_key, w.employer_phonetic_key, NULL::date, NULL::text
          FROM client_work_history w`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW conflict_names`);
    await db.query(`DROP TABLE conflict_checks`);
    await db.query(`DROP TABLE drafts`);
    await db.query(`DROP TABLE client_verifications`);
    await db.query(`DROP TABLE client_identifications`);
    await db.query(`DROP TABLE client_parties`);
    await db.query(`DROP TABLE client_family_members`);
    await db.query(`DROP TABLE client_work_history`);
    await db.query(`DROP TABLE client_education`);
    await db.query(`DROP TABLE client_language_tests`);
    await db.query(`DROP TABLE client_status_history`);
    await db.query(`DROP TABLE clients`);
    await db.query(`DROP SEQUENCE client_file_number_seq`);
    await db.query(`DROP FUNCTION person_name_key(text, text, text[])`);
    await db.query(`DROP FUNCTION phonetic_key(text)`);
    await db.query(`DROP FUNCTION name_key(text)`);
  }
}
