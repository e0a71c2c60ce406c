import type { EvaluationContext } from './context';
import { shiftYears } from './dates';
import { hoursBetween } from './hours';
import type { JobNote } from './job-notes';
import type { LanguageAssessment } from './language';
import type { Regime } from './rule-sets';
import { statusOn } from './status';
import {
  admissibilityDetail,
  canadianEducationDetail,
  languageDetail,
  residenceDetail,
  statusDetail,
  type StatusReason,
} from './texts-criteria';
import type { Bilingual } from './texts-format';
import { workDetail } from './texts-work';
import type { CriterionId, CriterionResult, CriterionStatus, Outcome } from './types';
import { graduateCredential, type WorkAssessment } from './work';

function criterion(
  id: CriterionId,
  status: CriterionStatus,
  text: Bilingual,
  source: string,
): CriterionResult {
  return { id, status, detail: text.en, detailFr: text.fr, source };
}

export function workCriterion(
  work: WorkAssessment,
  notes: readonly JobNote[],
  asOf: number,
): CriterionResult {
  return criterion(
    'canadian_work_experience',
    work.status,
    workDetail(work, notes, asOf),
    work.regime.ruleSet.sources.canadian_work_experience,
  );
}

export function languageCriterion(
  assessment: LanguageAssessment,
  work: WorkAssessment,
  asOf: number,
): CriterionResult {
  const text = languageDetail({
    assessment,
    ruleSet: work.regime.ruleSet,
    mainGroup: work.mainGroup,
    teer0or1Hours: work.reported.teer0or1Hours,
    teer2or3Hours: work.reported.teer2or3Hours,
    asOf,
  });
  return criterion('language', assessment.status, text, work.regime.ruleSet.sources.language);
}

interface StatusAssessment {
  status: CriterionStatus;
  reason: StatusReason;
  hoursWithoutStatus: number;
}

/** Temporary resident status: PR/citizen on asOf, missing history, unrecorded work days. */
export function assessTemporaryStatus(
  context: EvaluationContext,
  regime: Regime,
): StatusAssessment {
  const widestYears = Math.max(...regime.ruleSet.streams.map((stream) => stream.windowYears));
  const series = context.seriesFor(regime);
  const hoursWithoutStatus = hoursBetween(
    series.withoutStatus,
    shiftYears(context.asOf, -widestYears),
    context.asOf,
  );
  if (!context.timeline.empty && statusOn(context.timeline, context.asOf) === 'permanent') {
    return { status: 'not_met', reason: 'permanent_on_application_date', hoursWithoutStatus };
  }
  if (context.timeline.empty)
    return { status: 'needs_review', reason: 'no_history', hoursWithoutStatus };
  if (hoursWithoutStatus > 0) {
    return { status: 'needs_review', reason: 'unrecorded_days', hoursWithoutStatus };
  }
  return { status: 'met', reason: 'covered', hoursWithoutStatus };
}

export function statusCriterion(context: EvaluationContext, regime: Regime): CriterionResult {
  const assessment = assessTemporaryStatus(context, regime);
  const temporaryOnAsOf = statusOn(context.timeline, context.asOf) === 'temporary';
  return criterion(
    'temporary_status',
    assessment.status,
    statusDetail(
      assessment.reason,
      assessment.hoursWithoutStatus,
      context.asOf,
      regime.ruleSet,
      temporaryOnAsOf,
    ),
    regime.ruleSet.sources.temporary_status,
  );
}

export function residenceCriterion(context: EvaluationContext, regime: Regime): CriterionResult {
  const province = context.profile.intendedProvince;
  return criterion(
    'residence_outside_quebec',
    province === 'QC' ? 'not_met' : 'met',
    residenceDetail(province),
    regime.ruleSet.sources.residence_outside_quebec,
  );
}

export function admissibilityCriterion(
  context: EvaluationContext,
  regime: Regime,
): CriterionResult {
  const concerns = context.profile.admissibilityConcerns === true;
  // Work in Canada without authorization is also a ground of inadmissibility (IRPA s.41).
  const unauthorized = context.jobs
    .filter((job) => job.inCanada && !job.authorized)
    .map((job) => job.index);
  return criterion(
    'admissibility',
    concerns || unauthorized.length > 0 ? 'needs_review' : 'not_assessed',
    admissibilityDetail(concerns, unauthorized),
    regime.ruleSet.sources.admissibility,
  );
}

/** Only for rule sets with a graduate stream (cec-2008). */
export function canadianEducationCriterion(
  context: EvaluationContext,
  regime: Regime,
): CriterionResult | null {
  const graduate = regime.ruleSet.streams.find((stream) => stream.credential !== null);
  if (!graduate?.credential) return null;
  const credential = graduateCredential(
    context.credentials,
    graduate.credential.minDurationYears,
    context.asOf,
  );
  return criterion(
    'canadian_education',
    credential ? 'met' : 'not_assessed',
    canadianEducationDetail(credential, context.asOf),
    regime.ruleSet.sources.canadian_education,
  );
}

export function outcomeOf(criteria: readonly CriterionResult[]): Outcome {
  if (criteria.some((c) => c.status === 'not_met')) return 'not_eligible';
  if (criteria.some((c) => c.status === 'needs_review')) return 'needs_review';
  return 'eligible';
}
