import ruleSetsFile from '../data/rule-sets.json';
import { toDay, type DayNumber } from './dates';
import type { CriterionId, IsoDate, RuleSetId, RuleSetRef, WorkStream } from './types';

export type SkilledScheme = 'noc2016-0-A-B' | 'teer-0-1-2-3';

export interface StreamSpec {
  id: WorkStream;
  windowYears: number;
  requiredHours: number;
  requiredMonths: number;
  credential: { minDurationYears: number } | null;
}

export interface RuleSet {
  id: RuleSetId;
  title: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  fromDay: DayNumber;
  toDay: DayNumber;
  fullTimeHoursPerWeek: number;
  skilled: SkilledScheme;
  streams: StreamSpec[];
  clbTeer0or1: number;
  clbTeer2or3: number;
  sources: Record<CriterionId | 'application_from_outside_canada', string>;
}

interface StreamShape {
  id: string;
  windowYears: number;
  requiredHours: number;
  requiredMonths: number;
  afterCanadianCredential?: { minDurationYears: number };
}
interface RuleSetShape {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  fullTimeHoursPerWeek: number;
  skilledOccupations: string;
  streams: StreamShape[];
  languageClb: { teer0or1: number; teer2or3: number };
  sources: Partial<Record<string, string>>;
}
interface OccupationRuleShape {
  ruleSets?: string[];
  applicationFrom?: string;
  applicationTo?: string;
  workBefore?: string;
  nocCodes?: string[];
  source: string;
}
interface RuleSetsShape {
  meta: { no_rules_before: string };
  ruleSets: RuleSetShape[];
  occupationRules: {
    mi10Ineligible: OccupationRuleShape;
    physicianSelfEmployed: OccupationRuleShape;
    nocReclassification2022: OccupationRuleShape;
  };
}

const data: RuleSetsShape = ruleSetsFile;

function oneOf<T extends string>(value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`rule-sets.json: unexpected value ${value}`);
  return found;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`rule-sets.json: missing ${what}`);
  return value;
}

function loadRuleSet(shape: RuleSetShape): RuleSet {
  const source = (id: string): string => required(shape.sources[id], `${shape.id} source ${id}`);
  return {
    id: oneOf(shape.id, ['cec-2008', 'cec-2013', 'cec-2022'] as const),
    title: shape.title,
    effectiveFrom: shape.effectiveFrom,
    effectiveTo: shape.effectiveTo,
    fromDay: toDay(shape.effectiveFrom),
    toDay: shape.effectiveTo === null ? Number.POSITIVE_INFINITY : toDay(shape.effectiveTo),
    fullTimeHoursPerWeek: shape.fullTimeHoursPerWeek,
    skilled: oneOf(shape.skilledOccupations, ['noc2016-0-A-B', 'teer-0-1-2-3'] as const),
    streams: shape.streams.map((stream) => ({
      id: oneOf(stream.id, ['single', 'graduate', 'worker'] as const),
      windowYears: stream.windowYears,
      requiredHours: stream.requiredHours,
      requiredMonths: stream.requiredMonths,
      credential: stream.afterCanadianCredential
        ? { minDurationYears: stream.afterCanadianCredential.minDurationYears }
        : null,
    })),
    clbTeer0or1: shape.languageClb.teer0or1,
    clbTeer2or3: shape.languageClb.teer2or3,
    sources: {
      canadian_work_experience: source('canadian_work_experience'),
      language: source('language'),
      temporary_status: source('temporary_status'),
      residence_outside_quebec: source('residence_outside_quebec'),
      admissibility: source('admissibility'),
      canadian_education: shape.sources['canadian_education'] ?? source('canadian_work_experience'),
      application_from_outside_canada:
        shape.sources['application_from_outside_canada'] ?? source('temporary_status'),
    },
  };
}

export const RULE_SETS: readonly RuleSet[] = data.ruleSets.map(loadRuleSet);
export const FIRST_RULES_DATE: IsoDate = data.meta.no_rules_before;

