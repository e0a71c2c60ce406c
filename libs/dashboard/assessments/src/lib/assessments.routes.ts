import type { Routes, UrlMatchResult, UrlSegment } from '@angular/router';
import { CalculatorPage } from './calculator/calculator-page';
import { ClientAssessmentPage } from './client-page/client-assessment-page';

/**
 * `''` or `':assessmentId'` in ONE route, so moving between a client's assessments keeps the
 * page (and its loaded client and history) instead of re-creating it.
 */
export function optionalAssessmentId(segments: UrlSegment[]): UrlMatchResult | null {
  if (segments.length === 0) {
    return { consumed: [] };
  }
  if (segments.length === 1) {
    return { consumed: segments, posParams: { assessmentId: segments[0] } };
  }
  return null;
}

/**
 * Lazy routes mounted by the app at `clients/:clientId/assessments` (the parent has no component,
 * so `clientId` reaches the page as an input).
 */
export const clientAssessmentRoutes: Routes = [
  { matcher: optionalAssessmentId, component: ClientAssessmentPage, title: 'assessments.page.title' },
];

/** Lazy routes mounted by the app at `assessments`: the quick calculator. */
export const calculatorRoutes: Routes = [
  { path: '', component: CalculatorPage, title: 'assessments.calculator.title' },
];
