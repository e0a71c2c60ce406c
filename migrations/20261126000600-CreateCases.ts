import type { MigrationInterface, QueryRunner } from 'typeorm';

type Stage = [code: string, label: string, position: number, terminal?: boolean];
type Rule = [from: string, to: string, lawyerOnly: boolean, guard: string | null, outcomes: string[]];

const DECIDED = ['approved', 'refused', 'withdrawn'];
const WITHDRAWN = ['withdrawn'];

/** The stages of each case type and the moves a firm allows between them: data, not code. */
const WORKFLOWS: Record<string, { stages: Stage[]; rules: Rule[] }> = {
  cec_express_entry: {
    stages: [
      ['intake', 'Intake', 1],
      ['conflict_check', 'Conflict check', 2],
      ['retainer', 'Retainer', 3],
      ['document_collection', 'Document collection', 4],
      ['ee_profile_submitted', 'Express Entry profile submitted', 5],
      ['ita_received', 'Invitation to apply (ITA) received', 6],
      ['pr_application_submitted', 'PR application submitted', 7],
      ['aor_received', 'Acknowledgment of receipt', 8],
      ['additional_requests', 'Additional requests', 9],
      ['decision', 'Decision', 10],
      ['closed', 'Closed', 11, true],
    ],
    rules: [
      ['intake', 'conflict_check', false, null, []],
      ['conflict_check', 'retainer', false, 'conflict_cleared', []],
      ['retainer', 'document_collection', false, null, []],
      ['document_collection', 'ee_profile_submitted', false, null, []],
      ['ee_profile_submitted', 'document_collection', false, null, []],
      ['ee_profile_submitted', 'ita_received', false, null, []],
      ['ita_received', 'ee_profile_submitted', false, null, []],
      ['ita_received', 'pr_application_submitted', false, 'checklist_complete', []],
      ['pr_application_submitted', 'aor_received', false, null, []],
      ['aor_received', 'additional_requests', false, null, []],
      ['additional_requests', 'aor_received', false, null, []],
      ['pr_application_submitted', 'decision', true, null, DECIDED],
      ['aor_received', 'decision', true, null, DECIDED],
      ['additional_requests', 'decision', true, null, DECIDED],
      ...['intake', 'conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted', 'ita_received'].map(
        (from): Rule => [from, 'decision', true, null, WITHDRAWN],
      ),
      ['decision', 'closed', true, null, []],
    ],
  },
  consultation: {
    stages: [
      ['intake', 'Intake', 1],
      ['conflict_check', 'Conflict check', 2],
      ['consultation_scheduled', 'Consultation scheduled', 3],
      ['consultation_held', 'Consultation held', 4],
      ['closed', 'Closed', 11, true],
    ],
    rules: [
      ['intake', 'conflict_check', false, null, []],
      ['conflict_check', 'consultation_scheduled', false, 'conflict_cleared', []],
      ['consultation_scheduled', 'consultation_held', false, null, []],
      ['consultation_held', 'closed', true, null, []],
      ['intake', 'closed', true, null, []],
      ['conflict_check', 'closed', true, null, []],
      ['consultation_scheduled', 'closed', true, null, []],
    ],
  },
  other: {
    stages: [
      ['intake', 'Intake', 1],
      ['conflict_check', 'Conflict check', 2],
      ['in_progress', 'In progress', 3],
      ['decision', 'Decision', 10],
      ['closed', 'Closed', 11, true],
    ],
    rules: [
      ['intake', 'conflict_check', false, null, []],
      ['conflict_check', 'in_progress', false, 'conflict_cleared', []],
      ['in_progress', 'decision', true, null, DECIDED],
      ['intake', 'decision', true, null, WITHDRAWN],
      ['conflict_check', 'decision', true, null, WITHDRAWN],
      ['decision', 'closed', true, null, []],
    ],
  },
};

/**
 * Cases of a client: the stage table and its allowed moves (seeded), each move recorded, notes,
 * tasks, deadlines (derived and manual) and the reminders already delivered for them.
 */
