import type { Outcome } from '@intake/shared/cec-rules';
import type { AssessmentSummaryDto } from '@intake/shared/contracts';

/** What differs between an assessment and the one run before it. */
export interface AssessmentChange {
  /** No earlier assessment to compare with. */
  first: boolean;
  outcome: { from: Outcome; to: Outcome } | null;
  /** CRS points gained (+) or lost (−); null when either assessment has no CRS. */
  crsDelta: number | null;
  /** The CRS appeared or disappeared (e.g. an application date before the 2025 grid). */
  crsAvailability: 'gained' | 'lost' | null;
  hoursDelta: number;
  ruleSet: { from: string; to: string } | null;
  asOf: { from: string; to: string } | null;
  /** Nothing above changed. */
  unchanged: boolean;
}

export interface HistoryEntry {
  summary: AssessmentSummaryDto;
  change: AssessmentChange;
}

/** Compares an assessment with the previous one (the one run just before it). */
export function compareAssessments(
  current: AssessmentSummaryDto,
  previous: AssessmentSummaryDto | null | undefined,
): AssessmentChange {
  if (!previous) {
    return {
      first: true,
      outcome: null,
      crsDelta: null,
      crsAvailability: null,
      hoursDelta: 0,
      ruleSet: null,
      asOf: null,
      unchanged: false,
    };
  }
  const outcome =
    current.outcome !== previous.outcome ? { from: previous.outcome, to: current.outcome } : null;
  const crsDelta =
    current.crsTotal !== null && previous.crsTotal !== null
      ? current.crsTotal - previous.crsTotal
      : null;
  const crsAvailability =
    current.crsTotal !== null && previous.crsTotal === null
      ? 'gained'
      : current.crsTotal === null && previous.crsTotal !== null
        ? 'lost'
        : null;
  const hoursDelta = current.canadianSkilledHours - previous.canadianSkilledHours;
  const ruleSet =
    current.ruleSetId !== previous.ruleSetId
      ? { from: previous.ruleSetId, to: current.ruleSetId }
      : null;
  const asOf = current.asOf !== previous.asOf ? { from: previous.asOf, to: current.asOf } : null;
  return {
    first: false,
    outcome,
    crsDelta,
    crsAvailability,
    hoursDelta,
    ruleSet,
    asOf,
    unchanged:
      outcome === null &&
      (crsDelta === null || crsDelta === 0) &&
      crsAvailability === null &&
      hoursDelta === 0 &&
      ruleSet === null &&
      asOf === null,
  };
}

/**
 * The history as listed by the API (newest first), each entry compared with the one after it
 * in the list, i.e. the assessment run just before it.
 */
export function historyWithChanges(list: readonly AssessmentSummaryDto[]): HistoryEntry[] {
  const ordered = [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return ordered.map((summary, index) => ({
    summary,
    change: compareAssessments(summary, ordered[index + 1]),
  }));
}
