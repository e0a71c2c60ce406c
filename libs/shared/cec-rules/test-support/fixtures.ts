import type {
  CecProfile,
  EducationCredential,
  LanguageTest,
  SpouseProfile,
  StatusPeriod,
  WorkPeriod,
} from '../src/lib/types';

/** Far enough in the future that no fixture date is "after today". */
export const TODAY = '2026-11-26';

export function job(overrides: Partial<WorkPeriod> = {}): WorkPeriod {
  return {
    noc: '21232',
    country: 'CA',
    start: '2020-01-01',
    end: null,
    hoursPerWeek: 30,
    selfEmployed: false,
    whileFullTimeStudent: false,
    authorized: true,
    ...overrides,
  };
}

export function status(
  type: StatusPeriod['type'],
  from: string,
  to: string | null = null,
): StatusPeriod {
  return { type, from, to };
}

export function ielts(
  testDate: string,
  bands: [number, number, number, number] = [7, 7, 7, 7],
): LanguageTest {
  const [reading, writing, listening, speaking] = bands;
  return { test: 'IELTS_GENERAL_TRAINING', testDate, reading, writing, listening, speaking };
}

export function celpip(
  testDate: string,
  level: number | [number, number, number, number],
): LanguageTest {
  const [reading, writing, listening, speaking] = Array.isArray(level)
    ? level
    : [level, level, level, level];
  return { test: 'CELPIP_GENERAL', testDate, reading, writing, listening, speaking };
}

export function credential(overrides: Partial<EducationCredential> = {}): EducationCredential {
  return {
    level: 'bachelors',
    inCanada: true,
    fullTime: true,
    durationYears: 4,
    completedOn: '2015-06-30',
    ...overrides,
  };
}

export function spouse(overrides: Partial<SpouseProfile> = {}): SpouseProfile {
  return { accompanying: true, canadianCitizenOrPR: false, ...overrides };
}

/**
 * An eligible cec-2022 profile on 2026-11-26: a TEER 1 job at 30 h/week since 2020 on a work
 * permit, IELTS at CLB 7+ taken in 2026, intends to live in Ontario.
 */
export function profile(overrides: Partial<CecProfile> = {}): CecProfile {
  return {
    asOf: TODAY,
    dateOfBirth: '1995-05-01',
    intendedProvince: 'ON',
    spouse: null,
    statusHistory: [status('work_permit', '2019-01-01')],
    languageTests: [ielts('2026-01-15')],
    education: [],
    work: [job()],
    ...overrides,
  };
}
