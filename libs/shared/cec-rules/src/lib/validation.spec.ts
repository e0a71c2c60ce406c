import { credential, ielts, job, profile, status, TODAY } from '../../test-support/fixtures';
import { validateCecProfile } from './validation';

type Mutator = (body: Record<string, unknown>) => void;

function body(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(
      profile({
        spouse: {
          accompanying: true,
          canadianCitizenOrPR: false,
          education: 'two_or_more',
          languageTest: ielts('2026-01-01'),
        },
        education: [credential()],
        statusHistory: [
          status('study_permit', '2018-01-01', '2019-12-31'),
          status('work_permit', '2020-01-01'),
        ],
      }),
    ),
  );
}

const list = (b: Record<string, unknown>, key: string): Record<string, unknown>[] => {
  const value = b[key];
  if (!Array.isArray(value)) throw new Error(key);
  return value;
};
const first = (b: Record<string, unknown>, key: string) => list(b, key)[0];
const spouseOf = (b: Record<string, unknown>) => b['spouse'] as Record<string, unknown>;

function errorsFor(mutate: Mutator): { field: string; message: string }[] {
  const input = body();
  mutate(input);
  const result = validateCecProfile(input, TODAY);
  return result.ok ? [] : result.errors;
}

describe('validateCecProfile accepts the contract', () => {
  it('accepts a full profile and fills the defaults', () => {
    const result = validateCecProfile(body(), TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({
      asOf: TODAY,
      certificateOfQualification: false,
      provincialNomination: false,
      siblingInCanada: false,
      admissibilityConcerns: false,
    });
  });

  it('defaults asOf to today and spouse to null', () => {
    const input = body();
    delete input['asOf'];
    delete input['spouse'];
    const result = validateCecProfile(input, '2026-05-05');
    expect(result.ok && result.profile.asOf).toBe('2026-05-05');
    expect(result.ok && result.profile.spouse).toBeNull();
  });

  it.each([
    ['asOf 5 years after today', (b: Record<string, unknown>) => (b['asOf'] = '2031-11-26')],
    [
      'asOf before 2008-09-17 (a 422, not a 400)',
      (b: Record<string, unknown>) => (b['asOf'] = '2008-09-16'),
    ],
    [
      'empty arrays',
      (b: Record<string, unknown>) => (
        (b['work'] = []),
        (b['languageTests'] = []),
        (b['education'] = []),
        (b['statusHistory'] = [])
      ),
    ],
    [
      'a permit ending in the future',
      (b: Record<string, unknown>) => (first(b, 'statusHistory')['to'] = '2030-01-01'),
    ],
    [
      'a job ending in the future',
      (b: Record<string, unknown>) => (first(b, 'work')['end'] = '2030-01-01'),
    ],
    [
      'a test taken today',
      (b: Record<string, unknown>) => (first(b, 'languageTests')['testDate'] = TODAY),
    ],
    [
      '29 February of a leap year',
      (b: Record<string, unknown>) => (b['dateOfBirth'] = '1996-02-29'),
    ],
    ['spouse null', (b: Record<string, unknown>) => (b['spouse'] = null)],
  ])('accepts %s', (_label, mutate) => {
    expect(errorsFor(mutate)).toEqual([]);
  });
});

describe('validateCecProfile rejects a malformed profile, naming the field', () => {
  it.each<[string, Mutator, string]>([
    ['an unknown field', (b) => (b['salary'] = 1), 'salary'],
    ['an unknown nested field', (b) => (first(b, 'work')['employer'] = 'x'), 'work[0].employer'],
    ['an unknown spouse field', (b) => (spouseOf(b)['age'] = 30), 'spouse.age'],
    ['2024-02-30', (b) => (b['dateOfBirth'] = '2024-02-30'), 'dateOfBirth'],
    ['2023-02-29', (b) => (b['asOf'] = '2023-02-29'), 'asOf'],
    ['a date with a time', (b) => (b['asOf'] = '2026-01-01T00:00:00Z'), 'asOf'],
    ['a date as a number', (b) => (b['dateOfBirth'] = 19950501), 'dateOfBirth'],
    ['asOf more than 5 years ahead', (b) => (b['asOf'] = '2031-11-27'), 'asOf'],
    ['a future date of birth', (b) => (b['dateOfBirth'] = '2026-11-27'), 'dateOfBirth'],
    [
      'a date of birth after asOf',
      (b) => ((b['asOf'] = '2020-01-01'), (b['dateOfBirth'] = '2021-01-01')),
      'dateOfBirth',
    ],
    [
      'a future test date',
      (b) => (first(b, 'languageTests')['testDate'] = '2026-11-27'),
      'languageTests[0].testDate',
    ],
    [
      'a future status start',
      (b) => (first(b, 'statusHistory')['from'] = '2026-11-27'),
      'statusHistory[0].from',
    ],
    ['a future job start', (b) => (first(b, 'work')['start'] = '2026-11-27'), 'work[0].start'],
    [
      'a future completion',
      (b) => (first(b, 'education')['completedOn'] = '2026-11-27'),
      'education[0].completedOn',
    ],
    [
      'a status ending before it starts',
      (b) => (first(b, 'statusHistory')['to'] = '2017-12-31'),
      'statusHistory[0].to',
    ],
    [
      'a job ending before it starts',
      (b) => (first(b, 'work')['end'] = '2019-12-31'),
      'work[0].end',
    ],
    ['a missing job end', (b) => delete first(b, 'work')['end'], 'work[0].end'],
    ['an unknown province', (b) => (b['intendedProvince'] = 'XX'), 'intendedProvince'],
    ['a lower-case province', (b) => (b['intendedProvince'] = 'on'), 'intendedProvince'],
    ['a missing province', (b) => delete b['intendedProvince'], 'intendedProvince'],
    ['a missing work array', (b) => delete b['work'], 'work'],
    ['a missing status history', (b) => delete b['statusHistory'], 'statusHistory'],
    ['work not an array', (b) => (b['work'] = {}), 'work'],
    ['a 4-digit NOC', (b) => (first(b, 'work')['noc'] = '2123'), 'work[0].noc'],
    ['a NOC number', (b) => (first(b, 'work')['noc'] = 21231), 'work[0].noc'],
    ['a NOC not in NOC 2021', (b) => (first(b, 'work')['noc'] = '00018'), 'work[0].noc'],
    ['a 3-letter country', (b) => (first(b, 'work')['country'] = 'CAN'), 'work[0].country'],
    ['a lower-case country', (b) => (first(b, 'work')['country'] = 'ca'), 'work[0].country'],
    ['zero hours', (b) => (first(b, 'work')['hoursPerWeek'] = 0), 'work[0].hoursPerWeek'],
    ['169 hours a week', (b) => (first(b, 'work')['hoursPerWeek'] = 169), 'work[0].hoursPerWeek'],
    [
      'a string for hours',
      (b) => (first(b, 'work')['hoursPerWeek'] = '30'),
      'work[0].hoursPerWeek',
    ],
    ['a missing boolean', (b) => delete first(b, 'work')['authorized'], 'work[0].authorized'],
    [
      'a string boolean',
      (b) => (first(b, 'work')['selfEmployed'] = 'false'),
      'work[0].selfEmployed',
    ],
    [
      'an unknown status type',
      (b) => (first(b, 'statusHistory')['type'] = 'pgwp'),
      'statusHistory[0].type',
    ],
    [
      'an unknown test',
      (b) => (first(b, 'languageTests')['test'] = 'IELTS_ACADEMIC'),
      'languageTests[0].test',
    ],
    [
      'an IELTS band off the half-band steps',
      (b) => (first(b, 'languageTests')['reading'] = 6.3),
      'languageTests[0].reading',
    ],
    [
      'an IELTS band above 9',
      (b) => (first(b, 'languageTests')['writing'] = 9.5),
      'languageTests[0].writing',
    ],
    [
      'a CELPIP level above 12',
      (b) =>
        (b['languageTests'] = [
          {
            test: 'CELPIP_GENERAL',
            testDate: '2026-01-01',
            reading: 13,
            writing: 9,
            listening: 9,
            speaking: 9,
          },
        ]),
      'languageTests[0].reading',
    ],
    [
      'a PTE score below 10',
      (b) =>
        (b['languageTests'] = [
          {
            test: 'PTE_CORE',
            testDate: '2026-01-01',
            reading: 9,
            writing: 60,
            listening: 60,
            speaking: 60,
          },
        ]),
      'languageTests[0].reading',
    ],
    [
      'a TCF writing score above 20',
      (b) =>
        (b['languageTests'] = [
          {
            test: 'TCF_CANADA',
            testDate: '2026-01-01',
            reading: 500,
            writing: 21,
            listening: 500,
            speaking: 12,
          },
        ]),
      'languageTests[0].writing',
    ],
    [
      'an old-scale TEF reading above 300 before 2023-12-11',
      (b) =>
        (b['languageTests'] = [
          {
            test: 'TEF_CANADA',
            testDate: '2023-12-10',
            reading: 301,
            writing: 300,
            listening: 300,
            speaking: 300,
          },
        ]),
      'languageTests[0].reading',
    ],
    [
      'a TEF score above 699',
      (b) =>
        (b['languageTests'] = [
          {
            test: 'TEF_CANADA',
            testDate: '2023-12-11',
            reading: 700,
            writing: 300,
            listening: 300,
            speaking: 300,
          },
        ]),
      'languageTests[0].reading',
    ],
    [
      'a missing score',
      (b) => delete first(b, 'languageTests')['speaking'],
      'languageTests[0].speaking',
    ],
    [
      'two_or_more as an applicant credential',
      (b) => (first(b, 'education')['level'] = 'two_or_more'),
      'education[0].level',
    ],
    [
      'an unknown education level',
      (b) => (first(b, 'education')['level'] = 'diploma'),
      'education[0].level',
    ],
    [
      'a negative duration',
      (b) => (first(b, 'education')['durationYears'] = -1),
      'education[0].durationYears',
    ],
    [
      'a non-boolean ECA flag',
      (b) => (first(b, 'education')['ecaValid'] = 'yes'),
      'education[0].ecaValid',
    ],
    [
      'spouse work years above 5',
      (b) => (spouseOf(b)['canadianWorkYears'] = 6),
      'spouse.canadianWorkYears',
    ],
    [
      'spouse work years not whole',
      (b) => (spouseOf(b)['canadianWorkYears'] = 1.5),
      'spouse.canadianWorkYears',
    ],
    [
      'a spouse without accompanying',
      (b) => delete spouseOf(b)['accompanying'],
      'spouse.accompanying',
    ],
    [
      'a spouse test score off scale',
      (b) => ((spouseOf(b)['languageTest'] as Record<string, unknown>)['listening'] = 10),
      'spouse.languageTest.listening',
    ],
    ['a non-boolean flag', (b) => (b['provincialNomination'] = 1), 'provincialNomination'],
  ])('%s -> %s', (_label, mutate, field) => {
    const errors = errorsFor(mutate);
    expect(errors.map((e) => e.field)).toContain(field);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(3);
  });

  it('reports every invalid field at once', () => {
    const errors = errorsFor((b) => {
      b['intendedProvince'] = 'XX';
      first(b, 'work')['noc'] = '99999';
      list(b, 'work').push({ ...job({ start: '2030-01-01' }) });
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      'intendedProvince',
      'work[0].noc',
      'work[1].start',
    ]);
  });

  it.each([null, [], 'profile', 42])('rejects a body that is not an object: %j', (input) => {
    const result = validateCecProfile(input, TODAY);
    expect(result.ok).toBe(false);
  });

  it('refuses an impossible today', () => {
    expect(() => validateCecProfile(body(), '2026-02-30')).toThrow(RangeError);
  });
});