/** The rule set in force for an application made on `day`, or undefined before 2008-09-17. */
export function ruleSetFor(day: DayNumber): RuleSet | undefined {
  return RULE_SETS.find((ruleSet) => day >= ruleSet.fromDay && day <= ruleSet.toDay);
}

export function ruleSetRef(ruleSet: RuleSet): RuleSetRef {
  return { id: ruleSet.id, effectiveFrom: ruleSet.effectiveFrom, effectiveTo: ruleSet.effectiveTo };
}

export interface OccupationRule {
  ruleSets: readonly RuleSetId[] | null;
  fromDay: DayNumber;
  toDay: DayNumber;
  workBeforeDay: DayNumber;
  nocCodes: ReadonlySet<string>;
  source: string;
}

function loadOccupationRule(shape: OccupationRuleShape): OccupationRule {
  return {
    ruleSets: shape.ruleSets
      ? shape.ruleSets.map((id) => oneOf(id, ['cec-2008', 'cec-2013', 'cec-2022'] as const))
      : null,
    fromDay: shape.applicationFrom ? toDay(shape.applicationFrom) : Number.NEGATIVE_INFINITY,
    toDay: shape.applicationTo ? toDay(shape.applicationTo) : Number.POSITIVE_INFINITY,
    workBeforeDay: shape.workBefore ? toDay(shape.workBefore) : Number.POSITIVE_INFINITY,
    nocCodes: new Set(shape.nocCodes ?? []),
    source: shape.source,
  };
}

export const MI10_INELIGIBLE = loadOccupationRule(data.occupationRules.mi10Ineligible);
export const PHYSICIAN_SELF_EMPLOYED = loadOccupationRule(
  data.occupationRules.physicianSelfEmployed,
);
export const NOC_RECLASSIFICATION = loadOccupationRule(
  data.occupationRules.nocReclassification2022,
);

function ruleApplies(rule: OccupationRule, ruleSet: RuleSet, day: DayNumber): boolean {
  const inRuleSet = rule.ruleSets === null || rule.ruleSets.includes(ruleSet.id);
  return inRuleSet && day >= rule.fromDay && day <= rule.toDay;
}

/** Everything that decides how a job is classified for an application made on a given day. */
export interface Regime {
  key: string;
  ruleSet: RuleSet;
  mi10Uncertain: boolean;
  physicianSelfEmployedUncertain: boolean;
  reclassificationReview: boolean;
}

export function regimeFor(day: DayNumber): Regime | undefined {
  const ruleSet = ruleSetFor(day);
  if (!ruleSet) return undefined;
  const mi10Uncertain = ruleApplies(MI10_INELIGIBLE, ruleSet, day);
  const physicianSelfEmployedUncertain = ruleApplies(PHYSICIAN_SELF_EMPLOYED, ruleSet, day);
  const reclassificationReview = ruleApplies(NOC_RECLASSIFICATION, ruleSet, day);
  const flags = [mi10Uncertain, physicianSelfEmployedUncertain, reclassificationReview];
  return {
    key: `${ruleSet.id}|${flags.map((flag) => (flag ? 1 : 0)).join('')}`,
    ruleSet,
    mi10Uncertain,
    physicianSelfEmployedUncertain,
    reclassificationReview,
  };
}

/** Every day on which `regimeFor` may give a different answer than the day before. */
const REGIME_BOUNDARIES: readonly number[] = [
  ...RULE_SETS.flatMap((ruleSet) => [ruleSet.fromDay, ruleSet.toDay + 1]),
  ...[MI10_INELIGIBLE, PHYSICIAN_SELF_EMPLOYED, NOC_RECLASSIFICATION].flatMap((rule) => [
    rule.fromDay,
    rule.toDay + 1,
  ]),
]
  .filter((day) => Number.isFinite(day))
  .sort((a, b) => a - b);

/** The first day after `day` on which the regime may change (+Infinity if none). */
export function nextRegimeBoundary(day: DayNumber): DayNumber {
  return REGIME_BOUNDARIES.find((boundary) => boundary > day) ?? Number.POSITIVE_INFINITY;
}
