import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { SERVER_ERROR_KEY } from '@intake/dashboard/core';
import { ELIGIBLE_RESULT } from '../testing/result-fixture';
import { testProviders } from '../testing/test-providers';
import { statusForm, workForm } from './calculator-form';
import { CalculatorPage } from './calculator-page';

describe('CalculatorPage', () => {
  let fixture: ComponentFixture<CalculatorPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: testProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalculatorPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null => root().querySelector(`[data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  function fill(): void {
    const form = fixture.componentInstance.form;
    form.patchValue({ asOf: '2026-06-01', dateOfBirth: '1994-03-15', intendedProvince: 'ON' });
    form.controls.statusHistory.push(statusForm({ type: 'work_permit', from: '2022-01-01' }));
    form.controls.work.push(workForm({ noc: '21211', start: '2022-02-01', hoursPerWeek: 37.5 }));
    form.controls.work.push(workForm({ noc: '99999', start: '2020-01-01', end: '2021-01-01', hoursPerWeek: 20 }));
  }

  it('does not send an incomplete form', async () => {
    el('calculator-evaluate')?.click();
    await settle();
    backend.expectNone('/api/assessments/cec/evaluate');
    expect(el('calculator-notice')?.textContent).toContain('errors.checkFields');
  });

  it('adds and removes rows', async () => {
    el('add-work')?.click();
    el('add-work')?.click();
    el('add-status')?.click();
    await settle();
    expect(root().querySelectorAll('[data-testid="work-row"]')).toHaveLength(2);
    expect(root().querySelectorAll('[data-testid="status-row"]')).toHaveLength(1);
    root().querySelector<HTMLElement>('[data-testid="work-row"] .remove')?.click();
    await settle();
    expect(fixture.componentInstance.form.controls.work.length).toBe(1);
  });

  it('shows a field error of the API on the row it names, then the result', async () => {
    fill();
    await settle();
    el('calculator-evaluate')?.click();
    const req = backend.expectOne('/api/assessments/cec/evaluate');
    expect(req.request.method).toBe('POST');
    expect(req.request.body.work).toHaveLength(2);
    expect(req.request.body.work[1].noc).toBe('99999');
    expect(req.request.body.asOf).toBe('2026-06-01');
    req.flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'work[1].noc', message: '99999 is not a NOC 2021 unit group' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const rows = root().querySelectorAll('[data-testid="work-row"]');
    expect(rows[0].querySelector('[data-testid="work-noc-error"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="work-noc-error"]')?.textContent?.trim()).toBe(
      'assessments.fieldErrors.noc',
    );
    expect(fixture.componentInstance.form.controls.work.at(1).controls.noc.getError(SERVER_ERROR_KEY)).toBe(
      '99999 is not a NOC 2021 unit group',
    );
    expect(el('outcome-banner')).toBeNull();

    fixture.componentInstance.form.controls.work.at(1).controls.noc.setValue('21232');
    await settle();
    el('calculator-evaluate')?.click();
    backend.expectOne('/api/assessments/cec/evaluate').flush(ELIGIBLE_RESULT);
    await settle();
    expect(el('outcome-banner')?.dataset['outcome']).toBe('eligible');
    expect(el('crs-total')?.textContent?.trim()).toBe('540');
    expect(el('calculator-notice')).toBeNull();
  });

  it('explains a 422 (no CEC rules before 2008-09-17)', async () => {
    fill();
    fixture.componentInstance.form.controls.asOf.setValue('2005-01-01');
    await settle();
    el('calculator-evaluate')?.click();
    backend
      .expectOne('/api/assessments/cec/evaluate')
      .flush({ type: 'about:blank', title: 'Unprocessable', status: 422 }, { status: 422, statusText: 'Unprocessable Entity' });
    await settle();
    expect(el('calculator-notice')?.textContent).toContain('assessments.errors.noRules');
  });

  it('lists errors that match no control above the form', async () => {
    fill();
    await settle();
    el('calculator-evaluate')?.click();
    backend.expectOne('/api/assessments/cec/evaluate').flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'work[0]', message: 'must be an object' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el('calculator-unmatched-errors')?.textContent).toContain('work[0]: must be an object');
  });

  it('marks the result as outdated when the form changes', async () => {
    fill();
    await settle();
    el('calculator-evaluate')?.click();
    backend.expectOne('/api/assessments/cec/evaluate').flush(ELIGIBLE_RESULT);
    await settle();
    expect(el('calculator-outdated')).toBeNull();
    fixture.componentInstance.form.controls.siblingInCanada.setValue(true);
    await settle();
    expect(el('calculator-outdated')).not.toBeNull();
  });
});
