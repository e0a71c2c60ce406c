import { isOnScale, scoreScaleFor } from './clb';
import { isIsoDate, shiftYears, toDay, toIsoDate, type DayNumber } from './dates';
import type { FieldError } from './errors';
import { findNoc } from './noc';
import {
  ABILITIES,
  EDUCATION_LEVELS,
  LANGUAGE_TEST_TYPES,
  PROVINCE_CODES,
  STATUS_TYPES,
  type CecProfile,
  type EducationCredential,
  type EducationLevel,
  type LanguageTest,
  type SpouseProfile,
  type StatusPeriod,
  type WorkPeriod,
} from './types';
import { at, FieldReader, join } from './validation-fields';

export type ValidationResult =
  { ok: true; profile: CecProfile } | { ok: false; errors: FieldError[] };

/** How far ahead a planning date (`asOf`) may lie. */
export const MAX_YEARS_AHEAD = 5;
const MAX_HOURS_PER_WEEK = 168;
const MAX_DURATION_YEARS = 20;

const PROFILE_FIELDS = [
  'asOf',
  'dateOfBirth',
  'intendedProvince',
  'spouse',
  'statusHistory',
  'languageTests',
  'education',
  'work',
  'certificateOfQualification',
  'provincialNomination',
  'siblingInCanada',
  'admissibilityConcerns',
] as const;
const SPOUSE_FIELDS = [
  'accompanying',
  'canadianCitizenOrPR',
  'education',
  'languageTest',
  'canadianWorkYears',
] as const;
const STATUS_FIELDS = ['type', 'from', 'to'] as const;
const TEST_FIELDS = ['test', 'testDate', ...ABILITIES] as const;
const EDUCATION_FIELDS = [
  'level',
  'inCanada',
  'fullTime',
  'durationYears',
  'completedOn',
  'ecaValid',
] as const;
const WORK_FIELDS = [
  'noc',
  'country',
  'start',
  'end',
  'hoursPerWeek',
  'selfEmployed',
  'whileFullTimeStudent',
  'authorized',
] as const;
const APPLICANT_LEVELS: readonly EducationLevel[] = EDUCATION_LEVELS.filter(
  (level) => level !== 'two_or_more',
);

interface Limits {
  today: { day: DayNumber; label: string };
}

function readLanguageTest(
  r: FieldReader,
  value: unknown,
  field: string,
  limits: Limits,
): LanguageTest | undefined {
  const o = r.object(value, field, TEST_FIELDS);
  if (!o) return undefined;
  const test = r.oneOf(o['test'], join(field, 'test'), LANGUAGE_TEST_TYPES);
  const testDate = r.date(o['testDate'], join(field, 'testDate'), { notAfter: limits.today });
  const scores: Partial<Record<(typeof ABILITIES)[number], number>> = {};
  for (const ability of ABILITIES) {
    const name = join(field, ability);
    const score = o[ability];
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      r.fail(name, score === undefined ? 'is required' : 'must be a number');
      continue;
    }
    if (test === undefined || testDate === undefined) continue;
    const range = scoreScaleFor(test, testDate)[ability];
    if (!isOnScale(score, range)) {
      r.fail(
        name,
        `must be a ${test} score from ${range.min} to ${range.max} in steps of ${range.step} (scale for a test taken on ${testDate})`,
      );
      continue;
    }
    scores[ability] = score;
  }
  const { reading, writing, listening, speaking } = scores;
  if (test === undefined || testDate === undefined) return undefined;
  if (reading === undefined || writing === undefined || listening === undefined) return undefined;
  if (speaking === undefined) return undefined;
  return { test, testDate, reading, writing, listening, speaking };
}

