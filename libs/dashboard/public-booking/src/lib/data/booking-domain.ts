import type {
  MEETING_MODES,
  MeetingMode,
  PROGRAMS_OF_INTEREST,
  ProgramOfInterest,
} from '@intake/shared/contracts';

/*
 * Runtime copies of constants of @intake/shared/contracts (only its types may reach the browser
 * bundle), typed with `typeof` the originals so the build fails if they drift apart.
 */
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

/** The API's `IDEMPOTENCY_KEY` and the pre-screen rules of `PreScreenInput`, mirrored. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;
export const PHONE_PATTERN = /^\+?[0-9 ().-]{7,25}$/;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const PARTY_NAME_MAX = 200;
export const PARTY_RELATION_MAX = 100;
export const MAX_OTHER_PARTIES = 20;

export const MODE_LABEL_KEYS: Readonly<Record<MeetingMode, string>> = {
  video: 'booking.modes.video',
  in_person: 'booking.modes.in_person',
};

export const PROGRAM_LABEL_KEYS: Readonly<Record<ProgramOfInterest, string>> = {
  cec_express_entry: 'booking.programs.cec_express_entry',
  other_express_entry: 'booking.programs.other_express_entry',
  work_permit: 'booking.programs.work_permit',
  study_permit: 'booking.programs.study_permit',
  family_sponsorship: 'booking.programs.family_sponsorship',
  citizenship: 'booking.programs.citizenship',
  not_sure: 'booking.programs.not_sure',
};

/**
 * A new key per booking attempt: 128 random bits as 32 hex characters, like a UUID without its
 * dashes (`crypto.randomUUID` itself is missing outside secure contexts, e.g. plain HTTP).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The problem type's last segment, e.g. `…/problems/slot-taken` → `slot-taken`. */
export function problemKind(type: string | undefined): string {
  return (type ?? '').split('/').pop() ?? '';
}

/** The translation key describing a failed request of a visitor (network, rate limit, other). */
export function visitorErrorKey(status: number): string {
  if (status === 0) {
    return 'errors.network';
  }
  return status === 429 ? 'booking.errors.rateLimited' : 'errors.generic';
}
