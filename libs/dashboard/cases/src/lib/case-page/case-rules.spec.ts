import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import type { ChecklistItemState } from '@intake/shared/contracts';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { refusalMessage } from '../data/refusals';
import { daysLeftMessage } from './case-labels';
import { noticeFor } from './case-problems';
import { dateErrorMessage } from './date-error';
import { ITEM_MOVES, isLawyerMove, itemActions } from './item-actions';
import { LocalPager, SectionData } from './section-data';
import { UPLOAD_MAX_BYTES, formatFileSize, uploadProblem } from './upload-check';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, statusText: 'Error', error: body });
}

describe('itemActions', () => {
  const names = (state: ChecklistItemState, lawyer: boolean): string[] =>
    itemActions(state, lawyer).map((a) => `${a.testId}→${a.to}`);

  it.each<[ChecklistItemState, string[]]>([
    ['requested', ['item-mark-received→received', 'item-waive→waived']],
    [
      'received',
      [
        'item-accept→accepted',
        'item-reject→rejected',
        'item-request-again→requested',
        'item-waive→waived',
      ],
    ],
    [
      'rejected',
      ['item-mark-received→received', 'item-request-again→requested', 'item-waive→waived'],
    ],
    ['accepted', ['item-reopen→received', 'item-reject→rejected', 'item-waive→waived']],
    ['waived', ['item-reopen→requested']],
  ])('offers a lawyer every move the API allows from %s', (state, expected) => {
    expect(names(state, true)).toEqual(expected);
  });

  it.each<[ChecklistItemState, string[]]>([
    ['requested', ['item-mark-received→received']],
    ['received', ['item-request-again→requested']],
    ['rejected', ['item-mark-received→received', 'item-request-again→requested']],
    ['accepted', []],
    ['waived', []],
  ])('offers a paralegal no review from %s', (state, expected) => {
    expect(names(state, false)).toEqual(expected);
  });

  it('asks a reason for rejecting and waiving only', () => {
    const all = (Object.keys(ITEM_MOVES) as ChecklistItemState[]).flatMap((state) =>
      itemActions(state, true),
    );
    for (const action of all) {
      expect(action.needsReason).toBe(action.to === 'rejected' || action.to === 'waived');
    }
  });

  it('treats accepting, rejecting, waiving and leaving accepted or waived as a lawyer’s move', () => {
    expect(isLawyerMove('received', 'accepted')).toBe(true);
    expect(isLawyerMove('waived', 'requested')).toBe(true);
    expect(isLawyerMove('accepted', 'received')).toBe(true);
    expect(isLawyerMove('rejected', 'received')).toBe(false);
    expect(isLawyerMove('received', 'requested')).toBe(false);
  });
});

describe('uploadProblem', () => {
  it('accepts PDF, JPEG, PNG and HEIC by type or by extension', () => {
    expect(uploadProblem({ name: 'a.pdf', size: 10, type: 'application/pdf' })).toBeNull();
    expect(uploadProblem({ name: 'a.jpg', size: 10, type: 'image/jpeg' })).toBeNull();
    expect(uploadProblem({ name: 'a.png', size: 10, type: 'image/png' })).toBeNull();
    expect(uploadProblem({ name: 'IMG_0001.HEIC', size: 10, type: '' })).toBeNull();
  });

  it('refuses other types, empty files and files over 20 MB', () => {
    expect(uploadProblem({ name: 'a.docx', size: 10, type: 'application/msword' })).toBe('type');
    expect(uploadProblem({ name: 'a', size: 10, type: '' })).toBe('type');
    expect(uploadProblem({ name: 'a.pdf', size: 0, type: 'application/pdf' })).toBe('empty');
    expect(
      uploadProblem({ name: 'a.pdf', size: UPLOAD_MAX_BYTES, type: 'application/pdf' }),
    ).toBeNull();
    expect(
      uploadProblem({ name: 'a.pdf', size: UPLOAD_MAX_BYTES + 1, type: 'application/pdf' }),
    ).toBe('tooLarge');
  });

  it('formats sizes in the UI language', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(3 * 1024 * 1024, 'fr')).toMatch(/^3\sMo$/);
  });
});

