import { celpip, credential, job, profile, status, TODAY } from '../../test-support/fixtures';
import { evaluateCec } from './evaluate';
import { PROVINCE_CODES, type CecProfile, type CecResult, type CriterionId } from './types';

const evaluate = (p: CecProfile) => evaluateCec(p, { today: TODAY });
const criterion = (result: CecResult, id: CriterionId) => result.criteria.find((c) => c.id === id);

describe('residence_outside_quebec', () => {
  it.each(PROVINCE_CODES.map((code) => [code, code === 'QC' ? 'not_met' : 'met']))(
    '%s: %s',
    (intendedProvince, expected) => {
      const result = evaluate(
        profile({ intendedProvince: intendedProvince as CecProfile['intendedProvince'] }),
      );
      expect(criterion(result, 'residence_outside_quebec')?.status).toBe(expected);
    },
  );

  it('explains the Quebec rule in both languages', () => {
    const quebec = criterion(
      evaluate(profile({ intendedProvince: 'QC' })),
      'residence_outside_quebec',
    );
    expect(quebec?.detail).toContain('Quebec');
    expect(quebec?.detailFr).toContain('Québec');
  });
});

describe('admissibility', () => {
  it.each([
    [false, 'not_assessed'],
    [true, 'needs_review'],
  ])('concerns disclosed: %s -> %s', (admissibilityConcerns, expected) => {
    expect(criterion(evaluate(profile({ admissibilityConcerns })), 'admissibility')?.status).toBe(
      expected,
    );
  });
});

describe('admissibility and unauthorized work', () => {
  it('unauthorized work in Canada needs review (IRPA s.41), work abroad does not', () => {
    const inCanada = evaluate(
      profile({
        work: [job(), job({ authorized: false, start: '2019-01-01', end: '2019-06-30' })],
      }),
    );
    expect(criterion(inCanada, 'admissibility')?.status).toBe('needs_review');
    expect(criterion(inCanada, 'admissibility')?.detail).toContain('(job 2)');
    expect(inCanada.outcome).toBe('needs_review');
    const abroad = evaluate(profile({ work: [job(), job({ authorized: false, country: 'US' })] }));
    expect(criterion(abroad, 'admissibility')?.status).toBe('not_assessed');
  });
});

describe('canadian_education (cec-2008 only)', () => {
  const at2012 = (overrides: Partial<CecProfile>) =>
    evaluate(
      profile({
        asOf: '2012-06-01',
        languageTests: [celpip('2012-01-01', 8)],
        statusHistory: [status('work_permit', '2009-01-01')],
        ...overrides,
      }),
    );

  it.each([
    [
      'a 2-year full-time Canadian diploma',
      [credential({ level: 'two_year', durationYears: 2, completedOn: '2010-05-31' })],
      'met',
    ],
    [
      'a 1-year diploma',
      [credential({ level: 'one_year', durationYears: 1, completedOn: '2010-05-31' })],
      'not_assessed',
    ],
    ['a credential completed on asOf', [credential({ completedOn: '2012-06-01' })], 'not_assessed'],
    [
      'a secondary diploma of 4 years',
      [credential({ level: 'secondary', durationYears: 4, completedOn: '2010-05-31' })],
      'not_assessed',
    ],
    ['nothing', [], 'not_assessed'],
  ])('%s: %s', (_label, education, expected) => {
    expect(criterion(at2012({ education }), 'canadian_education')?.status).toBe(expected);
  });

  it('is not answered under later rule sets', () => {
    expect(
      criterion(evaluate(profile({ education: [credential()] })), 'canadian_education'),
    ).toBeUndefined();
  });

  it('cec-2008 language threshold: CLB 5 for NOC B work, CLB 7 for 0/A', () => {
    const work = (noc: string) => [
      job({ noc, start: '2009-05-01', end: null, hoursPerWeek: 37.5 }),
    ];
    const clb6 = [celpip('2012-01-01', 6)];
    expect(
      criterion(at2012({ work: work('72410'), languageTests: clb6 }), 'language')?.status,
    ).toBe('met');
    expect(
      criterion(at2012({ work: work('21231'), languageTests: clb6 }), 'language')?.status,
    ).toBe('not_met');
    expect(
      criterion(at2012({ work: work('72410'), languageTests: clb6 }), 'language')?.detail,
    ).toContain('NOC skill level B');
  });
});
