import type { DayNumber } from './dates';
import { NOC_FORMER_SKILL_B_2022, NOC_NEWLY_TEER3_2022, type NocUnitGroup } from './noc';
import {
  MI10_INELIGIBLE,
  NOC_RECLASSIFICATION,
  PHYSICIAN_SELF_EMPLOYED,
  type Regime,
} from './rule-sets';
import type { OccupationGroup } from './types';

/** A work entry with its dates turned into day numbers (end inclusive, +Infinity if ongoing). */
export interface PreparedJob {
  index: number;
  noc: NocUnitGroup;
  inCanada: boolean;
  startDay: DayNumber;
  endDay: DayNumber;
  hoursPerWeek: number;
  selfEmployed: boolean;
  whileFullTimeStudent: boolean;
  authorized: boolean;
}

export type ExclusionReason =
  'outside_canada' | 'not_authorized' | 'full_time_student' | 'not_skilled' | 'self_employed';

export type UncertainReason =
  'reclassified_into_teer3_2022' | 'former_skill_b' | 'mi10_ineligible' | 'physician_self_employed';

export type JobClass =
  | { kind: 'excluded'; reason: ExclusionReason }
  | { kind: 'uncertain'; reason: UncertainReason; group: OccupationGroup }
  | { kind: 'counting'; group: OccupationGroup; doubtful: boolean };

export function occupationGroupOf(noc: NocUnitGroup): OccupationGroup {
  // The three occupations that left the skilled range in 2022 were NOC B: group 2/3.
  return noc.teer <= 1 ? 'teer0or1' : 'teer2or3';
}

type SkillClass =
  | { kind: 'excluded' }
  | { kind: 'uncertain'; reason: UncertainReason }
  | { kind: 'counting'; doubtful: boolean };

const EXCLUDED: SkillClass = { kind: 'excluded' };
const COUNTING: SkillClass = { kind: 'counting', doubtful: false };
const COUNTING_DOUBTFUL: SkillClass = { kind: 'counting', doubtful: true };
const RECLASSIFIED_UNCERTAIN: SkillClass = {
  kind: 'uncertain',
  reason: 'reclassified_into_teer3_2022',
};
const FORMER_B_UNCERTAIN: SkillClass = { kind: 'uncertain', reason: 'former_skill_b' };

function skillUnderTeer(noc: NocUnitGroup, regime: Regime, day: DayNumber): SkillClass {
  const beforeReclassification =
    regime.reclassificationReview && day < NOC_RECLASSIFICATION.workBeforeDay;
  if (noc.teer <= 3) {
    return beforeReclassification && NOC_NEWLY_TEER3_2022.has(noc.code)
      ? COUNTING_DOUBTFUL
      : COUNTING;
  }
  return beforeReclassification && NOC_FORMER_SKILL_B_2022.has(noc.code)
    ? FORMER_B_UNCERTAIN
    : EXCLUDED;
}

function skillUnderNoc2016(noc: NocUnitGroup): SkillClass {
  if (noc.teer <= 2) return COUNTING;
  if (noc.teer === 3) return NOC_NEWLY_TEER3_2022.has(noc.code) ? RECLASSIFIED_UNCERTAIN : COUNTING;
  return NOC_FORMER_SKILL_B_2022.has(noc.code) ? FORMER_B_UNCERTAIN : EXCLUDED;
}

function skillOf(noc: NocUnitGroup, regime: Regime, day: DayNumber): SkillClass {
  return regime.ruleSet.skilled === 'teer-0-1-2-3'
    ? skillUnderTeer(noc, regime, day)
    : skillUnderNoc2016(noc);
}

/** How one job's hours on `day` count for an application judged under `regime`. */
export function classifyJob(job: PreparedJob, regime: Regime, day: DayNumber): JobClass {
  if (!job.inCanada) return { kind: 'excluded', reason: 'outside_canada' };
  if (!job.authorized) return { kind: 'excluded', reason: 'not_authorized' };
  if (job.whileFullTimeStudent) return { kind: 'excluded', reason: 'full_time_student' };
  const skill = skillOf(job.noc, regime, day);
  if (skill.kind === 'excluded') return { kind: 'excluded', reason: 'not_skilled' };
  const group = occupationGroupOf(job.noc);
  if (job.selfEmployed) {
    return regime.physicianSelfEmployedUncertain &&
      PHYSICIAN_SELF_EMPLOYED.nocCodes.has(job.noc.code)
      ? { kind: 'uncertain', reason: 'physician_self_employed', group }
      : { kind: 'excluded', reason: 'self_employed' };
  }
  if (skill.kind === 'uncertain') return { kind: 'uncertain', reason: skill.reason, group };
  if (regime.mi10Uncertain && MI10_INELIGIBLE.nocCodes.has(job.noc.code)) {
    return { kind: 'uncertain', reason: 'mi10_ineligible', group };
  }
  return { kind: 'counting', group, doubtful: skill.doubtful };
}