function readSpouse(
  r: FieldReader,
  value: unknown,
  limits: Limits,
): SpouseProfile | null | undefined {
  if (value === undefined || value === null) return null;
  const o = r.object(value, 'spouse', SPOUSE_FIELDS);
  if (!o) return undefined;
  const accompanying = r.boolean(o['accompanying'], 'spouse.accompanying', true);
  const canadianCitizenOrPR = r.boolean(
    o['canadianCitizenOrPR'],
    'spouse.canadianCitizenOrPR',
    true,
  );
  const education = r.oneOf(o['education'], 'spouse.education', EDUCATION_LEVELS, false);
  const languageTest =
    o['languageTest'] === undefined
      ? undefined
      : readLanguageTest(r, o['languageTest'], 'spouse.languageTest', limits);
  const canadianWorkYears =
    o['canadianWorkYears'] === undefined
      ? undefined
      : r.number(o['canadianWorkYears'], 'spouse.canadianWorkYears', {
          min: 0,
          max: 5,
          integer: true,
        });
  if (accompanying === undefined || canadianCitizenOrPR === undefined) return undefined;
  const spouse: SpouseProfile = { accompanying, canadianCitizenOrPR };
  if (education !== undefined) spouse.education = education;
  if (languageTest !== undefined) spouse.languageTest = languageTest;
  if (canadianWorkYears !== undefined) spouse.canadianWorkYears = canadianWorkYears;
  return spouse;
}

function readStatus(
  r: FieldReader,
  value: unknown,
  field: string,
  limits: Limits,
): StatusPeriod | undefined {
  const o = r.object(value, field, STATUS_FIELDS);
  if (!o) return undefined;
  const type = r.oneOf(o['type'], join(field, 'type'), STATUS_TYPES);
  const from = r.date(o['from'], join(field, 'from'), { notAfter: limits.today });
  const to = r.dateOrNull(o['to'], join(field, 'to'), from);
  if (type === undefined || from === undefined || to === undefined) return undefined;
  return { type, from, to };
}

function readApplicantLevel(
  r: FieldReader,
  value: unknown,
  field: string,
): EducationLevel | undefined {
  if (value === 'two_or_more') {
    r.fail(field, 'two_or_more is derived from the credentials: send each credential separately');
    return undefined;
  }
  return r.oneOf(value, field, APPLICANT_LEVELS);
}

function readEducation(
  r: FieldReader,
  value: unknown,
  field: string,
  limits: Limits,
): EducationCredential | undefined {
  const o = r.object(value, field, EDUCATION_FIELDS);
  if (!o) return undefined;
  const level = readApplicantLevel(r, o['level'], join(field, 'level'));
  const inCanada = r.boolean(o['inCanada'], join(field, 'inCanada'), true);
  const fullTime = r.boolean(o['fullTime'], join(field, 'fullTime'), true);
  const durationYears = r.number(o['durationYears'], join(field, 'durationYears'), {
    min: 0,
    max: MAX_DURATION_YEARS,
  });
  const completedOn = r.date(o['completedOn'], join(field, 'completedOn'), {
    notAfter: limits.today,
  });
  const ecaValid = r.boolean(o['ecaValid'], join(field, 'ecaValid'), false);
  if (level === undefined || inCanada === undefined || fullTime === undefined) return undefined;
  if (durationYears === undefined || completedOn === undefined) return undefined;
  const credential: EducationCredential = { level, inCanada, fullTime, durationYears, completedOn };
  if (ecaValid !== undefined) credential.ecaValid = ecaValid;
  return credential;
}

function readNoc(r: FieldReader, value: unknown, field: string): string | undefined {
  if (typeof value !== 'string' || !/^\d{5}$/.test(value)) {
    r.fail(
      field,
      value === undefined ? 'is required' : 'must be a 5-digit NOC 2021 code (a string)',
    );
    return undefined;
  }
  if (!findNoc(value)) {
    r.fail(field, `${value} is not a NOC 2021 unit group`);
    return undefined;
  }
  return value;
}

function readCountry(r: FieldReader, value: unknown, field: string): string | undefined {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) {
    r.fail(
      field,
      value === undefined ? 'is required' : 'must be an ISO 3166-1 alpha-2 code (e.g. CA)',
    );
    return undefined;
  }
  return value;
}

