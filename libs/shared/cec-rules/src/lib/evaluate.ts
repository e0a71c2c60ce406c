import { createContext, type EvaluationContext } from './context';
import {
  admissibilityCriterion,
  canadianEducationCriterion,
  languageCriterion,
  outcomeOf,
  residenceCriterion,
  statusCriterion,
  workCriterion,
} from './criteria';
import { computeCrs } from './crs';
import { crsGridFor } from './crs-grid';
import { toDay, toIsoDate, todayInToronto } from './dates';
import { CecValidationError, NoRulesInForceError } from './errors';
import { jobNotes } from './job-notes';
import { assessLanguage } from './language';
import { earliestEligibleDay } from './projection';
import { FIRST_RULES_DATE, regimeFor, ruleSetRef } from './rule-sets';
import { wholeHours } from './texts-format';
import { hoursTimeline } from './timeline';
import type {
  CecProfile,
  CecResult,
  CecWarning,
  CriterionResult,
  EvaluateOptions,
  WorkSummary,
} from './types';
import { validateCecProfile } from './validation';
import { ENGINE_VERSION } from './version';
import { ageOutWarning, languageExpiryWarning, reclassifiedWarning } from './warnings';
import { assessWork, mainOccupationGroup, type WorkAssessment } from './work';

function workSummary(work: WorkAssessment, context: EvaluationContext): WorkSummary {
  const stream = work.reported;
  return {
    stream: stream.spec.id,
    windowFrom: toIsoDate(stream.fromDay),
    windowTo: toIsoDate(stream.toDay - 1),
    requiredHours: stream.spec.requiredHours,
    uncertainHours: wholeHours(stream.uncertainHours),
    hoursWithoutTemporaryStatus: wholeHours(stream.withoutStatusHours),
    mainOccupationGroup: mainOccupationGroup(stream),
    hoursTeer0or1: wholeHours(stream.teer0or1Hours),
    hoursTeer2or3: wholeHours(stream.teer2or3Hours),
    // The series the reported stream was evaluated with (cached per regime).
    timeline: hoursTimeline(context.seriesFor(work.regime).counting, stream),
  };
}

/**
 * Evaluates a profile against the CEC rules in force on its `asOf` (default: today in
 * America/Toronto). Throws CecValidationError for a malformed profile (HTTP 400) and
 * NoRulesInForceError when asOf is before 2008-09-17 (HTTP 422). Pure: no I/O.
 */
export function evaluateCec(profile: CecProfile, options: EvaluateOptions = {}): CecResult {
  const today = options.today ?? todayInToronto();
  const validation = validateCecProfile(profile, today);
  if (!validation.ok) throw new CecValidationError(validation.errors);
  const checked = validation.profile;
  const asOfIso = checked.asOf ?? today;
  const asOf = toDay(asOfIso);
  const regime = regimeFor(asOf);
  if (!regime) throw new NoRulesInForceError(asOfIso, FIRST_RULES_DATE);
  const ruleSet = regime.ruleSet;

  const context = createContext(checked, asOf, asOfIso);
  const work = assessWork(context, regime);
  const notes = jobNotes(context.jobs, regime, work.reported.fromDay, asOf);
  const requiredClb = work.mainGroup === 'teer0or1' ? ruleSet.clbTeer0or1 : ruleSet.clbTeer2or3;
  const language = assessLanguage(context.tests, asOf, ruleSet, work.reported, requiredClb);

  const criteria: CriterionResult[] = [
    workCriterion(work, notes, asOf),
    languageCriterion(language, work, asOf),
    statusCriterion(context, regime),
    residenceCriterion(context, regime),
    admissibilityCriterion(context, regime),
  ];
  const education = canadianEducationCriterion(context, regime);
  if (education) criteria.push(education);

  const othersMet = criteria.every(
    (c) => c.id === 'canadian_work_experience' || c.status !== 'not_met',
  );
  const ongoingJob = context.jobs.some((job) => !Number.isFinite(job.endDay));
  const earliest =
    work.status === 'not_met' && othersMet && ongoingJob ? earliestEligibleDay(context) : null;

  const warnings = [
    languageExpiryWarning(language, asOf),
    ageOutWarning(context, work),
    reclassifiedWarning(context, work, notes),
  ].filter((warning): warning is CecWarning => warning !== null);

  const grid = crsGridFor(asOf);
  const chosen = language.chosen;
  return {
    program: 'CEC',
    engineVersion: ENGINE_VERSION,
    asOf: asOfIso,
    ruleSet: ruleSetRef(ruleSet),
    outcome: outcomeOf(criteria),
    criteria,
    canadianSkilledHours: wholeHours(work.reported.countingHours),
    work: workSummary(work, context),
    language: {
      test: chosen?.test ?? null,
      testDate: chosen?.testDate ?? null,
      clb: chosen ? { ...chosen.clb } : null,
      requiredClb,
    },
    earliestEligibleDate: earliest === null ? null : toIsoDate(earliest),
    warnings,
    crs: grid ? computeCrs(context, grid, context.seriesFor(regime).counting) : null,
  };
}
