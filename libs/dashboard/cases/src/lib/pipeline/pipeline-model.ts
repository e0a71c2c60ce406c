import type { Params } from '@angular/router';
import type {
  CASE_TYPES,
  CaseDto,
  CaseType,
  PipelineCardDto,
  PipelineColumnDto,
} from '@intake/shared/contracts';

/** Runtime copy of `CASE_TYPES` (only types come from the contracts; the build fails if they drift). */
export const BOARD_CASE_TYPES: typeof CASE_TYPES = ['cec_express_entry', 'consultation', 'other'];

/**
 * Without a type the API merges the stages of every workflow into one board, so the board always
 * shows one type's stages; this one unless the address says otherwise.
 */
export const DEFAULT_BOARD_TYPE: CaseType = 'cec_express_entry';

/** Cards fetched per column, on the first load and on each further page. */
export const CARDS_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BoardFilters {
  lawyer: string | null;
  paralegal: string | null;
  type: CaseType;
}

/** One column as the board holds it: the API's totals, the cards loaded so far, paging state. */
export interface BoardColumn {
  stage: string;
  /** The API's (English) stage name, shown only for a stage the translations do not know. */
  label: string;
  count: number;
  overdueCount: number;
  cards: PipelineCardDto[];
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

export function isCaseType(value: unknown): value is CaseType {
  return typeof value === 'string' && (BOARD_CASE_TYPES as readonly string[]).includes(value);
}

export function filtersFromParams(params: Params): BoardFilters {
  const uuid = (key: string): string | null => {
    const value: unknown = params[key];
    return typeof value === 'string' && UUID.test(value) ? value : null;
  };
  const type: unknown = params['type'];
  return {
    lawyer: uuid('lawyer'),
    paralegal: uuid('paralegal'),
    type: isCaseType(type) ? type : DEFAULT_BOARD_TYPE,
  };
}

/** Query parameters for the address bar (`null` removes one; the default type is left out). */
export function filtersToParams(filters: BoardFilters): Params {
  return {
    lawyer: filters.lawyer,
    paralegal: filters.paralegal,
    type: filters.type === DEFAULT_BOARD_TYPE ? null : filters.type,
  };
}

export function toBoardColumns(columns: PipelineColumnDto[]): BoardColumn[] {
  return columns.map(({ stage, label, count, overdueCount, cards }) => ({
    stage,
    label,
    count,
    overdueCount,
    cards,
    loadingMore: false,
    loadMoreFailed: false,
  }));
}

/** The card of a case the API returned after a move. */
export function cardOf(value: CaseDto): PipelineCardDto {
  return {
    caseId: value.id,
    fileNumber: value.fileNumber,
    type: value.type,
    clientId: value.clientId,
    clientName: value.clientName,
    responsibleLawyerId: value.responsibleLawyerId,
    paralegalId: value.paralegalId,
    daysInStage: value.daysInStage,
    nextDeadline: value.nextDeadline,
    overdue: value.overdue,
    version: value.version,
  };
}

/** The API's order in a column: earliest next deadline first (none last), then longest in the stage. */
export function compareCards(a: PipelineCardDto, b: PipelineCardDto): number {
  const dueA = a.nextDeadline?.dueOn ?? null;
  const dueB = b.nextDeadline?.dueOn ?? null;
  if (dueA !== dueB) {
    if (dueA === null) {
      return 1;
    }
    if (dueB === null) {
      return -1;
    }
    return dueA < dueB ? -1 : 1;
  }
  if (a.daysInStage !== b.daysInStage) {
    return b.daysInStage - a.daysInStage;
  }
  return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
}

/** Adds a further page of a column, skipping cards already shown (a move may have shifted pages). */
export function appendPage(
  column: BoardColumn,
  items: PipelineCardDto[],
  total: number | undefined,
): BoardColumn {
  const known = new Set(column.cards.map((card) => card.caseId));
  const fresh = items.filter((card) => !known.has(card.caseId));
  const cards = [...column.cards, ...fresh];
  // An empty page means the column holds no more cards, whatever total it announced before.
  const count = items.length === 0 ? cards.length : (total ?? Math.max(column.count, cards.length));
  return { ...column, cards, count, loadingMore: false, loadMoreFailed: false };
}

/**
 * The board after a case moved from `from` to `updated`'s new stage: out of one column, into the
 * other (where the API would put it), counts and overdue counts adjusted. A target column that
 * has not loaded that far yet only counts the card: it arrives with the next page.
 */
export function applyMove(
  columns: BoardColumn[],
  from: string,
  moved: PipelineCardDto,
  to: string,
  updated: PipelineCardDto,
): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage === from && from !== to) {
      const cards = column.cards.filter((card) => card.caseId !== moved.caseId);
      return {
        ...column,
        cards,
        count: Math.max(0, column.count - 1),
        overdueCount: Math.max(0, column.overdueCount - (moved.overdue ? 1 : 0)),
      };
    }
    if (column.stage === to && from !== to) {
      return {
        ...column,
        cards: insertCard(column, updated),
        count: column.count + 1,
        overdueCount: column.overdueCount + (updated.overdue ? 1 : 0),
      };
    }
    return column;
  });
}

function insertCard(column: BoardColumn, card: PipelineCardDto): PipelineCardDto[] {
  const cards = column.cards.filter((c) => c.caseId !== card.caseId);
  const allLoaded = column.cards.length >= column.count;
  const index = cards.findIndex((c) => compareCards(card, c) < 0);
  if (index === -1) {
    return allLoaded ? [...cards, card] : cards;
  }
  return [...cards.slice(0, index), card, ...cards.slice(index)];
}
