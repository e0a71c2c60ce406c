import { CreateUsersAndSessions20261126000100 } from './20261126000100-CreateUsersAndSessions';
import { CreateAuditLog20261126000200 } from './20261126000200-CreateAuditLog';
import { CreateClients20261126000300 } from './20261126000300-CreateClients';
import { CreateAssessments20261126000400 } from './20261126000400-CreateAssessments';
import { CreateOutbox20261126000500 } from './20261126000500-CreateOutbox';
import { CreateCases20261126000600 } from './20261126000600-CreateCases';
import { CreateChecklists20261126000700 } from './20261126000700-CreateChecklists';
import { CreateDisclaimers20261126000800 } from './20261126000800-CreateDisclaimers';
import { CreateBookings20261126000900 } from './20261126000900-CreateBookings';
import { AddFamilyMemberPermits20261126001000 } from './20261126001000-AddFamilyMemberPermits';

/** Every migration, oldest first. A new migration is a new file added at the end. */
export const MIGRATIONS = [
  CreateUsersAndSessions20261126000100,
  CreateAuditLog20261126000200,
  CreateClients20261126000300,
  CreateAssessments20261126000400,
  CreateOutbox20261126000500,
  CreateCases20261126000600,
  CreateChecklists20261126000700,
  CreateDisclaimers20261126000800,
  CreateBookings20261126000900,
  AddFamilyMemberPermits20261126001000,
];
