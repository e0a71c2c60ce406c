import type { Params } from '@angular/router';
import type { ConsultationRequestStatus } from '@intake/shared/contracts';
import { isRequestStatus } from '../data/domain';
import type { RequestListQuery } from '../data/requests-api';

export const DEFAULT_REQUESTS_PAGE_SIZE = 25;
export const REQUEST_PAGE_SIZES = [10, 25, 50, 100];

export type StatusFilter = ConsultationRequestStatus | 'all';

/** The queue's state, as kept in the address bar (so Back returns to the same list). */
export interface RequestsState {
  status: StatusFilter;
  q: string;
  pageIndex: number;
  pageSize: number;
}

export function requestsStateFromParams(params: Params): RequestsState {
  const text = (key: string): string => {
    const value: unknown = params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const int = (key: string): number | null => {
    const n = Number.parseInt(text(key), 10);
    return Number.isFinite(n) ? n : null;
  };
  const status = text('status');
  const size = int('size');
  return {
    status: isRequestStatus(status) ? status : 'all',
    q: text('q').trim(),
    pageIndex: Math.max(0, (int('page') ?? 1) - 1),
    pageSize:
      size !== null && REQUEST_PAGE_SIZES.includes(size) ? size : DEFAULT_REQUESTS_PAGE_SIZE,
  };
}

export function requestsStateToParams(state: RequestsState): Params {
  return {
    status: state.status === 'all' ? null : state.status,
    q: state.q || null,
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
    size: state.pageSize !== DEFAULT_REQUESTS_PAGE_SIZE ? state.pageSize : null,
  };
}

export function requestsQuery(state: RequestsState): RequestListQuery {
  return {
    limit: state.pageSize,
    offset: state.pageIndex * state.pageSize,
    status: state.status === 'all' ? undefined : state.status,
    q: state.q || undefined,
  };
}
