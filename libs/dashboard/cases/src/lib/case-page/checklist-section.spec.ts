import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseChecklistDto, ChecklistItemDto } from '@intake/shared/contracts';
import { CaseStore } from './case-store';
import { ChecklistSection } from './checklist-section';
import {
  caseTestProviders,
  makeCase,
  makeChecklist,
  makeFile,
  makeItem,
  problem,
  testRole,
} from './testing/case-fixtures';

const CHECKLIST_URL = '/api/cases/k-1/checklist';

describe('ChecklistSection', () => {
  let fixture: ComponentFixture<ChecklistSection>;
  let backend: HttpTestingController;
  let store: CaseStore;

  beforeEach(() => {
    testRole.set('lawyer');
    TestBed.configureTestingModule({ providers: [...caseTestProviders(), CaseStore] });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CaseStore);
    store.current.set(makeCase());
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const item = (label: string): HTMLElement => {
    const found = root().querySelector<HTMLElement>(
      `[data-testid="checklist-item"][data-label="${label}"]`,
    );
    if (!found) {
      throw new Error(`no item ${label}`);
    }
    return found;
  };

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectChecklist(): TestRequest {
    return backend.expectOne({ method: 'GET', url: CHECKLIST_URL });
  }

  async function open(checklist: CaseChecklistDto): Promise<void> {
    fixture = TestBed.createComponent(ChecklistSection);
    await settle();
    expect(el('page-state-loading')).not.toBeNull();
    expectChecklist().flush(checklist);
    await settle();
  }

  async function type(element: HTMLElement | null, value: string): Promise<void> {
    const field = element as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  async function choose(label: string, file: File): Promise<void> {
    const picker = el('item-upload-input', item(label)) as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    picker.dispatchEvent(new Event('change'));
    await settle();
  }

  function expectState(itemId: string, body: object): TestRequest {
    const req = backend.expectOne({ method: 'POST', url: `/api/checklist-items/${itemId}/state` });
    expect(req.request.body).toEqual(body);
    return req;
  }

  const passport = makeItem();
  const photo = makeItem({
    id: 'i-2',
    label: 'Photo',
    state: 'received',
    version: 5,
    dueOn: '2025-01-10',
    overdue: true,
    latestFile: makeFile({ id: 'f-2', itemId: 'i-2', fileName: 'photo.png', version: 2 }),
    fileCount: 2,
  });
  const police = makeItem({
    id: 'i-3',
    label: 'Police certificate (India)',
    state: 'waived',
    stateReason: 'Lived there as a child',
    version: 1,
  });

  it('shows the progress of the case and of each checklist, and every item with its state', async () => {
    await open(makeChecklist([passport, photo, police]));

    expect(el('checklist-progress')?.dataset['percent']).toBe('33');
    expect(text(el('checklist-progress'))).toContain('cases.page.checklist.progress');
    expect(text(el('checklist-to-review'))).toBe('cases.page.checklist.toReview');
    expect(el('checklist-list-progress')).not.toBeNull();

    expect(item('Passport').dataset['state']).toBe('requested');
    expect(text(el('item-state', item('Passport')))).toBe('cases.itemStates.requested');
    expect(text(el('item-provider', item('Passport')))).toBe('cases.page.item.from');
    expect(el('item-no-file', item('Passport'))).not.toBeNull();

    const photoRow = item('Photo');
    expect(text(el('item-file-name', photoRow))).toBe('photo.png');
    const link = el('item-file-name', photoRow) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/checklist-files/f-2/content');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('download')).toBe('photo.png');
    expect(el('item-overdue', photoRow)).not.toBeNull();
    expect(text(el('item-due', photoRow))).toBe('cases.page.item.due');

    expect(text(el('item-reason', item('Police certificate (India)')))).toContain(
      'Lived there as a child',
    );
  });

  it('hides the review from a paralegal: only receipts and new requests', async () => {
    testRole.set('paralegal');
    await open(makeChecklist([passport, photo, police]));

    for (const label of ['Passport', 'Photo', 'Police certificate (India)']) {
      for (const review of ['item-accept', 'item-reject', 'item-waive', 'item-reopen']) {
        expect(el(review, item(label))).toBeNull();
      }
    }
    expect(el('item-mark-received', item('Passport'))).not.toBeNull();
    expect(el('item-request-again', item('Photo'))).not.toBeNull();
  });

  it.each(['lawyer', 'admin'] as const)(
    'gives the %s role the review, following the state machine',
    async (role) => {
      testRole.set(role);
      await open(makeChecklist([passport, photo, police]));

      expect(el('item-accept', item('Passport'))).toBeNull();
      expect(el('item-waive', item('Passport'))).not.toBeNull();
      expect(el('item-accept', item('Photo'))).not.toBeNull();
      expect(el('item-reject', item('Photo'))).not.toBeNull();
      expect(el('item-reopen', item('Police certificate (India)'))).not.toBeNull();
      expect(el('item-accept', item('Police certificate (India)'))).toBeNull();
    },
  );

  it('accepts with the item version, shows the answer, then refreshes the progress', async () => {
    await open(makeChecklist([passport, photo]));
    el('item-accept', item('Photo'))?.click();
    await settle();

    const accepted = { ...photo, state: 'accepted' as const, version: 6 };
    expectState('i-2', { version: 5, state: 'accepted' }).flush(accepted);
    await settle();
    expect(item('Photo').dataset['state']).toBe('accepted');

    expectChecklist().flush(makeChecklist([passport, accepted]));
    await settle();
    expect(el('checklist-progress')?.dataset['percent']).toBe('50');
    // The moves' guards read the checklist.
    expect(store.revision('moves')()).toBe(1);
  });

  it('asks for a reason before waiving, and sends it', async () => {
    await open(makeChecklist([passport]));
    el('item-waive', item('Passport'))?.click();
    await settle();

    overlay('state-reason-confirm')?.click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/checklist-items/i-1/state' });
    expect(document.body.querySelector('.cdk-overlay-container')?.textContent).toContain(
      'errors.required',
    );

    await type(overlay('state-reason-input'), '   ');
    overlay('state-reason-confirm')?.click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/checklist-items/i-1/state' });

    await type(overlay('state-reason-input'), ' Already on file ');
    overlay('state-reason-confirm')?.click();
    await settle();
    const waived: ChecklistItemDto = {
      ...passport,
      state: 'waived',
      stateReason: 'Already on file',
      version: 4,
    };
    expectState('i-1', { version: 3, state: 'waived', reason: 'Already on file' }).flush(waived);
    await settle();
    expectChecklist().flush(makeChecklist([waived]));
    await settle();

    expect(overlay('state-reason-input')).toBeNull();
    expect(item('Passport').dataset['state']).toBe('waived');
    expect(text(el('item-reason', item('Passport')))).toContain('Already on file');
  });

  it('keeps the reason dialog open with the API error (403) and the text typed', async () => {
    await open(makeChecklist([photo]));
    el('item-reject', item('Photo'))?.click();
    await settle();
    await type(overlay('state-reason-input'), 'Blurry');
    overlay('state-reason-confirm')?.click();
    await settle();
    expectState('i-2', { version: 5, state: 'rejected', reason: 'Blurry' }).flush(
      ...problem(403, 'forbidden', 'Only a lawyer can reject a document.'),
    );
    await settle();
    expect(text(overlay('state-reason-error'))).toContain('Only a lawyer can reject a document.');
    expect((overlay('state-reason-input') as HTMLTextAreaElement).value).toBe('Blurry');
  });

  it('tells the user and reloads the checklist when the item changed meanwhile (409)', async () => {
    await open(makeChecklist([photo]));
    el('item-accept', item('Photo'))?.click();
    await settle();
    expectState('i-2', { version: 5, state: 'accepted' }).flush(...problem(409, 'stale-version'));
    await settle();
    expectChecklist().flush(
      makeChecklist([{ ...photo, state: 'rejected', stateReason: 'Wrong size', version: 6 }]),
    );
    await settle();

    expect(text(el('item-error', item('Photo')))).toContain('cases.page.errors.stale');
    expect(item('Photo').dataset['state']).toBe('rejected');
    // The next change is sent with the version just read.
    el('item-mark-received', item('Photo'))?.click();
    await settle();
    expectState('i-2', { version: 6, state: 'received' }).flush({ ...photo, version: 7 });
    await settle();
    expectChecklist().flush(makeChecklist([{ ...photo, version: 7 }]));
    await settle();
  });

  it('uploads the chosen file to the item as multipart, shows it, then offers "Mark received"', async () => {
    testRole.set('paralegal');
    await open(makeChecklist([passport]));
    const file = new File(['%PDF-1.4 test'], 'passport.pdf', { type: 'application/pdf' });
    await choose('Passport', file);

    const req = backend.expectOne({ method: 'POST', url: '/api/checklist-items/i-1/files' });
    const body = req.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('passport.pdf');
    expect(text(root())).toContain('cases.page.item.uploading');
    req.flush(makeFile({ fileName: 'passport.pdf', sizeBytes: 13 }));
    await settle();

    expect(text(el('item-file-name', item('Passport')))).toBe('passport.pdf');
    expect(el('item-uploaded-note', item('Passport'))).not.toBeNull();
    // The state is the API's: fetched again, not changed here.
    expectChecklist().flush(makeChecklist([{ ...passport, latestFile: makeFile(), fileCount: 1 }]));
    await settle();
    expect(item('Passport').dataset['state']).toBe('requested');
    expect(text(el('item-uploaded-note', item('Passport')))).toBe(
      'cases.page.item.uploadedMarkReceived',
    );
    expect(text(el('item-versions', item('Passport')))).toBe('cases.page.item.oneVersion');

    el('item-mark-received', item('Passport'))?.click();
    await settle();
    const received: ChecklistItemDto = {
      ...passport,
      state: 'received',
      version: 4,
      latestFile: makeFile(),
      fileCount: 1,
    };
    expectState('i-1', { version: 3, state: 'received' }).flush(received);
    await settle();
    expectChecklist().flush(makeChecklist([received]));
    await settle();
    expect(item('Passport').dataset['state']).toBe('received');
    expect(el('item-uploaded-note', item('Passport'))).toBeNull();
    expect(el('item-accept', item('Passport'))).toBeNull();
  });

  it('shows the state the API gave the item on upload (back to review) without a second change', async () => {
    testRole.set('paralegal');
    await open(makeChecklist([passport]));
    await choose('Passport', new File(['%PDF-1.4'], 'passport.pdf', { type: 'application/pdf' }));
    backend.expectOne({ method: 'POST', url: '/api/checklist-items/i-1/files' }).flush(makeFile());
    await settle();
    expectChecklist().flush(
      makeChecklist([
        { ...passport, state: 'received', version: 4, latestFile: makeFile(), fileCount: 1 },
      ]),
    );
    await settle();

    expect(item('Passport').dataset['state']).toBe('received');
    expect(text(el('item-uploaded-note', item('Passport')))).toBe(
      'cases.page.item.uploadedReceived',
    );
    expect(el('item-mark-received', item('Passport'))).toBeNull();
    backend.expectNone({ method: 'POST', url: '/api/checklist-items/i-1/state' });
  });

  it('checks size and type before sending', async () => {
    await open(makeChecklist([passport]));
    await choose('Passport', new File(['hello'], 'notes.docx', { type: 'application/msword' }));
    expect(text(el('item-error', item('Passport')))).toContain('cases.page.upload.type');

    const big = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await choose('Passport', big);
    expect(text(el('item-error', item('Passport')))).toContain('cases.page.upload.tooLarge');
    backend.expectNone({ method: 'POST', url: '/api/checklist-items/i-1/files' });
  });

  it("shows the API's refusal of a file (415) with its detail", async () => {
    await open(makeChecklist([passport]));
    await choose('Passport', new File(['not really'], 'scan.pdf', { type: 'application/pdf' }));
    backend
      .expectOne({ method: 'POST', url: '/api/checklist-items/i-1/files' })
      .flush(
        ...problem(
          415,
          'unsupported-file',
          'Only PDF, JPEG, PNG and HEIC documents are accepted, and this file is none of them.',
        ),
      );
    await settle();
    const error = el('item-error', item('Passport'));
    expect(text(error)).toContain('cases.page.errors.unsupportedFile');
    expect(text(error)).toContain('this file is none of them');
    expect(el('item-file-name', item('Passport'))).toBeNull();
  });

  it('lists every version of a document', async () => {
    await open(makeChecklist([photo]));
    el('item-versions', item('Photo'))?.click();
    await settle();
    backend
      .expectOne({ method: 'GET', url: '/api/checklist-items/i-2/files' })
      .flush([
        makeFile({ id: 'f-2', version: 2, fileName: 'photo.png' }),
        makeFile({ id: 'f-1', version: 1, fileName: 'photo-old.png' }),
      ]);
    await settle();
    const rows = Array.from(
      document.body.querySelectorAll('.cdk-overlay-container [data-testid="file-version-row"]'),
    );
    expect(rows.map((r) => r.querySelector('a')?.getAttribute('href'))).toEqual([
      '/api/checklist-files/f-2/content',
      '/api/checklist-files/f-1/content',
    ]);
  });

  it('refreshes from the intake and adds an item by hand', async () => {
    await open(makeChecklist([]));
    expect(text(el('page-state-empty'))).toContain('cases.page.checklist.empty');

    el('checklist-refresh')?.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: `${CHECKLIST_URL}/refresh` })
      .flush(makeChecklist([passport]));
    await settle();
    expect(item('Passport')).toBeTruthy();

    el('checklist-add-item')?.click();
    await settle();
    await type(overlay('item-add-label'), ' Marriage certificate ');
    await type(overlay('item-add-due'), '2025-08-01');
    overlay('item-add-confirm')?.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: `${CHECKLIST_URL}/items` });
    expect(req.request.body).toEqual({
      checklistId: 'l-1',
      label: 'Marriage certificate',
      description: null,
      provider: 'client',
      required: true,
      dueOn: '2025-08-01',
    });
    const added = makeItem({ id: 'i-9', label: 'Marriage certificate', templateItemKey: null });
    req.flush(added);
    await settle();
    expectChecklist().flush(makeChecklist([passport, added]));
    await settle();
    expect(overlay('item-add-label')).toBeNull();
    expect(item('Marriage certificate').dataset['state']).toBe('requested');
  });

  it('shows an error with retry when the checklist cannot be loaded', async () => {
    fixture = TestBed.createComponent(ChecklistSection);
    await settle();
    expectChecklist().flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text(el('page-state-error'))).toContain('cases.page.checklist.loadError');
    el('page-state-retry')?.click();
    await settle();
    expectChecklist().flush(makeChecklist([passport]));
    await settle();
    expect(item('Passport')).toBeTruthy();
  });
});