describe('noticeFor', () => {
  it('recognises a stale version', () => {
    const error = httpError(409, {
      type: 'https://intake.example/problems/stale-version',
      title: 'x',
      status: 409,
      detail: 'changed',
    });
    expect(noticeFor(error)).toEqual({ key: 'cases.page.errors.stale', detail: null, stale: true });
  });

  it("keeps the API's reason for a refused move, a forbidden action and a refused file", () => {
    const refused = httpError(409, {
      type: 'https://intake.example/problems/transition-refused',
      title: 'x',
      status: 409,
      detail: 'Checklist incomplete',
    });
    expect(noticeFor(refused)).toEqual({
      key: 'cases.page.errors.refused',
      detail: 'Checklist incomplete',
      stale: false,
    });
    expect(
      noticeFor(
        httpError(403, { type: 'forbidden', title: 'x', status: 403, detail: 'Lawyers only' }),
      ).detail,
    ).toBe('Lawyers only');
    expect(
      noticeFor(
        httpError(413, { type: 'http-413', title: 'x', status: 413, detail: 'File too large' }),
      ).key,
    ).toBe('cases.page.errors.tooLarge');
    expect(
      noticeFor(httpError(422, { type: 'x', title: 'x', status: 422, detail: 'Unreadable' }))
        .detail,
    ).toBe('Unreadable');
  });

  it("says a refused move's rule in the user's language when the API names it", () => {
    const refused = httpError(409, {
      type: 'https://intake.example/problems/transition-refused',
      title: 'x',
      status: 409,
      detail: '2 required documents are neither accepted nor waived by a lawyer: Passport; Photo.',
      refusal: { code: 'checklist_incomplete', count: 2 },
    });
    expect(noticeFor(refused)).toEqual({
      key: 'cases.refusals.checklist_incomplete_count',
      params: { count: 2 },
      detail: null,
      stale: false,
    });
  });

  it('lists the field errors of a 400', () => {
    const error = httpError(400, {
      type: 'validation',
      title: 'x',
      status: 400,
      errors: [{ field: 'reason', message: 'is required to waive a document' }],
    });
    expect(noticeFor(error)).toEqual({
      key: 'cases.page.errors.invalid',
      detail: 'reason: is required to waive a document',
      stale: false,
    });
  });

  it('reports network failures and unknown statuses without detail', () => {
    expect(noticeFor(httpError(0, null)).key).toBe('errors.network');
    expect(noticeFor(httpError(502, 'Bad gateway'))).toEqual({
      key: 'errors.generic',
      detail: null,
      stale: false,
    });
  });

  it('throws again what is not an HTTP error', () => {
    expect(() => noticeFor(new TypeError('bug'))).toThrow('bug');
  });
});

describe('messages', () => {
  it('words days left and overdue', () => {
    expect(daysLeftMessage(0)).toEqual({ key: 'cases.page.days.dueToday' });
    expect(daysLeftMessage(1)).toEqual({ key: 'cases.page.days.dueTomorrow' });
    expect(daysLeftMessage(5)).toEqual({ key: 'cases.page.days.left', params: { count: 5 } });
    expect(daysLeftMessage(-1)).toEqual({ key: 'cases.page.days.overdueOne' });
    expect(daysLeftMessage(-4)).toEqual({ key: 'cases.page.days.overdue', params: { count: 4 } });
  });

  it('says why a move is refused from its code, counting documents', () => {
    expect(refusalMessage(null)).toBeNull();
    expect(refusalMessage({ code: 'lawyer_only' })).toEqual({
      key: 'cases.refusals.lawyer_only',
    });
    expect(refusalMessage({ code: 'checklist_incomplete', count: 1 })).toEqual({
      key: 'cases.refusals.checklist_incomplete_one',
    });
    expect(refusalMessage({ code: 'checklist_incomplete', count: 3 })).toEqual({
      key: 'cases.refusals.checklist_incomplete_count',
      params: { count: 3 },
    });
    expect(refusalMessage({ code: 'checklist_incomplete' })?.key).toBe(
      'cases.refusals.checklist_incomplete',
    );
  });

  it('explains date errors', () => {
    expect(dateErrorMessage({ futureDate: true })?.key).toBe('cases.page.errors.futureDate');
    expect(dateErrorMessage({ isoDate: true })?.key).toBe('cases.page.errors.date');
    expect(dateErrorMessage({ required: true })?.key).toBe('errors.required');
    expect(dateErrorMessage(null)).toBeNull();
  });
});

describe('SectionData', () => {
  it("loads, keeps what is shown when a reload fails, and drops another case's data", async () => {
    const answers: Record<string, () => Observable<string[]>> = {
      a: () => of(['a1']),
      fail: () => throwError(() => new Error('down')),
    };
    let next = 'a';
    const data = new SectionData<string[]>(() => answers[next]());
    expect(data.status()).toBe('loading');
    await data.load('k-1');
    expect(data.value()).toEqual(['a1']);
    expect(data.status()).toBe('ready');

    next = 'fail';
    await data.reload();
    expect(data.value()).toEqual(['a1']);
    expect(data.reloadFailed()).toBe(true);

    await data.load('k-2');
    expect(data.value()).toBeNull();
    expect(data.status()).toBe('error');
  });

  it('ignores an answer to an older request', async () => {
    const slow = new Subject<string[]>();
    const fast = new Subject<string[]>();
    const pending = [slow, fast];
    const data = new SectionData<string[]>(() => pending.shift() ?? of([]));
    const first = data.load('k-1');
    const second = data.reload();
    fast.next(['new']);
    fast.complete();
    await second;
    slow.next(['old']);
    slow.complete();
    await first;
    expect(data.value()).toEqual(['new']);
  });
});

describe('LocalPager', () => {
  it('pages and stays on the last page when rows go away', () => {
    const rows = signal(Array.from({ length: 25 }, (_, i) => i));
    const pager = new LocalPager(rows, 10);
    expect(pager.needed()).toBe(true);
    expect(pager.rows()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    pager.onPage({ pageIndex: 2, pageSize: 10, length: 25 });
    expect(pager.rows()).toEqual([20, 21, 22, 23, 24]);
    rows.set(rows().slice(0, 12));
    expect(pager.shownIndex()).toBe(1);
    expect(pager.rows()).toEqual([10, 11]);
    rows.set([1]);
    expect(pager.needed()).toBe(false);
  });
});
