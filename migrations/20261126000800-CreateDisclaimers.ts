import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Version 1, as the firm starts: plain wording, one statement per point, English and French. */
const VERSION_1 = {
  en: {
    generalInformation:
      'What you read here and any answer you receive from us is general information, not legal advice. No lawyer-client relationship exists between you and the firm until the firm agrees in writing to act for you.',
    noConfidentiality:
      'Until the firm agrees in writing to act for you, what you send us is not protected by solicitor-client confidentiality (privilege). Do not send anything you need to keep confidential before then.',
  },
  fr: {
    generalInformation:
      "Ce que vous lisez ici et toute réponse que nous vous donnons sont de l'information générale, et non un avis juridique. Aucune relation avocat-client n'existe entre vous et le cabinet tant que le cabinet n'a pas accepté par écrit d'agir pour vous.",
    noConfidentiality:
      "Tant que le cabinet n'a pas accepté par écrit d'agir pour vous, ce que vous nous envoyez n'est pas protégé par le secret professionnel de l'avocat. N'envoyez rien qui doit rester confidentiel avant ce moment.",
  },
};

/** The canonical content a version's hash is taken over (the service computes it the same way). */
function contentHash(version: number, texts: typeof VERSION_1): string {
  const canonical = JSON.stringify({
    version,
    en: {
      generalInformation: texts.en.generalInformation,
      noConfidentiality: texts.en.noConfidentiality,
    },
    fr: {
      generalInformation: texts.fr.generalInformation,
      noConfidentiality: texts.fr.noConfidentiality,
    },
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Versioned legal-advice disclaimers (immutable once published) and the visitors'
 * acknowledgments of them (immutable too); a report release records the version it printed.
 */
export class CreateDisclaimers20261126000800 implements MigrationInterface {
  name = 'CreateDisclaimers20261126000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE disclaimer_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE CHECK (number > 0),
        general_information_en text NOT NULL,
        no_confidentiality_en text NOT NULL,
        general_information_fr text NOT NULL,
        no_confidentiality_fr text NOT NULL,
        content_hash text NOT NULL UNIQUE CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        published_by uuid REFERENCES users (id),
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE disclaimer_acknowledgments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES disclaimer_versions (id),
        content_hash text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('en', 'fr')),
        accepts_general_information boolean NOT NULL CHECK (accepts_general_information),
        accepts_no_confidentiality boolean NOT NULL CHECK (accepts_no_confidentiality),
        purpose text NOT NULL CHECK (purpose IN ('booking', 'self_assessment')),
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        ip text,
        user_agent text,
        acknowledged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX disclaimer_acknowledgments_version_idx ON disclaimer_acknowledgments (version_id)`,
    );
    await db.query(`
      CREATE FUNCTION refuse_change_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable once written', TG_TABLE_NAME;
      END
      $$`);
    for (const table of ['disclaimer_versions', 'disclaimer_acknowledgments']) {
      await db.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change_published()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_published()`);
    }
    await db.query(
      `INSERT INTO disclaimer_versions (number, general_information_en, no_confidentiality_en, general_information_fr, no_confidentiality_fr, content_hash)
       VALUES (1, $1, $2, $3, $4, $5)`,
      [
        VERSION_1.en.generalInformation,
        VERSION_1.en.noConfidentiality,
        VERSION_1.fr.generalInformation,
        VERSION_1.fr.noConfidentiality,
        contentHash(1, VERSION_1),
      ],
    );
    // Releases made before this migration printed the configured text and keep no version id.
    await db.query(
      `ALTER TABLE assessment_releases ADD COLUMN disclaimer_id uuid REFERENCES disclaimer_versions (id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessment_releases DROP COLUMN disclaimer_id`);
    await db.query(`DROP TABLE disclaimer_acknowledgments`);
    await db.query(`DROP TABLE disclaimer_versions`);
    await db.query(`DROP FUNCTION refuse_change_published()`);
  }
}
