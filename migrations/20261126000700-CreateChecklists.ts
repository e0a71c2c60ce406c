import type { MigrationInterface, QueryRunner } from 'typeorm';

type TemplateItem = [
  key: string,
  label: string,
  provider: 'client' | 'firm' | 'third_party',
  required: boolean,
  condition: string,
  repeat: string,
  dueDays: number | null,
];

/** The checklist templates a firm starts with; admins edit them through the API. */
const TEMPLATES: { caseType: string; name: string; items: TemplateItem[] }[] = [
  {
    caseType: 'cec_express_entry',
    name: 'Express Entry (CEC) documents',
    items: [
      ['passport', 'Passport: every page with a stamp or visa', 'client', true, 'always', 'once', 14],
      ['photo', 'Digital photo to IRCC specifications', 'client', true, 'always', 'once', 30],
      ['language_test', 'Language test result', 'client', true, 'always', 'language_test', 14],
      ['police_certificate', 'Police certificate', 'client', true, 'always', 'police_country', 45],
      ['eca', 'Educational credential assessment (ECA) report', 'third_party', true, 'always', 'foreign_credential', 60],
      ['reference_letter', 'Employment reference letter', 'third_party', true, 'always', 'canadian_job_in_window', 30],
      ['proof_of_status', 'Proof of status in Canada', 'client', true, 'always', 'permit', 14],
      ['relationship_proof', 'Marriage certificate or proof of common-law partnership', 'client', true, 'has_partner', 'once', 30],
      ['spouse_passport', "Spouse's or partner's passport", 'client', true, 'spouse_accompanying', 'once', 14],
      ['spouse_language_test', "Spouse's or partner's language test result", 'client', false, 'spouse_accompanying', 'once', 30],
      ['children_birth_certificates', 'Birth certificates of dependent children', 'client', true, 'has_dependent_children', 'once', 30],
      ['medical_exam', 'Immigration medical exam confirmation (IMM 1017)', 'third_party', true, 'always', 'once', 60],
      ['retainer_agreement', 'Signed retainer agreement', 'firm', true, 'always', 'once', 7],
      ['use_of_representative', 'Use of a representative form (IMM 5476)', 'firm', true, 'always', 'once', 7],
    ],
  },
  {
    caseType: 'consultation',
    name: 'Consultation documents',
    items: [
      ['passport', 'Passport: identity page', 'client', true, 'always', 'once', 7],
      ['consultation_agreement', 'Signed consultation agreement', 'firm', true, 'always', 'once', 7],
    ],
  },
];

/**
 * Document checklists: templates per case type whose items apply on conditions read from the
 * client's intake, the checklists generated for each case, their items, and the uploaded files
 * (every version kept).
 */
export class CreateChecklists20261126000700 implements MigrationInterface {
  name = 'CreateChecklists20261126000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE checklist_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_type text NOT NULL CHECK (case_type IN ('cec_express_entry', 'consultation', 'other')),
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`
      CREATE TABLE checklist_template_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template_id uuid NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
        key text NOT NULL,
        label text NOT NULL,
        description text,
        provider text NOT NULL CHECK (provider IN ('client', 'firm', 'third_party')),
        required boolean NOT NULL,
        condition text NOT NULL CHECK (condition IN ('always', 'has_partner', 'spouse_accompanying', 'has_dependent_children')),
        repeat text NOT NULL CHECK (repeat IN ('once', 'police_country', 'foreign_credential', 'canadian_job_in_window', 'permit', 'language_test')),
        due_days integer CHECK (due_days BETWEEN 0 AND 730),
        position integer NOT NULL,
        UNIQUE (template_id, key)
      )`);
    await db.query(`
      CREATE TABLE checklists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        template_id uuid REFERENCES checklist_templates (id) ON DELETE SET NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, template_id)
      )`);
    await db.query(`
      CREATE TABLE checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checklist_id uuid NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        template_item_key text,
        instance_key text NOT NULL DEFAULT '',
        label text NOT NULL,
        description text,
        provider text NOT NULL CHECK (provider IN ('client', 'firm', 'third_party')),
        required boolean NOT NULL,
        state text NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'received', 'accepted', 'rejected', 'waived')),
        state_reason text,
        state_changed_by uuid REFERENCES users (id),
        state_changed_at timestamptz,
        due_on date,
        document_expires_on date,
        retired_at timestamptz,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (state NOT IN ('rejected', 'waived') OR state_reason IS NOT NULL),
        UNIQUE (checklist_id, template_item_key, instance_key)
      )`);
    await db.query(`CREATE INDEX checklist_items_case_idx ON checklist_items (case_id, position)`);
    await db.query(`
      CREATE TABLE checklist_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        version integer NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/heic')),
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        storage_path text NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_id, version)
      )`);

    for (const template of TEMPLATES) {
      const [{ id }] = await db.query(`INSERT INTO checklist_templates (case_type, name) VALUES ($1, $2) RETURNING id`, [
        template.caseType,
        template.name,
      ]);
      for (const [position, [key, label, provider, required, condition, repeat, dueDays]] of template.items.entries()) {
        await db.query(
          `INSERT INTO checklist_template_items (template_id, key, label, provider, required, condition, repeat, due_days, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [id, key, label, provider, required, condition, repeat, dueDays, position],
        );
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE checklist_files`);
    await db.query(`DROP TABLE checklist_items`);
    await db.query(`DROP TABLE checklists`);
    await db.query(`DROP TABLE checklist_template_items`);
    await db.query(`DROP TABLE checklist_templates`);
  }
}
