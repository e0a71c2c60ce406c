import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A family member's temporary status in Canada (work or study permit, visitor record) and its end. */
export class AddFamilyMemberPermits20261126001000 implements MigrationInterface {
  name = 'AddFamilyMemberPermits20261126001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE client_family_members
        ADD COLUMN permit_type text CHECK (permit_type IN ('work_permit', 'study_permit', 'visitor')),
        ADD COLUMN permit_valid_to date,
        ADD CONSTRAINT client_family_members_permit_whole CHECK ((permit_type IS NULL) = (permit_valid_to IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE client_family_members
        DROP CONSTRAINT client_family_members_permit_whole,
        DROP COLUMN permit_valid_to,
        DROP COLUMN permit_type`);
  }
}
