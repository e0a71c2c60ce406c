import type { EvaluationContext, PreparedCredential } from './context';
import { shiftYears, type DayNumber } from './dates';
import { HOURS_TOLERANCE, hoursBetween, type RegimeSeries } from './hours';
import { nextRegimeBoundary, regimeFor, type StreamSpec } from './rule-sets';
import type { WorkStream } from './types';
import { graduateCredential, windowStart } from './work';

/** How far ahead the earliest eligible date is looked for. */
export const PROJECTION_YEARS = 3;

interface Probe {
  spec: StreamSpec;
  credential: PreparedCredential | null;
}

interface RegimeView {
  series: RegimeSeries;
  probes: Probe[];
  endDay: DayNumber;
}

function probesFor(context: EvaluationContext, specs: readonly StreamSpec[]): Probe[] {
  const probes: Probe[] = [];
  for (const spec of specs) {
    if (spec.credential === null) {
      probes.push({ spec, credential: null });
      continue;
    }
    // Everything dated after asOf is ignored, so the credential is the one known on asOf.
    const credential = graduateCredential(
      context.credentials,
      spec.credential.minDurationYears,
      context.asOf + 1,
    );
    if (credential) probes.push({ spec, credential });
  }
  return probes;
}

function regimeView(
  context: EvaluationContext,
  day: DayNumber,
  pickStreams: (specs: readonly StreamSpec[]) => readonly StreamSpec[],
): RegimeView {
  const regime = regimeFor(day);
  if (!regime) throw new RangeError('no rule set in force on a projected date');
  return {
    series: context.seriesFor(regime),
    probes: probesFor(context, pickStreams(regime.ruleSet.streams)),
    endDay: nextRegimeBoundary(day),
  };
}

function hoursFor(probe: Probe, series: RegimeSeries, day: DayNumber, workUntil: DayNumber) {
  const fromDay = windowStart(probe.spec, day, probe.credential);
  return hoursBetween(series.counting, fromDay, Math.min(day, workUntil));
}

/**
 * The first application date after asOf (at most 3 years ahead) on which the hours are met,
 * with ongoing jobs continuing at the same hours. Each date is judged under its own rule set.
 * Hours can grow by at most cap / 7 a day, so dates that cannot close the gap are skipped.
 */
export function earliestEligibleDay(context: EvaluationContext): DayNumber | null {
  const lastDay = shiftYears(context.asOf, PROJECTION_YEARS);
  let view: RegimeView | null = null;
  let day = context.asOf + 1;
  while (day <= lastDay) {
    if (view === null || day >= view.endDay) view = regimeView(context, day, (specs) => specs);
    let jump = Number.POSITIVE_INFINITY;
    for (const probe of view.probes) {
      const deficit =
        probe.spec.requiredHours - HOURS_TOLERANCE - hoursFor(probe, view.series, day, day);
      if (deficit <= 0) return day;
      jump = Math.min(jump, Math.max(1, Math.floor((deficit * 7) / view.series.cap)));
    }
    if (!Number.isFinite(jump)) return null;
    day = Math.min(day + jump, view.endDay);
  }
  return null;
}

/**
 * The first application date after asOf on which, with no work on or after asOf, the hours fall
 * below the threshold of the rule set in force on that date (for `stream` where it exists).
 * Hours can drop by at most 2 days' worth a day (29 February), so safe dates are skipped.
 */
export function ageOutDay(context: EvaluationContext, stream: WorkStream): DayNumber | null {
  const lastDay = shiftYears(context.asOf, PROJECTION_YEARS) + 1;
  const pick = (specs: readonly StreamSpec[]): StreamSpec[] => {
    const same = specs.find((spec) => spec.id === stream);
    return [same ?? specs[specs.length - 1]];
  };
  let view: RegimeView | null = null;
  let day = context.asOf + 1;
  while (day <= lastDay) {
    if (view === null || day >= view.endDay) view = regimeView(context, day, pick);
    const probe = view.probes[0];
    if (!probe) return day;
    const hours = hoursFor(probe, view.series, day, context.asOf);
    const surplus = hours - (probe.spec.requiredHours - HOURS_TOLERANCE);
    if (surplus < 0) return day;
    const jump = Math.max(1, Math.floor((surplus * 7) / (2 * view.series.cap)));
    day = Math.min(day + jump, view.endDay);
  }
  return null;
}
