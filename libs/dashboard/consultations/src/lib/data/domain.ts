import type {
  CONSULTATION_REQUEST_STATUSES,
  ConsultationRequestStatus,
  ConsultationTypeDto,
  Language,
  MEETING_MODES,
  MeetingMode,
  PROGRAMS_OF_INTEREST,
  ProgramOfInterest,
  SELF_ASSESSMENT_ANSWERS,
  SelfAssessmentAnswer,
} from '@intake/shared/contracts';

/*
 * Runtime copies of constants of @intake/shared/contracts (only its types reach the browser),
 * typed with `typeof` the originals so the build fails when they drift apart.
 */
export const REQUEST_STATUS_LIST: typeof CONSULTATION_REQUEST_STATUSES = [
  'new',
  'contacted',
  'booked',
  'converted',
  'declined',
  'no_show',
];
export const MEETING_MODE_LIST: typeof MEETING_MODES = ['video', 'in_person'];
export const PROGRAM_LIST: typeof PROGRAMS_OF_INTEREST = [
  'cec_express_entry',
  'other_express_entry',
  'work_permit',
  'study_permit',
  'family_sponsorship',
  'citizenship',
  'not_sure',
];
export const SELF_ASSESSMENT_ANSWER_LIST: typeof SELF_ASSESSMENT_ANSWERS = [
  'likely_eligible',
  'needs_review',
  'likely_not_eligible',
];

/** The moves staff make by hand (the API's REQUEST_TRANSITIONS); `converted` only by conversion. */
export const REQUEST_TRANSITIONS: Readonly<
  Record<ConsultationRequestStatus, readonly ConsultationRequestStatus[]>
> = {
  new: ['contacted', 'booked', 'declined'],
  contacted: ['booked', 'declined'],
  booked: ['contacted', 'declined', 'no_show'],
  no_show: ['contacted', 'booked', 'declined'],
  declined: ['contacted'],
  converted: [],
};

/** The status actions of the request page, in the order they are shown. */
export const STATUS_ACTIONS = ['contacted', 'declined', 'no_show'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export function canMove(from: ConsultationRequestStatus, to: ConsultationRequestStatus): boolean {
  return REQUEST_TRANSITIONS[from].includes(to);
}

/** A declined request must be reopened first; a converted one is done. */
export function canConvert(status: ConsultationRequestStatus): boolean {
  return status !== 'declined' && status !== 'converted';
}

export function isRequestStatus(value: unknown): value is ConsultationRequestStatus {
  return typeof value === 'string' && (REQUEST_STATUS_LIST as readonly string[]).includes(value);
}

export const STATUS_LABEL_KEYS: Readonly<Record<ConsultationRequestStatus, string>> = {
  new: 'consultations.statuses.new',
  contacted: 'consultations.statuses.contacted',
  booked: 'consultations.statuses.booked',
  converted: 'consultations.statuses.converted',
  declined: 'consultations.statuses.declined',
  no_show: 'consultations.statuses.no_show',
};

export const PROGRAM_LABEL_KEYS: Readonly<Record<ProgramOfInterest, string>> = {
  cec_express_entry: 'consultations.programs.cec_express_entry',
  other_express_entry: 'consultations.programs.other_express_entry',
  work_permit: 'consultations.programs.work_permit',
  study_permit: 'consultations.programs.study_permit',
  family_sponsorship: 'consultations.programs.family_sponsorship',
  citizenship: 'consultations.programs.citizenship',
  not_sure: 'consultations.programs.not_sure',
};

export const MODE_LABEL_KEYS: Readonly<Record<MeetingMode, string>> = {
  video: 'consultations.modes.video',
  in_person: 'consultations.modes.in_person',
};

export const ANSWER_LABEL_KEYS: Readonly<Record<SelfAssessmentAnswer, string>> = {
  likely_eligible: 'consultations.answers.likely_eligible',
  needs_review: 'consultations.answers.needs_review',
  likely_not_eligible: 'consultations.answers.likely_not_eligible',
};

export const CASE_TYPE_LABEL_KEYS: Readonly<Record<'cec_express_entry' | 'consultation', string>> =
  {
    cec_express_entry: 'cases.types.cec_express_entry',
    consultation: 'cases.types.consultation',
  };

const FAMILY_ROLES = [
  'spouse',
  'common_law_partner',
  'dependent_child',
  'former_spouse',
  'parent',
  'sibling',
  'other',
];

/**
 * Who a name of the conflict pre-check is: the visitor, a party the visitor named (with their
 * own words for the link), or, on the firm's side, a client, another name of a client, a family
 * member, an employer or a party in a client's file.
 */
export interface RoleText {
  key: string;
  params?: Record<string, string>;
}

export function precheckRoleText(role: string): RoleText {
  if (role === 'visitor') {
    return { key: 'consultations.conflicts.roles.visitor' };
  }
  if (role === 'client') {
    return { key: 'consultations.conflicts.roles.client' };
  }
  if (role === 'client:other_name') {
    return { key: 'consultations.conflicts.roles.otherName' };
  }
  if (role === 'employer') {
    return { key: 'consultations.conflicts.roles.employer' };
  }
  if (role.startsWith('party:')) {
    return {
      key: 'consultations.conflicts.roles.party',
      params: { relation: role.slice('party:'.length).replace(/_/g, ' ') },
    };
  }
  return FAMILY_ROLES.includes(role)
    ? { key: 'consultations.conflicts.roles.family' }
    : { key: 'consultations.conflicts.roles.other' };
}

export interface ReasonText {
  key: string;
  params?: Record<string, string | number>;
}

/** The API's match reasons ("name similarity 62%", "same e-mail"…), translated. */
export function precheckReasonText(reason: string): ReasonText {
  const similarity = /^name similarity (\d+)%$/.exec(reason);
  if (similarity) {
    return {
      key: 'consultations.conflicts.reasons.similarity',
      params: { percent: Number(similarity[1]) },
    };
  }
  switch (reason) {
    case 'same name':
      return { key: 'consultations.conflicts.reasons.sameName' };
    case 'names sound alike':
      return { key: 'consultations.conflicts.reasons.soundAlike' };
    case 'same e-mail':
      return { key: 'consultations.conflicts.reasons.sameEmail' };
    default:
      return { key: reason };
  }
}

/** The name of a consultation type in the UI language (the API's `typeName` is English). */
export function typeName(
  types: readonly ConsultationTypeDto[],
  code: string,
  language: Language,
  fallback: string = code,
): string {
  const type = types.find((t) => t.code === code);
  if (!type) {
    return fallback;
  }
  return language === 'fr' ? type.nameFr : type.nameEn;
}
