// A deliberately naive model of the contract's counting rules for cec-2022 (a value per
// calendar day, JavaScript Date arithmetic, plain sums), used to cross-check the engine.
// `naiveTimeline` also takes another window start and weekly cap (cec-2008 streams, for
// occupations whose eligibility did not change in 2022).
import type { CecProfile } from '../src/lib/types';

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    DAY_MS
  );
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` moved by `years` (negative: back), 29 February becoming 28 February. */
export function yearsBack(iso: string, years: number): number {
  const year = Number(iso.slice(0, 4)) - years;
  const month = Number(iso.slice(5, 7)) - 1;
  const day = Number(iso.slice(8, 10));
  const candidate = new Date(Date.UTC(year, month, day));
  return candidate.getUTCMonth() === month
    ? candidate.getTime() / DAY_MS
    : Date.UTC(year, month, 28) / DAY_MS;
}

const TEMPORARY = new Set(['work_permit', 'study_permit', 'visitor', 'maintained']);

function temporaryOn(profile: CecProfile, day: number, asOf: number): boolean {
  if (profile.statusHistory.length === 0) return true;
  let temporary = false;
  for (const entry of profile.statusHistory) {
    const from = dayOf(entry.from);
    if (from > asOf) continue;
    const to = entry.to === null ? Infinity : dayOf(entry.to);
    if (day < from || day > to) continue;
    if (!TEMPORARY.has(entry.type)) return false;
    temporary = true;
  }
  return temporary;
}

/** Weekly hours (capped at `cap`) that count on `day`, ongoing jobs continuing for ever. */
function weeklyHours(profile: CecProfile, day: number, asOf: number, cap = 30): number {
  if (!temporaryOn(profile, day, asOf)) return 0;
  let sum = 0;
  for (const work of profile.work) {
    const start = dayOf(work.start);
    if (start >= asOf) continue;
    const end = work.end === null ? Infinity : dayOf(work.end);
    const teer = Number(work.noc[1]);
    const counts =
      work.country === 'CA' &&
      work.authorized &&
      !work.selfEmployed &&
      !work.whileFullTimeStudent &&
      teer <= 3;
    if (counts && day >= start && day <= end) sum += work.hoursPerWeek;
  }
  return Math.min(cap, sum);
}

interface Days {
  first: number;
  weekly: number[];
}

const cache = new WeakMap<CecProfile, Map<string, Days>>();

function days(profile: CecProfile, asOfIso: string): Days {
  const perProfile = cache.get(profile) ?? new Map<string, Days>();
  cache.set(profile, perProfile);
  const cached = perProfile.get(asOfIso);
  if (cached) return cached;
  const asOf = dayOf(asOfIso);
  const first = yearsBack(asOfIso, 3) - 2;
  const last = yearsBack(asOfIso, -3) + 2;
  const weekly: number[] = [];
  for (let day = first; day <= last; day += 1) weekly.push(weeklyHours(profile, day, asOf));
  const result = { first, weekly };
  perProfile.set(asOfIso, result);
  return result;
}

/** Counting hours of an application made on `applicationIso` (default asOf). */
export function naiveHours(
  profile: CecProfile,
  asOfIso: string,
  options: { applicationIso?: string; noWorkFromAsOf?: boolean } = {},
): number {
  const asOf = dayOf(asOfIso);
  const applicationIso = options.applicationIso ?? asOfIso;
  const application = dayOf(applicationIso);
  const workBefore = options.noWorkFromAsOf ? asOf : application;
  const { first, weekly } = days(profile, asOfIso);
  let weeklySum = 0;
  for (let day = yearsBack(applicationIso, 3); day < Math.min(application, workBefore); day += 1) {
    weeklySum += weekly[day - first];
  }
  return weeklySum / 7;
}

export function naiveEarliestEligible(profile: CecProfile, asOfIso: string): string | null {
  const asOf = dayOf(asOfIso);
  for (let day = asOf + 1; day <= yearsBack(asOfIso, -3); day += 1) {
    if (naiveHours(profile, asOfIso, { applicationIso: isoOf(day) }) >= 1560 - 1e-6)
      return isoOf(day);
  }
  return null;
}

export function naiveAgeOut(profile: CecProfile, asOfIso: string): string | null {
  const asOf = dayOf(asOfIso);
  for (let day = asOf + 1; day <= yearsBack(asOfIso, -3) + 1; day += 1) {
    const hours = naiveHours(profile, asOfIso, {
      applicationIso: isoOf(day),
      noWorkFromAsOf: true,
    });
    if (hours < 1560 - 1e-6) return isoOf(day);
  }
  return null;
}

/**
 * The qualifying-hours chart, day by day: the running sum of the counting hours of the days in
 * `[from, date)`, read on `from` (default `asOf − 3 years`), on every 1st of a month inside the
 * window and on `asOf`, each rounded down. `cap` is the full-time week (37.5 under cec-2008).
 */
export function naiveTimeline(
  profile: CecProfile,
  asOfIso: string,
  options: { fromIso?: string; cap?: number } = {},
): { date: string; hours: number }[] {
  const asOf = dayOf(asOfIso);
  const from = options.fromIso === undefined ? yearsBack(asOfIso, 3) : dayOf(options.fromIso);
  const points: { date: string; hours: number }[] = [];
  let weeklySum = 0;
  for (let day = from; day <= asOf; day += 1) {
    const iso = isoOf(day);
    if (day === from || day === asOf || iso.endsWith('-01')) {
      points.push({ date: iso, hours: Math.floor(weeklySum / 7 + 1e-6) });
    }
    weeklySum += weeklyHours(profile, day, asOf, options.cap);
  }
  return points;
}
