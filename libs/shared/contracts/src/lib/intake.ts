/** Value lists of the intake profile, shared by the API, the dashboard and the engine. */
export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Province = (typeof PROVINCES)[number];

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

export const STATUS_TYPES = [
  'work_permit',
  'study_permit',
  'visitor',
  'maintained',
  'permanent_resident',
  'citizen',
  'refugee_claimant',
  'none',
] as const;
export type StatusType = (typeof STATUS_TYPES)[number];

export const LANGUAGE_TESTS = [
  'IELTS_GENERAL_TRAINING',
  'CELPIP_GENERAL',
  'PTE_CORE',
  'TEF_CANADA',
  'TCF_CANADA',
] as const;
export type LanguageTestKind = (typeof LANGUAGE_TESTS)[number];

export const EDUCATION_LEVELS = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'professional',
  'doctoral',
] as const;
export type EducationLevelCode = (typeof EDUCATION_LEVELS)[number];

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
