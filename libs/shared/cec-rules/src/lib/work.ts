import type { EvaluationContext, PreparedCredential } from './context';
import { shiftYears, type DayNumber } from './dates';
import { HOURS_TOLERANCE, hoursBetween, type RegimeSeries } from './hours';
import type { Regime, StreamSpec } from './rule-sets';
import type { EducationLevel, OccupationGroup } from './types';

export const POST_SECONDARY_LEVELS: ReadonlySet<EducationLevel> = new Set<EducationLevel>([
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'professional',
  'doctoral',
]);

export type StreamStatus = 'met' | 'needs_review' | 'not_met';

export interface StreamOutcome {
  spec: StreamSpec;
  fromDay: DayNumber;
  /** Exclusive: the application date. */
  toDay: DayNumber;
  credential: PreparedCredential | null;
  countingHours: number;
  sureHours: number;
  uncertainHours: number;
  withoutStatusHours: number;
  teer0or1Hours: number;
  teer2or3Hours: number;
  status: StreamStatus;
  /** Why a stream is needs_review: uncertain hours, or hours that rest on the 2022 NOC switch. */
  reviewReason: 'uncertain_hours' | 'reclassified_hours' | null;
}

export interface WorkAssessment {
  regime: Regime;
  streams: StreamOutcome[];
  reported: StreamOutcome;
  status: StreamStatus;
  mainGroup: OccupationGroup;
  graduateCredentialMissing: boolean;
}

const RANK: Record<StreamStatus, number> = { not_met: 0, needs_review: 1, met: 2 };

export function reaches(hours: number, required: number): boolean {
  return hours >= required - HOURS_TOLERANCE;
}

/** The earliest Canadian full-time post-secondary credential that opens the graduate stream. */
export function graduateCredential(
  credentials: readonly PreparedCredential[],
  minDurationYears: number,
  beforeDay: DayNumber,
): PreparedCredential | null {
  let earliest: PreparedCredential | null = null;
  for (const credential of credentials) {
    const qualifies =
      credential.inCanada &&
      credential.fullTime &&
      POST_SECONDARY_LEVELS.has(credential.level) &&
      credential.durationYears >= minDurationYears &&
      credential.completedDay < beforeDay;
    if (qualifies && (earliest === null || credential.completedDay < earliest.completedDay)) {
      earliest = credential;
    }
  }
  return earliest;
}

/** First day of the counting window for an application made on `applicationDay`. */
export function windowStart(
  spec: StreamSpec,
  applicationDay: DayNumber,
  credential: PreparedCredential | null,
): DayNumber {
  const start = shiftYears(applicationDay, -spec.windowYears);
  // Graduate stream: only work on days strictly after the credential was obtained.
  return credential ? Math.max(start, credential.completedDay + 1) : start;
}

function streamStatus(counting: number, sure: number, withUncertain: number, required: number) {
  if (reaches(counting, required)) {
    return reaches(sure, required)
      ? { status: 'met' as const, reviewReason: null }
      : { status: 'needs_review' as const, reviewReason: 'reclassified_hours' as const };
  }
  if (reaches(withUncertain, required)) {
    return { status: 'needs_review' as const, reviewReason: 'uncertain_hours' as const };
  }
  return { status: 'not_met' as const, reviewReason: null };
}

export function evaluateStream(
  series: RegimeSeries,
  spec: StreamSpec,
  asOf: DayNumber,
  credential: PreparedCredential | null,
): StreamOutcome {
  const fromDay = windowStart(spec, asOf, credential);
  const counting = hoursBetween(series.counting, fromDay, asOf);
  const sure = hoursBetween(series.countingSure, fromDay, asOf);
  const withUncertain = hoursBetween(series.withUncertain, fromDay, asOf);
  const { status, reviewReason } = streamStatus(counting, sure, withUncertain, spec.requiredHours);
  return {
    spec,
    fromDay,
    toDay: asOf,
    credential,
    countingHours: counting,
    sureHours: sure,
    uncertainHours: Math.max(0, withUncertain - counting),
    withoutStatusHours: hoursBetween(series.withoutStatus, fromDay, asOf),
    teer0or1Hours: hoursBetween(series.teer0or1, fromDay, asOf),
    teer2or3Hours: hoursBetween(series.teer2or3, fromDay, asOf),
    status,
    reviewReason,
  };
}

export function mainOccupationGroup(stream: StreamOutcome): OccupationGroup {
  return stream.teer2or3Hours > stream.teer0or1Hours ? 'teer2or3' : 'teer0or1';
}

export function assessWork(context: EvaluationContext, regime: Regime): WorkAssessment {
  const series = context.seriesFor(regime);
  const streams: StreamOutcome[] = [];
  let graduateCredentialMissing = false;
  for (const spec of regime.ruleSet.streams) {
    if (spec.credential === null) {
      streams.push(evaluateStream(series, spec, context.asOf, null));
      continue;
    }
    const credential = graduateCredential(
      context.credentials,
      spec.credential.minDurationYears,
      context.asOf,
    );
    if (credential) streams.push(evaluateStream(series, spec, context.asOf, credential));
    else graduateCredentialMissing = true;
  }
  // Streams are listed graduate first: a later stream is reported unless an earlier one is
  // strictly better.
  const reported = streams.reduceRight((best, stream) =>
    RANK[stream.status] > RANK[best.status] ? stream : best,
  );
  return {
    regime,
    streams,
    reported,
    status: reported.status,
    mainGroup: mainOccupationGroup(reported),
    graduateCredentialMissing,
  };
}
