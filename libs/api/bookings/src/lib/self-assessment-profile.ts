import type { CecProfile, CecResult, CriterionResult } from '@intake/shared/cec-rules';
import type {
  Language,
  SelfAssessmentAnswer,
  SelfAssessmentRequest,
} from '@intake/shared/contracts';

/**
 * One ordinary unit group per TEER category, for visitors who know their TEER but not their
 * NOC code: none is among the occupations whose eligibility changed in 2022.
 */
export const TEER_REPRESENTATIVE_NOC: Record<number, string> = {
  0: '00012',
  1: '11100',
  2: '12010',
  3: '13100',
  4: '14100',
  5: '65100',
};

/**
 * The engine profile of the questionnaire. Visitors are asked whether each job was authorized,
 * not for their permits: an authorized period is read as work-permit status over that period.
 * Education does not decide CEC eligibility under the rules in force; it is kept with the
 * answers for the lawyer, not fed to the engine.
 */
export function toSelfAssessmentProfile(request: SelfAssessmentRequest): CecProfile {
  const work = request.canadianWork.map((job) => ({
    noc: job.noc ?? TEER_REPRESENTATIVE_NOC[job.teer as number],
    country: 'CA',
    start: job.start,
    end: job.end ?? null,
    hoursPerWeek: job.hoursPerWeek,
    selfEmployed: job.selfEmployed ?? false,
    whileFullTimeStudent: job.whileFullTimeStudent,
    authorized: job.authorized,
  }));
  return {
    dateOfBirth: request.dateOfBirth,
    intendedProvince: request.intendedProvince,
    spouse: request.partner
      ? {
          accompanying: request.partner.accompanying,
          canadianCitizenOrPR: request.partner.canadianCitizenOrPR,
        }
      : null,
    statusHistory: request.canadianWork
      .filter((job) => job.authorized)
      .map((job) => ({ type: 'work_permit' as const, from: job.start, to: job.end ?? null })),
    languageTests: request.languageTest
      ? [
          {
            test: request.languageTest.type,
            testDate: request.languageTest.date,
            reading: request.languageTest.reading,
            writing: request.languageTest.writing,
            listening: request.languageTest.listening,
            speaking: request.languageTest.speaking,
          },
        ]
      : [],
    education: [],
    work,
  };
}

export function answerOf(result: CecResult): SelfAssessmentAnswer {
  switch (result.outcome) {
    case 'eligible':
      return 'likely_eligible';
    case 'needs_review':
      return 'needs_review';
    case 'not_eligible':
      return 'likely_not_eligible';
  }
}

const HEADLINES: Record<Language, Record<SelfAssessmentAnswer, string>> = {
  en: {
    likely_eligible:
      'From your answers, you are likely eligible for the Canadian Experience Class.',
    needs_review:
      'From your answers, your situation needs a lawyer’s review before anyone can say whether you are eligible.',
    likely_not_eligible:
      'From your answers, you are likely not eligible for the Canadian Experience Class today.',
  },
  fr: {
    likely_eligible:
      'D’après vos réponses, vous êtes probablement admissible à la catégorie de l’expérience canadienne.',
    needs_review:
      'D’après vos réponses, votre situation doit être examinée par un avocat avant de dire si vous êtes admissible.',
    likely_not_eligible:
      'D’après vos réponses, vous n’êtes probablement pas admissible à la catégorie de l’expérience canadienne aujourd’hui.',
  },
};

const TEER_NOTE: Record<Language, string> = {
  en: 'You gave the TEER category of a job, not its NOC code: a lawyer will need to confirm the occupation.',
  fr: 'Vous avez indiqué la catégorie FEER d’un emploi, et non son code CNP : un avocat devra confirmer la profession.',
};

export function headlineOf(answer: SelfAssessmentAnswer, language: Language): string {
  return HEADLINES[language][answer];
}

/** The engine's own plain reasons: what is missing or uncertain, or, when all is met, what was met. */
export function reasonsOf(
  result: CecResult,
  request: Pick<SelfAssessmentRequest, 'canadianWork'>,
  language: Language,
): string[] {
  const text = (c: CriterionResult) => (language === 'fr' ? c.detailFr : c.detail);
  const open = result.criteria.filter((c) => c.status === 'not_met' || c.status === 'needs_review');
  const shown = open.length > 0 ? open : result.criteria.filter((c) => c.status === 'met');
  const teerOnly = request.canadianWork.some((job) => job.noc === undefined);
  return [...shown.map(text), ...(teerOnly ? [TEER_NOTE[language]] : [])];
}
