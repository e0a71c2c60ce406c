import type {
  CLIENT_SORTS,
  CONFLICT_DECISIONS,
  ConflictDecision,
  ConflictStatus,
  EDUCATION_LEVELS,
  EducationLevelCode,
  FAMILY_RELATIONSHIPS,
  FamilyRelationship,
  ID_DOCUMENT_TYPES,
  IdDocumentType,
  LANGUAGE_TESTS,
  LanguageTestKind,
  MARITAL_STATUSES,
  MaritalStatus,
  PARTY_KINDS,
  PartyKind,
  PROVINCES,
  Province,
  STATUS_TYPES,
  StatusType,
  VERIFICATION_METHODS,
  VerificationMethod,
} from '@intake/shared/contracts';

/*
 * Runtime copies of the value lists in @intake/shared/contracts (intake.ts). The contracts index
 * also exports the request classes with their class-validator decorators, which must stay out of
 * the browser bundle, so only types are imported. Each copy is typed with `typeof` the original:
 * the build fails if the contracts change and these lists are not updated.
 */
export const PROVINCE_LIST: typeof PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
];
export const MARITAL_STATUS_LIST: typeof MARITAL_STATUSES = [
  'single',
  'married',
  'common_law',
  'separated',
  'divorced',
  'widowed',
  'annulled',
];
export const STATUS_TYPE_LIST: typeof STATUS_TYPES = [
  'work_permit',
  'study_permit',
  'visitor',
  'maintained',
  'permanent_resident',
  'citizen',
  'refugee_claimant',
  'none',
];
export const LANGUAGE_TEST_LIST: typeof LANGUAGE_TESTS = [
  'IELTS_GENERAL_TRAINING',
  'CELPIP_GENERAL',
  'PTE_CORE',
  'TEF_CANADA',
  'TCF_CANADA',
];
export const EDUCATION_LEVEL_LIST: typeof EDUCATION_LEVELS = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'professional',
  'doctoral',
];
export const FAMILY_RELATIONSHIP_LIST: typeof FAMILY_RELATIONSHIPS = [
  'spouse',
  'common_law_partner',
  'dependent_child',
  'former_spouse',
  'parent',
  'sibling',
  'other',
];
export const PARTY_KIND_LIST: typeof PARTY_KINDS = [
  'employer',
  'former_spouse',
  'sponsor',
  'adverse_party',
  'related_party',
  'other',
];
export const ID_DOCUMENT_TYPE_LIST: typeof ID_DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'drivers_licence',
  'permit',
  'pr_card',
  'birth_certificate',
  'other',
];
export const VERIFICATION_METHOD_LIST: typeof VERIFICATION_METHODS = [
  'in_person',
  'video',
  'attestation',
];
export const CONFLICT_DECISION_LIST: typeof CONFLICT_DECISIONS = ['cleared', 'waived', 'declined'];
export const CLIENT_SORT_LIST: typeof CLIENT_SORTS = [
  'relevance',
  'name',
  'fileNumber',
  'createdAt',
  'updatedAt',
  'nextExpiry',
];

/** Temporary statuses that expire (the API's "next status expiry" considers only these). */
export const TEMPORARY_STATUS_TYPES: readonly StatusType[] = [
  'work_permit',
  'study_permit',
  'visitor',
  'maintained',
];

/** A status ending within this many days is highlighted. */
export const EXPIRY_WARNING_DAYS = 90;

/** Hours of skilled Canadian work the Canadian Experience Class asks for. */
export const CEC_REQUIRED_HOURS = 1560;

/** Below this many hours a week a job is part-time (IRCC counts 30 h/week as full-time). */
export const FULL_TIME_HOURS_PER_WEEK = 30;

/** French-language tests report NCLC levels rather than CLB. */
export const FRENCH_TESTS: readonly LanguageTestKind[] = ['TEF_CANADA', 'TCF_CANADA'];

export const ABILITIES = ['reading', 'writing', 'listening', 'speaking'] as const;
export type Ability = (typeof ABILITIES)[number];

// ---------- translation keys ----------

export const PROVINCE_LABEL_KEYS: Readonly<Record<Province, string>> = {
  AB: 'clients.provinces.AB',
  BC: 'clients.provinces.BC',
  MB: 'clients.provinces.MB',
  NB: 'clients.provinces.NB',
  NL: 'clients.provinces.NL',
  NS: 'clients.provinces.NS',
  NT: 'clients.provinces.NT',
  NU: 'clients.provinces.NU',
  ON: 'clients.provinces.ON',
  PE: 'clients.provinces.PE',
  QC: 'clients.provinces.QC',
  SK: 'clients.provinces.SK',
  YT: 'clients.provinces.YT',
};

export const MARITAL_STATUS_LABEL_KEYS: Readonly<Record<MaritalStatus, string>> = {
  single: 'clients.maritalStatus.single',
  married: 'clients.maritalStatus.married',
  common_law: 'clients.maritalStatus.common_law',
  separated: 'clients.maritalStatus.separated',
  divorced: 'clients.maritalStatus.divorced',
  widowed: 'clients.maritalStatus.widowed',
  annulled: 'clients.maritalStatus.annulled',
};

