import type { DayNumber } from './dates';
import {
  classifyJob,
  type ExclusionReason,
  type PreparedJob,
  type UncertainReason,
} from './occupations';
import { NOC_RECLASSIFICATION, type Regime } from './rule-sets';

/** How each job overlapping a window was treated, for the plain-language reasons. */
export interface JobNote {
  index: number;
  noc: string;
  excluded: ExclusionReason | null;
  uncertain: UncertainReason[];
  reclassifiedBefore2022: boolean;
}

function sampleDays(job: PreparedJob, fromDay: DayNumber, toDay: DayNumber): DayNumber[] {
  const first = Math.max(job.startDay, fromDay);
  const last = Math.min(job.endDay, toDay - 1);
  const pivot = NOC_RECLASSIFICATION.workBeforeDay;
  // Classification changes at most once, on the day IRCC moved to NOC 2021.
  return pivot > first && pivot <= last ? [first, pivot - 1, pivot, last] : [first, last];
}

export function jobNotes(
  jobs: readonly PreparedJob[],
  regime: Regime,
  fromDay: DayNumber,
  toDay: DayNumber,
): JobNote[] {
  const notes: JobNote[] = [];
  for (const job of jobs) {
    if (job.endDay < fromDay || job.startDay >= toDay) continue;
    const note: JobNote = {
      index: job.index,
      noc: job.noc.code,
      excluded: null,
      uncertain: [],
      reclassifiedBefore2022: false,
    };
    for (const day of sampleDays(job, fromDay, toDay)) {
      const jobClass = classifyJob(job, regime, day);
      if (jobClass.kind === 'excluded') note.excluded = jobClass.reason;
      else if (jobClass.kind === 'uncertain') {
        if (!note.uncertain.includes(jobClass.reason)) note.uncertain.push(jobClass.reason);
      } else if (jobClass.doubtful) note.reclassifiedBefore2022 = true;
    }
    notes.push(note);
  }
  return notes;
}