export class CreateCases20261126000600 implements MigrationInterface {
  name = 'CreateCases20261126000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_stages (
        case_type text NOT NULL CHECK (case_type IN ('cec_express_entry', 'consultation', 'other')),
        code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,49}$'),
        label text NOT NULL,
        position integer NOT NULL,
        terminal boolean NOT NULL DEFAULT false,
        PRIMARY KEY (case_type, code)
      )`);
    await db.query(`
      CREATE TABLE case_transition_rules (
        case_type text NOT NULL,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        lawyer_only boolean NOT NULL DEFAULT false,
        guard text CHECK (guard IN ('conflict_cleared', 'checklist_complete')),
        outcomes text[] NOT NULL DEFAULT '{}' CHECK (outcomes <@ ARRAY['approved', 'refused', 'withdrawn']),
        PRIMARY KEY (case_type, from_stage, to_stage),
        FOREIGN KEY (case_type, from_stage) REFERENCES case_stages (case_type, code) ON DELETE CASCADE,
        FOREIGN KEY (case_type, to_stage) REFERENCES case_stages (case_type, code) ON DELETE CASCADE
      )`);
    for (const [caseType, workflow] of Object.entries(WORKFLOWS)) {
      for (const [code, label, position, terminal] of workflow.stages) {
        await db.query(`INSERT INTO case_stages (case_type, code, label, position, terminal) VALUES ($1, $2, $3, $4, $5)`, [
          caseType,
          code,
          label,
          position,
          terminal ?? false,
        ]);
      }
      for (const [from, to, lawyerOnly, guard, outcomes] of workflow.rules) {
        await db.query(
          `INSERT INTO case_transition_rules (case_type, from_stage, to_stage, lawyer_only, guard, outcomes)
           VALUES ($1, $2, $3, $4, $5, $6::text[])`,
          [caseType, from, to, lawyerOnly, guard, outcomes],
        );
      }
    }

    await db.query(`CREATE SEQUENCE case_file_number_seq`);
    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_number text NOT NULL UNIQUE,
        client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        type text NOT NULL,
        responsible_lawyer_id uuid REFERENCES users (id),
        paralegal_id uuid REFERENCES users (id),
        stage text NOT NULL,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        outcome text CHECK (outcome IN ('approved', 'refused', 'withdrawn')),
        opened_on date NOT NULL,
        closed_on date,
        ita_received_on date,
        summary text,
        next_deadline_id uuid,
        next_deadline_on date,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (type, stage) REFERENCES case_stages (case_type, code)
      )`);
    await db.query(`CREATE INDEX cases_client_idx ON cases (client_id)`);
    await db.query(`CREATE INDEX cases_created_idx ON cases (created_at DESC, id)`);
    // The board: one column per stage, most urgent first, open cases only; one index per filter.
    await db.query(`CREATE INDEX cases_board_idx ON cases (stage, next_deadline_on, stage_entered_at, id) WHERE closed_on IS NULL`);
    await db.query(
      `CREATE INDEX cases_board_lawyer_idx ON cases (responsible_lawyer_id, stage, next_deadline_on, stage_entered_at) WHERE closed_on IS NULL`,
    );
    await db.query(
      `CREATE INDEX cases_board_paralegal_idx ON cases (paralegal_id, stage, next_deadline_on, stage_entered_at) WHERE closed_on IS NULL`,
    );
    await db.query(`CREATE INDEX cases_board_type_idx ON cases (type, stage, next_deadline_on, stage_entered_at) WHERE closed_on IS NULL`);

    await db.query(`
      CREATE TABLE case_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        outcome text,
        comment text,
        effective_on date NOT NULL,
        actor_id uuid REFERENCES users (id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX case_transitions_case_idx ON case_transitions (case_id, at)`);
    await db.query(`
      CREATE TABLE case_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        body text NOT NULL,
        author_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE case_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title text NOT NULL,
        assignee_id uuid REFERENCES users (id),
        due_on date,
        done_at timestamptz,
        done_by uuid REFERENCES users (id),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX case_tasks_case_idx ON case_tasks (case_id, created_at)`);
    await db.query(`CREATE INDEX case_tasks_assignee_idx ON case_tasks (assignee_id, due_on) WHERE done_at IS NULL`);

    await db.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('pr_application_due', 'permit_expiry', 'language_test_expiry', 'hours_age_out', 'document_expiry', 'manual')),
        source_key text,
        title text NOT NULL,
        detail text,
        due_on date NOT NULL,
        assignee_id uuid REFERENCES users (id),
        done_at timestamptz,
        done_by uuid REFERENCES users (id),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((kind = 'manual') = (source_key IS NULL)),
        UNIQUE (case_id, kind, source_key)
      )`);
    await db.query(`CREATE INDEX deadlines_case_idx ON deadlines (case_id, due_on) WHERE done_at IS NULL`);
    await db.query(`CREATE INDEX deadlines_due_idx ON deadlines (due_on) WHERE done_at IS NULL`);
    // One row per reminder sent: its key makes a reminder run once, however many workers try.
    await db.query(`
      CREATE TABLE reminder_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deadline_id uuid NOT NULL REFERENCES deadlines (id) ON DELETE CASCADE,
        due_on date NOT NULL,
        offset_days integer NOT NULL,
        recipient_id uuid NOT NULL REFERENCES users (id),
        outbox_id uuid REFERENCES outbox (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (deadline_id, due_on, offset_days, recipient_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reminder_deliveries`);
    await db.query(`DROP TABLE deadlines`);
    await db.query(`DROP TABLE case_tasks`);
    await db.query(`DROP TABLE case_notes`);
    await db.query(`DROP TABLE case_transitions`);
    await db.query(`DROP TABLE cases`);
    await db.query(`DROP SEQUENCE case_file_number_seq`);
    await db.query(`DROP TABLE case_transition_rules`);
    await db.query(`DROP TABLE case_stages`);
  }
}
