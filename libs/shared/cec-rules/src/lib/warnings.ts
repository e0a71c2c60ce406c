import { resultExpiryDay } from './clb';
import type { EvaluationContext } from './context';
import { toIsoDate } from './dates';
import { hoursBetween } from './hours';
import type { JobNote } from './job-notes';
import type { LanguageAssessment } from './language';
import { ageOutDay } from './projection';
import { NOC_RECLASSIFICATION_DATE } from './noc';
import { ageOutText, reclassifiedText, testExpiresText } from './texts-warnings';
import type { CecWarning } from './types';
import type { WorkAssessment } from './work';

/** Days before expiry from which the language result warning is given. */
export const EXPIRY_WARNING_DAYS = 180;

export function languageExpiryWarning(
  language: LanguageAssessment,
  asOf: number,
): CecWarning | null {
  const chosen = language.chosen;
  if (!chosen) return null;
  const expiry = resultExpiryDay(chosen.testDay);
  if (expiry - asOf > EXPIRY_WARNING_DAYS) return null;
  const text = testExpiresText(chosen.test, chosen.testDate, expiry, asOf);
  return {
    code: 'LANGUAGE_TEST_EXPIRES',
    date: toIsoDate(expiry),
    detail: text.en,
    detailFr: text.fr,
  };
}

export function ageOutWarning(context: EvaluationContext, work: WorkAssessment): CecWarning | null {
  if (work.status !== 'met') return null;
  const day = ageOutDay(context, work.reported.spec.id);
  if (day === null) return null;
  const text = ageOutText(day, context.asOf, work.reported.spec.requiredHours);
  return { code: 'HOURS_AGE_OUT', date: toIsoDate(day), detail: text.en, detailFr: text.fr };
}

export function reclassifiedWarning(
  context: EvaluationContext,
  work: WorkAssessment,
  notes: readonly JobNote[],
): CecWarning | null {
  const series = context.seriesFor(work.regime);
  const stream = work.reported;
  const doubtful =
    hoursBetween(series.counting, stream.fromDay, stream.toDay) -
    hoursBetween(series.countingSure, stream.fromDay, stream.toDay);
  if (doubtful <= 1e-9) return null;
  const codes = [...new Set(notes.filter((n) => n.reclassifiedBefore2022).map((n) => n.noc))];
  const text = reclassifiedText(doubtful, codes);
  return {
    code: 'NOC_2021_RECLASSIFIED',
    date: NOC_RECLASSIFICATION_DATE,
    detail: text.en,
    detailFr: text.fr,
  };
}
