import { evaluateCec } from '../src/lib/evaluate';
import type { CecProfile, CrsResult, LanguageTest } from '../src/lib/types';
import { credential, job, profile, TODAY } from './fixtures';

export function crs(p: CecProfile, today = TODAY): CrsResult {
  const result = evaluateCec(p, { today }).crs;
  if (!result) throw new Error('no CRS');
  return result;
}

export const abroad = (start: string, end: string) =>
  job({ country: 'IN', start, end, hoursPerWeek: 40 });
export const foreignBachelors = credential({
  inCanada: false,
  ecaValid: true,
  completedOn: '2018-05-31',
});
export const tef = (testDate: string, score: number): LanguageTest => ({
  test: 'TEF_CANADA',
  testDate,
  reading: score,
  writing: score,
  listening: score,
  speaking: score,
});

/** Single, no Canadian work, nothing else unless overridden. */
export const single = (overrides: Partial<CecProfile>) =>
  profile({ dateOfBirth: '1997-06-01', work: [], education: [], ...overrides });
