import type {
  AcknowledgmentDto,
  Language,
  Problem,
  PublicBookingDto,
  PublicDisclaimerDto,
  PublicFirmDto,
  PublicSlotDto,
  PublicSlotsDto,
  SelfAssessmentAnswer,
  SelfAssessmentDto,
} from '@intake/shared/contracts';
import type { PublicConsultationTypeDto } from '../data/public-booking-api';

/* Data for the specs of this library. */

export const FIRM_ZONE = 'America/Toronto';
export const VISITOR_ZONE = 'America/Vancouver';
/** Monday March 9, 2026, 10:00 in Vancouver (both zones already on daylight time). */
export const NOW = new Date('2026-03-09T17:00:00Z');
export const TODAY = '2026-03-09';

export const CEC_TYPE: PublicConsultationTypeDto = {
  code: 'cec_assessment',
  name: 'CEC assessment',
  durationMinutes: 30,
  modes: ['video', 'in_person'],
};

export const SPONSORSHIP_TYPE: PublicConsultationTypeDto = {
  code: 'family_sponsorship',
  name: 'Family sponsorship',
  durationMinutes: 60,
  modes: ['video'],
};

export function disclaimer(locale: Language, number = 1): PublicDisclaimerDto {
  return {
    versionId: '5f0c3b1e-6a55-4f8e-9a53-0d8c2f1b7e21',
    number,
    hash: `${number}`.repeat(64),
    locale,
    generalInformation:
      locale === 'fr'
        ? 'Les renseignements fournis sont généraux et ne constituent pas un avis juridique.'
        : 'What you read here is general information, not legal advice.',
    noConfidentiality:
      locale === 'fr'
        ? 'Ce que vous transmettez avant une entente écrite n’est pas confidentiel.'
        : 'What you send before a written agreement is not confidential.',
  };
}

export const FIRM: PublicFirmDto = {
  name: 'Tremblay & Singh Immigration LLP',
  addressLines: ['1000 rue Sherbrooke Ouest', 'Montréal QC H3A 3G4'],
  timeZone: FIRM_ZONE,
};

export function acknowledgment(
  token: string,
  locale: Language = 'en',
  purpose: AcknowledgmentDto['purpose'] = 'booking',
): AcknowledgmentDto {
  return {
    id: `ack-${token}`,
    token,
    versionId: '5f0c3b1e-6a55-4f8e-9a53-0d8c2f1b7e21',
    number: 1,
    hash: '1'.repeat(64),
    locale,
    purpose,
    acknowledgedAt: '2026-03-09T17:00:00.000Z',
    expiresAt: '2026-03-09T19:00:00.000Z',
  };
}

/** A slot starting at `start` (ISO with the firm's offset), 30 minutes long. */
export function slot(start: string, minutes = 30): PublicSlotDto {
  const end = new Date(Date.parse(start) + minutes * 60_000);
  const offset = start.slice(-6);
  const local = new Date(end.getTime() + offsetMinutes(offset) * 60_000).toISOString().slice(0, 19);
  return {
    slotId: `slot_${start.replace(/[^0-9]/g, '')}_abcdefgh`,
    start,
    end: `${local}${offset}`,
  };
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

export function slotList(
  starts: string[],
  range: { from: string; to: string },
  type = CEC_TYPE,
): PublicSlotsDto {
  return {
    type: {
      code: type.code,
      name: type.name,
      durationMinutes: type.durationMinutes,
      modes: type.modes,
    },
    timeZone: FIRM_ZONE,
    from: range.from,
    to: range.to,
    slots: starts.map((start) => slot(start, type.durationMinutes)),
  };
}

export function publicBooking(
  start: string,
  overrides: Partial<PublicBookingDto> = {},
): PublicBookingDto {
  return {
    id: 'b7a5c9c0-3f7e-4d7a-8d0b-5b8f0e1f2a33',
    status: 'confirmed',
    start,
    end: slot(start).end,
    timeZone: FIRM_ZONE,
    mode: 'video',
    type: { code: CEC_TYPE.code, name: CEC_TYPE.name, durationMinutes: 30 },
    preferredLanguage: 'en',
    ...overrides,
  };
}

/** A self-assessment token as the API makes them: 32 random bytes, base64url (43 characters). */
export const SA_TOKEN = 'sA1-token_for-the-linked-self-assessment-xy';

export function selfAssessmentResult(
  answer: SelfAssessmentAnswer = 'likely_eligible',
  overrides: Partial<SelfAssessmentDto> = {},
): SelfAssessmentDto {
  return {
    id: '0b9c2f4e-8d51-4c3a-9f0e-6a7b8c9d0e1f',
    token: SA_TOKEN,
    answer,
    headline: 'From your answers, you are likely eligible for the Canadian Experience Class.',
    reasons: [
      'Canadian skilled work: 1,560 hours in the last 3 years (1,560 needed).',
      'Language: CLB 7 or more in each ability.',
    ],
    language: 'en',
    asOf: TODAY,
    disclaimer: {
      versionId: '5f0c3b1e-6a55-4f8e-9a53-0d8c2f1b7e21',
      number: 3,
      hash: '3'.repeat(64),
      generalInformation: 'What you read here is general information, not legal advice.',
      noConfidentiality: 'What you send before a written agreement is not confidential.',
    },
    createdAt: '2026-03-09T17:05:00.000Z',
    ...overrides,
  };
}

export function problem(status: number, kind: string, errors?: Problem['errors']): Problem {
  return {
    type: `https://intake.example/problems/${kind}`,
    title: kind,
    status,
    ...(errors ? { errors } : {}),
  };
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};
