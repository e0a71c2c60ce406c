import {
  convertScoresToClb,
  isApprovedTestOn,
  officialLanguageOf,
  type OfficialLanguage,
} from './clb';
import { toDay, type DayNumber } from './dates';
import { buildBreakpoints, buildRegimeSeries, type RegimeSeries } from './hours';
import { findNoc } from './noc';
import type { PreparedJob } from './occupations';
import type { Regime } from './rule-sets';
import { statusKindOf, type StatusTimeline } from './status';
import type {
  CecProfile,
  ClbLevels,
  EducationLevel,
  IsoDate,
  LanguageTest,
  LanguageTestType,
} from './types';

export interface PreparedTest {
  index: number;
  test: LanguageTestType;
  testDate: IsoDate;
  testDay: DayNumber;
  language: OfficialLanguage;
  approved: boolean;
  clb: ClbLevels;
}

export interface PreparedCredential {
  index: number;
  level: EducationLevel;
  inCanada: boolean;
  fullTime: boolean;
  durationYears: number;
  completedDay: DayNumber;
  ecaValid: boolean;
}

/** The profile with dates as day numbers and everything dated after `asOf` left out. */
export interface EvaluationContext {
  profile: CecProfile;
  asOf: DayNumber;
  asOfIso: IsoDate;
  jobs: PreparedJob[];
  timeline: StatusTimeline;
  breakpoints: number[];
  tests: PreparedTest[];
  credentials: PreparedCredential[];
  seriesFor(regime: Regime): RegimeSeries;
}

export function prepareTest(test: LanguageTest, index: number): PreparedTest {
  const testDay = toDay(test.testDate);
  return {
    index,
    test: test.test,
    testDate: test.testDate,
    testDay,
    language: officialLanguageOf(test.test),
    approved: isApprovedTestOn(test.test, testDay),
    clb: convertScoresToClb(test.test, test.testDate, test),
  };
}

function prepareJobs(profile: CecProfile, asOf: DayNumber): PreparedJob[] {
  const jobs: PreparedJob[] = [];
  profile.work.forEach((work, index) => {
    const noc = findNoc(work.noc);
    if (!noc) throw new RangeError(`work[${index}].noc: unknown NOC 2021 code ${work.noc}`);
    const startDay = toDay(work.start);
    if (startDay >= asOf) return;
    jobs.push({
      index,
      noc,
      inCanada: work.country === 'CA',
      startDay,
      endDay: work.end === null ? Number.POSITIVE_INFINITY : toDay(work.end),
      hoursPerWeek: work.hoursPerWeek,
      selfEmployed: work.selfEmployed,
      whileFullTimeStudent: work.whileFullTimeStudent,
      authorized: work.authorized,
    });
  });
  return jobs;
}

function prepareTimeline(profile: CecProfile, asOf: DayNumber): StatusTimeline {
  const spans = profile.statusHistory
    .map((entry) => ({
      kind: statusKindOf(entry.type),
      fromDay: toDay(entry.from),
      toDay: entry.to === null ? Number.POSITIVE_INFINITY : toDay(entry.to),
    }))
    .filter((span) => span.fromDay <= asOf);
  return { empty: profile.statusHistory.length === 0, spans };
}

function prepareCredentials(profile: CecProfile, asOf: DayNumber): PreparedCredential[] {
  return profile.education
    .map((credential, index) => ({
      index,
      level: credential.level,
      inCanada: credential.inCanada,
      fullTime: credential.fullTime,
      durationYears: credential.durationYears,
      completedDay: toDay(credential.completedOn),
      ecaValid: credential.ecaValid === true,
    }))
    .filter((credential) => credential.completedDay <= asOf);
}

export function createContext(
  profile: CecProfile,
  asOf: DayNumber,
  asOfIso: IsoDate,
): EvaluationContext {
  const jobs = prepareJobs(profile, asOf);
  const timeline = prepareTimeline(profile, asOf);
  const breakpoints = buildBreakpoints(jobs, timeline);
  const cache = new Map<string, RegimeSeries>();
  return {
    profile,
    asOf,
    asOfIso,
    jobs,
    timeline,
    breakpoints,
    tests: profile.languageTests.map(prepareTest).filter((test) => test.testDay <= asOf),
    credentials: prepareCredentials(profile, asOf),
    seriesFor(regime: Regime): RegimeSeries {
      const cached = cache.get(regime.key);
      if (cached) return cached;
      const series = buildRegimeSeries(regime, jobs, timeline, breakpoints);
      cache.set(regime.key, series);
      return series;
    },
  };
}
