import { TestBed } from '@angular/core/testing';
import { LanguageService } from '@intake/dashboard/core';
import type { CecResult } from '@intake/shared/cec-rules';
import { ELIGIBLE_RESULT } from '../testing/result-fixture';
import { testProviders } from '../testing/test-providers';
import { AssessmentResult } from './assessment-result';
import { chartInputOf } from './hours-chart';

describe('AssessmentResult', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: testProviders() }));

  async function render(result: CecResult): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(AssessmentResult);
    fixture.componentRef.setInput('result', result);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const all = (root: HTMLElement, testId: string): HTMLElement[] =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));

  it('shows the engine numbers exactly: outcome, CRS, hours, criteria', async () => {
    const root = await render(ELIGIBLE_RESULT);
    expect(all(root, 'outcome-banner')[0].dataset['outcome']).toBe('eligible');
    const total = all(root, 'crs-total')[0];
    expect(total.dataset['value']).toBe('540');
    expect(total.textContent?.trim()).toBe('540');
    expect(all(root, 'hours-counted')[0].textContent?.trim()).toBe('4,697');
    expect(all(root, 'criteria-row').map((r) => [r.dataset['criterion'], r.dataset['status']])).toEqual([
      ['canadian_work_experience', 'met'],
      ['language', 'met'],
      ['temporary_status', 'met'],
      ['residence_outside_quebec', 'met'],
      ['admissibility', 'not_assessed'],
    ]);
  });

  it('shows the reasons and warnings in the UI language', async () => {
    const root = await render(ELIGIBLE_RESULT);
    const detail = () => all(root, 'criterion-detail')[0].textContent?.trim();
    expect(detail()).toBe(ELIGIBLE_RESULT.criteria[0].detail);
    expect(all(root, 'warning')[0].textContent).toContain(ELIGIBLE_RESULT.warnings[0].detail);

    const fixture = TestBed.createComponent(AssessmentResult);
    await TestBed.inject(LanguageService).use('fr');
    fixture.componentRef.setInput('result', ELIGIBLE_RESULT);
    await fixture.whenStable();
    const fr = fixture.nativeElement as HTMLElement;
    expect(all(fr, 'criterion-detail')[0].textContent?.trim()).toBe(ELIGIBLE_RESULT.criteria[0].detailFr);
    expect(all(fr, 'warning')[0].textContent).toContain(ELIGIBLE_RESULT.warnings[0].detailFr);
    // Numbers are written the French way too.
    expect(all(fr, 'hours-counted')[0].textContent?.trim().replace(/\s/g, ' ')).toBe('4 697');
  });

  it('lists CLB per ability against the required level', async () => {
    const result: CecResult = {
      ...ELIGIBLE_RESULT,
      language: { ...ELIGIBLE_RESULT.language, clb: { reading: 8, writing: 6, listening: 7, speaking: 9 } },
    };
    const root = await render(result);
    expect(all(root, 'language-row').map((r) => [r.dataset['ability'], r.dataset['met']])).toEqual([
      ['reading', 'true'],
      ['writing', 'false'],
      ['listening', 'true'],
      ['speaking', 'true'],
    ]);
    const none = await render({ ...ELIGIBLE_RESULT, language: { test: null, testDate: null, clb: null, requiredClb: 7 } });
    expect(all(none, 'language-row')).toHaveLength(0);
    expect(all(none, 'language-none')).toHaveLength(1);
  });

  it('hides zero CRS factors until "show all factors"', async () => {
    const root = await render(ELIGIBLE_RESULT);
    const factors = () => all(root, 'crs-factor').map((r) => r.dataset['factor']);
    expect(factors()).not.toContain('provincialNomination');
    expect(factors()).toContain('transferabilityEducationCap');
    expect(factors()).toHaveLength(14);
    expect(all(root, 'crs-show-all')[0].textContent).toContain('assessments.crs.showAll');
    all(root, 'crs-show-all')[0].click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    expect(factors()).toHaveLength(21);
    expect(factors()).toContain('provincialNomination');
  });

  it('says so when there is no CRS', async () => {
    const root = await render({ ...ELIGIBLE_RESULT, crs: null });
    expect(all(root, 'crs-total')).toHaveLength(0);
    expect(all(root, 'crs-none')).toHaveLength(1);
  });
});

describe('HoursChart', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: testProviders() }));

  it('takes the age-out warning date and the earliest eligible date as markers', () => {
    const input = chartInputOf({ ...ELIGIBLE_RESULT, earliestEligibleDate: '2027-01-01' });
    expect(input?.ageOutDate).toBe('2028-06-03');
    expect(input?.earliestEligibleDate).toBe('2027-01-01');
    expect(input?.requiredHours).toBe(1560);
  });

  it('draws an accessible SVG with the threshold, the markers and a table of the points', async () => {
    const fixture = TestBed.createComponent(AssessmentResult);
    fixture.componentRef.setInput('result', ELIGIBLE_RESULT);
    await fixture.whenStable();
    const chart = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      '[data-testid="hours-chart"]',
    );
    const svg = chart?.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'assessments.chart.summary assessments.chart.summaryAgeOut',
    );
    expect(svg?.querySelector('[data-testid="hours-chart-threshold"]')?.namespaceURI).toBe(
      'http://www.w3.org/2000/svg',
    );
    const markers = Array.from(chart?.querySelectorAll('[data-testid="hours-chart-marker"]') ?? []);
    expect(markers.map((m) => m.getAttribute('data-marker'))).toEqual(['asOf', 'ageOut']);
    const rows = chart?.querySelectorAll('[data-testid="hours-chart-table"] tbody tr');
    expect(rows).toHaveLength(ELIGIBLE_RESULT.work.timeline.length);
    expect(rows?.[rows.length - 1].textContent).toContain('2026-06-01');
    expect(rows?.[rows.length - 1].textContent).toContain('4,697');
  });

  it('shows the empty state when the result has no timeline', async () => {
    const { timeline: _timeline, ...work } = ELIGIBLE_RESULT.work;
    const fixture = TestBed.createComponent(AssessmentResult);
    fixture.componentRef.setInput('result', { ...ELIGIBLE_RESULT, work } as CecResult);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="hours-chart-empty"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="hours-chart"] svg')).toBeNull();
  });
});
