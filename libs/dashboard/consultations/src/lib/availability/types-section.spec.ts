import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  consultationTestProviders,
  makeType,
  problem,
  signIn,
} from '../testing/consultation-fixtures';
import { TypesSection } from './types-section';

const URL = '/api/consultation-types';

describe('TypesSection', () => {
  let fixture: ComponentFixture<TypesSection>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    signIn('admin', 'u-admin');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TypesSection);
    await settle();
    backend.expectOne({ method: 'GET', url: URL }).flush([
      makeType(),
      makeType({
        id: 't-2',
        code: 'family',
        nameEn: 'Family',
        nameFr: 'Famille',
        active: false,
        modes: ['video'],
      }),
    ]);
    await settle();
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = overlay(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  }

  async function toggle(testId: string): Promise<void> {
    (overlay(testId)?.querySelector('input') as HTMLInputElement).click();
    await settle();
  }

  it('lists the types with both names, length, modes and state', () => {
    const rows = all('type-row');
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['cec_assessment', 'family']);
    expect(text(rows[0])).toContain('CEC assessment');
    expect(text(rows[0])).toContain('Évaluation CEC');
    expect(
      all('type-mode')
        .slice(0, 2)
        .map((m) => text(m)),
    ).toEqual(['consultations.modes.video', 'consultations.modes.in_person']);
    expect(rows[1].querySelectorAll('[data-testid="type-mode"]')).toHaveLength(1);
    expect(text(el('type-active-state', rows[1]))).toBe('consultations.types.isInactive');
  });

  it('edits a type under its version', async () => {
    el('type-edit', all('type-row')[0])?.click();
    await settle();
    expect((overlay('type-code') as HTMLInputElement).disabled).toBe(true);
    await type('type-name-fr', 'Évaluation – CEC');
    await type('type-duration', '45');
    await toggle('type-mode-in_person');
    await toggle('type-active');
    overlay('type-save')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: `${URL}/t-1` });
    expect(req.request.body).toEqual({
      version: 1,
      nameEn: 'CEC assessment',
      nameFr: 'Évaluation – CEC',
      durationMinutes: 45,
      modes: ['video'],
      active: false,
    });
    req.flush(makeType({ nameFr: 'Évaluation – CEC', version: 2 }));
    await settle();
    expect(overlay('type-form')).toBeNull();
    backend
      .expectOne({ method: 'GET', url: URL })
      .flush([makeType({ nameFr: 'Évaluation – CEC' })]);
    await settle();
    expect(text(all('type-row')[0])).toContain('Évaluation – CEC');
  });

  it('adds a type, with the API field errors under the fields and a taken code', async () => {
    el('type-add')?.click();
    await settle();
    await type('type-code', 'work_permit');
    await type('type-name-en', 'Work permit');
    await type('type-name-fr', 'Permis de travail');
    overlay('type-save')?.click();
    await settle();
    const first = backend.expectOne({ method: 'POST', url: URL });
    expect(first.request.body).toEqual({
      code: 'work_permit',
      nameEn: 'Work permit',
      nameFr: 'Permis de travail',
      durationMinutes: 30,
      modes: ['video', 'in_person'],
      active: true,
    });
    first.flush(
      problem(400, 'validation', { errors: [{ field: 'nameFr', message: 'is required' }] }),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(
      text(overlay('type-name-fr')?.closest('mat-form-field')?.querySelector('mat-error')),
    ).toBe('errors.required');
    expect((overlay('type-name-fr') as HTMLInputElement).value).toBe('Permis de travail');

    // The API's message goes away once the field is edited.
    await type('type-name-fr', 'Permis de travail ');
    expect(
      overlay('type-name-fr')?.closest('mat-form-field')?.querySelector('mat-error'),
    ).toBeNull();
    overlay('type-save')?.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: URL })
      .flush(problem(409, 'already-exists'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(overlay('type-code')?.closest('mat-form-field')?.querySelector('mat-error'))).toBe(
      'consultations.types.errors.codeTaken',
    );
    expect(overlay('type-form')).not.toBeNull();
  });

  it('asks for at least one mode before sending', async () => {
    el('type-add')?.click();
    await settle();
    await type('type-code', 'x');
    await type('type-name-en', 'X');
    await type('type-name-fr', 'X');
    await toggle('type-mode-video');
    await toggle('type-mode-in_person');
    overlay('type-save')?.click();
    await settle();
    backend.expectNone({ method: 'POST', url: URL });
    expect(text(overlay('type-modes-error'))).toBe('consultations.types.errors.modes');
  });

  it('closes and reloads the list when someone else changed the type (409)', async () => {
    el('type-edit', all('type-row')[1])?.click();
    await settle();
    overlay('type-save')?.click();
    await settle();
    backend
      .expectOne({ method: 'PATCH', url: `${URL}/t-2` })
      .flush(problem(409, 'stale-version'), { status: 409, statusText: 'Conflict' });
    await settle();
    backend.expectOne({ method: 'GET', url: URL }).flush([makeType()]);
    await settle();
    expect(overlay('type-form')).toBeNull();
    expect(text(el('types-notice'))).toContain('consultations.errors.stale');
    expect(all('type-row')).toHaveLength(1);
  });
});
