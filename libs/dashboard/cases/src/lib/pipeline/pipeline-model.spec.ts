import type { PipelineCardDto } from '@intake/shared/contracts';
import {
  type BoardColumn,
  DEFAULT_BOARD_TYPE,
  appendPage,
  applyMove,
  compareCards,
  filtersFromParams,
  filtersToParams,
} from './pipeline-model';

const LAWYER = '2b7e1516-28ae-4d2a-a6d2-abf715880901';

function card(id: string, dueOn: string | null, daysInStage = 1, overdue = false): PipelineCardDto {
  return {
    caseId: id,
    fileNumber: `F-${id}`,
    type: 'cec_express_entry',
    clientId: `client-${id}`,
    clientName: `Client ${id}`,
    responsibleLawyerId: null,
    paralegalId: null,
    daysInStage,
    nextDeadline: dueOn ? { id: `d-${id}`, kind: 'manual', title: 'Call', dueOn } : null,
    overdue,
    version: 1,
  };
}

function column(
  stage: string,
  cards: PipelineCardDto[],
  count = cards.length,
  overdueCount = 0,
): BoardColumn {
  return {
    stage,
    label: stage,
    count,
    overdueCount,
    cards,
    loadingMore: false,
    loadMoreFailed: false,
  };
}

describe('board filters in the address bar', () => {
  it('reads lawyer, paralegal and type, ignoring values the API would refuse', () => {
    expect(filtersFromParams({ lawyer: LAWYER, paralegal: 'nope', type: 'consultation' })).toEqual({
      lawyer: LAWYER,
      paralegal: null,
      type: 'consultation',
    });
    expect(filtersFromParams({ type: 'visitor_visa' })).toEqual({
      lawyer: null,
      paralegal: null,
      type: DEFAULT_BOARD_TYPE,
    });
  });

  it('writes them back, leaving the default type out', () => {
    expect(filtersToParams({ lawyer: LAWYER, paralegal: null, type: 'cec_express_entry' })).toEqual(
      {
        lawyer: LAWYER,
        paralegal: null,
        type: null,
      },
    );
    expect(filtersToParams({ lawyer: null, paralegal: null, type: 'other' })).toEqual({
      lawyer: null,
      paralegal: null,
      type: 'other',
    });
  });
});

describe('compareCards', () => {
  it('orders like the API: earliest deadline, no deadline last, then longest in the stage', () => {
    const cards = [
      card('a', null, 9),
      card('b', '2025-07-01', 1),
      card('c', '2025-06-01', 2),
      card('d', '2025-07-01', 5),
    ];
    expect([...cards].sort(compareCards).map((c) => c.caseId)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('appendPage', () => {
  it('adds the cards not yet shown and takes the new total', () => {
    const before = {
      ...column('intake', [card('a', null), card('b', null)], 5),
      loadingMore: true,
    };
    const after = appendPage(before, [card('b', null), card('c', null)], 4);
    expect(after.cards.map((c) => c.caseId)).toEqual(['a', 'b', 'c']);
    expect(after.count).toBe(4);
    expect(after.loadingMore).toBe(false);
  });

  it('treats an empty page as the end of the column', () => {
    const after = appendPage(column('intake', [card('a', null)], 10), [], 10);
    expect(after.count).toBe(1);
  });
});

describe('applyMove', () => {
  const moved = card('m', '2025-06-10', 4, true);

  it('takes the card out of its column and puts it in order in the new one, counts following', () => {
    const columns = [
      column('retainer', [card('x', '2025-06-01'), moved], 2, 1),
      column('document_collection', [card('y', '2025-06-05'), card('z', null)], 2, 0),
    ];
    const updated = { ...moved, daysInStage: 0, overdue: true, version: 2 };
    const after = applyMove(columns, 'retainer', moved, 'document_collection', updated);
    expect(after[0].cards.map((c) => c.caseId)).toEqual(['x']);
    expect(after[0]).toMatchObject({ count: 1, overdueCount: 0 });
    expect(after[1].cards.map((c) => c.caseId)).toEqual(['y', 'm', 'z']);
    expect(after[1]).toMatchObject({ count: 3, overdueCount: 1 });
    expect(after[1].cards[1].version).toBe(2);
  });

  it('only counts a card that belongs past what a column has loaded', () => {
    const columns = [
      column('retainer', [moved], 1, 1),
      column('document_collection', [card('y', '2025-06-01')], 80, 0),
    ];
    const later = { ...moved, nextDeadline: null, overdue: false };
    const after = applyMove(columns, 'retainer', moved, 'document_collection', later);
    expect(after[1].cards.map((c) => c.caseId)).toEqual(['y']);
    expect(after[1].count).toBe(81);
    expect(after[0]).toMatchObject({ count: 0, overdueCount: 0, cards: [] });
  });

  it('drops a card that moves to a stage the board does not show', () => {
    const columns = [column('decision', [moved], 3, 1)];
    const after = applyMove(columns, 'decision', moved, 'closed', { ...moved, overdue: false });
    expect(after).toEqual([column('decision', [], 2, 0)]);
  });
});
