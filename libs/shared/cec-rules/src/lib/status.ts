import type { DayNumber } from './dates';
import type { StatusType } from './types';

export type DayStatus = 'temporary' | 'permanent' | 'no_status' | 'unrecorded';

export interface StatusSpan {
  kind: Exclude<DayStatus, 'unrecorded'>;
  fromDay: DayNumber;
  /** Inclusive; +Infinity when `to` is null. */
  toDay: DayNumber;
}

export interface StatusTimeline {
  /** No status history at all: work is counted as if covered (and flagged for review). */
  empty: boolean;
  spans: StatusSpan[];
}

export function statusKindOf(type: StatusType): StatusSpan['kind'] {
  switch (type) {
    case 'work_permit':
    case 'study_permit':
    case 'visitor':
    case 'maintained':
      return 'temporary';
    case 'permanent_resident':
    case 'citizen':
      return 'permanent';
    case 'refugee_claimant':
    case 'none':
      return 'no_status';
  }
}

const PRECEDENCE: Record<DayStatus, number> = {
  unrecorded: 0,
  temporary: 1,
  no_status: 2,
  permanent: 3,
};

/**
 * The status on a day. Overlapping entries: permanent residence or citizenship wins, then an
 * explicit "no status" (or refugee claim), then a temporary status.
 */
export function statusOn(timeline: StatusTimeline, day: DayNumber): DayStatus {
  if (timeline.empty) return 'temporary';
  let status: DayStatus = 'unrecorded';
  for (const span of timeline.spans) {
    if (day >= span.fromDay && day <= span.toDay && PRECEDENCE[span.kind] > PRECEDENCE[status]) {
      status = span.kind;
    }
  }
  return status;
}