export const STATUS_TYPE_LABEL_KEYS: Readonly<Record<StatusType, string>> = {
  work_permit: 'clients.statusTypes.work_permit',
  study_permit: 'clients.statusTypes.study_permit',
  visitor: 'clients.statusTypes.visitor',
  maintained: 'clients.statusTypes.maintained',
  permanent_resident: 'clients.statusTypes.permanent_resident',
  citizen: 'clients.statusTypes.citizen',
  refugee_claimant: 'clients.statusTypes.refugee_claimant',
  none: 'clients.statusTypes.none',
};

export const LANGUAGE_TEST_LABEL_KEYS: Readonly<Record<LanguageTestKind, string>> = {
  IELTS_GENERAL_TRAINING: 'clients.languageTests.IELTS_GENERAL_TRAINING',
  CELPIP_GENERAL: 'clients.languageTests.CELPIP_GENERAL',
  PTE_CORE: 'clients.languageTests.PTE_CORE',
  TEF_CANADA: 'clients.languageTests.TEF_CANADA',
  TCF_CANADA: 'clients.languageTests.TCF_CANADA',
};

export const EDUCATION_LEVEL_LABEL_KEYS: Readonly<Record<EducationLevelCode, string>> = {
  less_than_secondary: 'clients.educationLevels.less_than_secondary',
  secondary: 'clients.educationLevels.secondary',
  one_year: 'clients.educationLevels.one_year',
  two_year: 'clients.educationLevels.two_year',
  bachelors: 'clients.educationLevels.bachelors',
  two_or_more: 'clients.educationLevels.two_or_more',
  masters: 'clients.educationLevels.masters',
  professional: 'clients.educationLevels.professional',
  doctoral: 'clients.educationLevels.doctoral',
};

export const FAMILY_RELATIONSHIP_LABEL_KEYS: Readonly<Record<FamilyRelationship, string>> = {
  spouse: 'clients.relationships.spouse',
  common_law_partner: 'clients.relationships.common_law_partner',
  dependent_child: 'clients.relationships.dependent_child',
  former_spouse: 'clients.relationships.former_spouse',
  parent: 'clients.relationships.parent',
  sibling: 'clients.relationships.sibling',
  other: 'clients.relationships.other',
};

export const PARTY_KIND_LABEL_KEYS: Readonly<Record<PartyKind, string>> = {
  employer: 'clients.partyKinds.employer',
  former_spouse: 'clients.partyKinds.former_spouse',
  sponsor: 'clients.partyKinds.sponsor',
  adverse_party: 'clients.partyKinds.adverse_party',
  related_party: 'clients.partyKinds.related_party',
  other: 'clients.partyKinds.other',
};

export const ID_DOCUMENT_TYPE_LABEL_KEYS: Readonly<Record<IdDocumentType, string>> = {
  passport: 'clients.documentTypes.passport',
  national_id: 'clients.documentTypes.national_id',
  drivers_licence: 'clients.documentTypes.drivers_licence',
  permit: 'clients.documentTypes.permit',
  pr_card: 'clients.documentTypes.pr_card',
  birth_certificate: 'clients.documentTypes.birth_certificate',
  other: 'clients.documentTypes.other',
};

export const VERIFICATION_METHOD_LABEL_KEYS: Readonly<Record<VerificationMethod, string>> = {
  in_person: 'clients.verificationMethods.in_person',
  video: 'clients.verificationMethods.video',
  attestation: 'clients.verificationMethods.attestation',
};

/** `null` = no check was run yet. */
export const CONFLICT_STATUS_LABEL_KEYS: Readonly<Record<ConflictStatus | 'none', string>> = {
  none: 'clients.conflictStatus.none',
  pending: 'clients.conflictStatus.pending',
  cleared: 'clients.conflictStatus.cleared',
  waived: 'clients.conflictStatus.waived',
  declined: 'clients.conflictStatus.declined',
};

export const CONFLICT_DECISION_LABEL_KEYS: Readonly<Record<ConflictDecision, string>> = {
  cleared: 'clients.conflicts.decide.cleared',
  waived: 'clients.conflicts.decide.waived',
  declined: 'clients.conflicts.decide.declined',
};

/**
 * Roles in a conflict check: the client, another name of the client, a family relationship,
 * `party:<kind>` or an employer.
 */
export function conflictRoleKey(role: string): string {
  if (role === 'client') {
    return 'clients.conflicts.roles.client';
  }
  if (role === 'client:other_name') {
    return 'clients.conflicts.roles.otherName';
  }
  if (role === 'employer') {
    return 'clients.conflicts.roles.employer';
  }
  if (role.startsWith('party:')) {
    const kind = role.slice('party:'.length);
    return (PARTY_KIND_LIST as readonly string[]).includes(kind)
      ? PARTY_KIND_LABEL_KEYS[kind as PartyKind]
      : 'clients.conflicts.roles.other';
  }
  return (FAMILY_RELATIONSHIP_LIST as readonly string[]).includes(role)
    ? FAMILY_RELATIONSHIP_LABEL_KEYS[role as FamilyRelationship]
    : 'clients.conflicts.roles.other';
}

export function isProvince(value: unknown): value is Province {
  return typeof value === 'string' && (PROVINCE_LIST as readonly string[]).includes(value);
}