function readWork(
  r: FieldReader,
  value: unknown,
  field: string,
  limits: Limits,
): WorkPeriod | undefined {
  const o = r.object(value, field, WORK_FIELDS);
  if (!o) return undefined;
  const noc = readNoc(r, o['noc'], join(field, 'noc'));
  const country = readCountry(r, o['country'], join(field, 'country'));
  const start = r.date(o['start'], join(field, 'start'), { notAfter: limits.today });
  const end = r.dateOrNull(o['end'], join(field, 'end'), start);
  const hoursPerWeek = r.number(o['hoursPerWeek'], join(field, 'hoursPerWeek'), {
    min: 0,
    max: MAX_HOURS_PER_WEEK,
    minExclusive: true,
  });
  const selfEmployed = r.boolean(o['selfEmployed'], join(field, 'selfEmployed'), true);
  const student = r.boolean(o['whileFullTimeStudent'], join(field, 'whileFullTimeStudent'), true);
  const authorized = r.boolean(o['authorized'], join(field, 'authorized'), true);
  if (noc === undefined || country === undefined || start === undefined || end === undefined) {
    return undefined;
  }
  if (hoursPerWeek === undefined || selfEmployed === undefined || student === undefined) {
    return undefined;
  }
  if (authorized === undefined) return undefined;
  return {
    noc,
    country,
    start,
    end,
    hoursPerWeek,
    selfEmployed,
    whileFullTimeStudent: student,
    authorized,
  };
}

function readList<T>(
  r: FieldReader,
  value: unknown,
  field: string,
  readItem: (item: unknown, itemField: string) => T | undefined,
): T[] {
  const list = r.array(value, field);
  if (!list) return [];
  const items: T[] = [];
  list.forEach((item, index) => {
    const read = readItem(item, at(field, index));
    if (read !== undefined) items.push(read);
  });
  return items;
}

/**
 * Checks an untrusted request body against the contract. On success the profile is returned
 * with defaults filled in (asOf = today, flags = false, spouse = null).
 */
export function validateCecProfile(input: unknown, today: string): ValidationResult {
  if (!isIsoDate(today)) throw new RangeError(`today must be a calendar date: ${today}`);
  const r = new FieldReader();
  const todayDay = toDay(today);
  const limits: Limits = { today: { day: todayDay, label: `today (${today})` } };
  const o = r.object(input, '', PROFILE_FIELDS);
  if (!o) return { ok: false, errors: r.errors };
  const latestAsOf = shiftYears(todayDay, MAX_YEARS_AHEAD);
  const asOf =
    o['asOf'] === undefined
      ? today
      : r.date(o['asOf'], 'asOf', {
          notAfter: {
            day: latestAsOf,
            label: `${toIsoDate(latestAsOf)} (${MAX_YEARS_AHEAD} years after today)`,
          },
        });
  const dateOfBirth = r.date(o['dateOfBirth'], 'dateOfBirth', { notAfter: limits.today });
  if (dateOfBirth !== undefined && asOf !== undefined && dateOfBirth > asOf) {
    r.fail('dateOfBirth', `must not be after asOf (${asOf})`);
  }
  const intendedProvince = r.oneOf(o['intendedProvince'], 'intendedProvince', PROVINCE_CODES);
  const spouse = readSpouse(r, o['spouse'], limits);
  const statusHistory = readList(r, o['statusHistory'], 'statusHistory', (v, f) =>
    readStatus(r, v, f, limits),
  );
  const languageTests = readList(r, o['languageTests'], 'languageTests', (v, f) =>
    readLanguageTest(r, v, f, limits),
  );
  const education = readList(r, o['education'], 'education', (v, f) =>
    readEducation(r, v, f, limits),
  );
  const work = readList(r, o['work'], 'work', (v, f) => readWork(r, v, f, limits));
  const flag = (key: string): boolean => r.boolean(o[key], key, false) ?? false;
  const certificateOfQualification = flag('certificateOfQualification');
  const provincialNomination = flag('provincialNomination');
  const siblingInCanada = flag('siblingInCanada');
  const admissibilityConcerns = flag('admissibilityConcerns');
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  if (asOf === undefined || dateOfBirth === undefined || intendedProvince === undefined) {
    return { ok: false, errors: [{ field: '(body)', message: 'incomplete profile' }] };
  }
  return {
    ok: true,
    profile: {
      asOf,
      dateOfBirth,
      intendedProvince,
      spouse: spouse ?? null,
      statusHistory,
      languageTests,
      education,
      work,
      certificateOfQualification,
      provincialNomination,
      siblingInCanada,
      admissibilityConcerns,
    },
  };
}
