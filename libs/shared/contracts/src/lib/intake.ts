/** Value lists of the intake profile. Those the engine reads are the engine's own lists. */
export {
  EDUCATION_LEVELS,
  LANGUAGE_TEST_TYPES as LANGUAGE_TESTS,
  PROVINCE_CODES as PROVINCES,
  STATUS_TYPES,
  type EducationLevel as EducationLevelCode,
  type LanguageTestType as LanguageTestKind,
  type ProvinceCode as Province,
  type StatusType,
} from '@intake/shared/cec-rules';

export const MARITAL_STATUSES = [
  'single',
  'married',
  'common_law',
  'separated',
  'divorced',
  'widowed',
  'annulled',
] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const FAMILY_RELATIONSHIPS = [
  'spouse',
  'common_law_partner',
  'dependent_child',
  'former_spouse',
  'parent',
  'sibling',
  'other',
] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

export const PARTY_KINDS = ['employer', 'former_spouse', 'sponsor', 'adverse_party', 'related_party', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ID_DOCUMENT_TYPES = ['passport', 'national_id', 'drivers_licence', 'permit', 'pr_card', 'birth_certificate', 'other'] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export const VERIFICATION_METHODS = ['in_person', 'video', 'attestation'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const CONFLICT_DECISIONS = ['cleared', 'waived', 'declined'] as const;
export type ConflictDecision = (typeof CONFLICT_DECISIONS)[number];
export type ConflictStatus = 'pending' | ConflictDecision;

export const CLIENT_SORTS = ['relevance', 'name', 'fileNumber', 'createdAt', 'updatedAt', 'nextExpiry'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
