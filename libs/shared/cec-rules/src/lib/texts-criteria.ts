import type { PreparedCredential } from './context';
import type { LanguageAssessment } from './language';
import type { RuleSet } from './rule-sets';
import {
  both,
  clbListEn,
  clbListFr,
  day,
  hoursEn,
  hoursFr,
  numberEn,
  numberFr,
  sentences,
  testName,
  type Bilingual,
} from './texts-format';
import type { OccupationGroup } from './types';

/** The main occupation group; the French text follows "relève". */
function groupLabel(ruleSet: RuleSet, group: OccupationGroup): Bilingual {
  if (ruleSet.skilled === 'teer-0-1-2-3') {
    return group === 'teer0or1'
      ? both('TEER 0 or 1', 'de la catégorie FEER 0 ou 1')
      : both('TEER 2 or 3', 'de la catégorie FEER 2 ou 3');
  }
  return group === 'teer0or1'
    ? both('NOC skill type 0 or level A', 'du genre de compétence 0 ou du niveau A de la CNP')
    : both('NOC skill level B', 'du niveau de compétence B de la CNP');
}

export interface LanguageTextInput {
  assessment: LanguageAssessment;
  ruleSet: RuleSet;
  mainGroup: OccupationGroup;
  teer0or1Hours: number;
  teer2or3Hours: number;
  asOf: number;
}

function requirementLine(input: LanguageTextInput): Bilingual {
  const group = groupLabel(input.ruleSet, input.mainGroup);
  const required = input.assessment.requiredClb;
  return both(
    `CLB/NCLC ${required} is required in each of the four abilities because the main occupation is ${group.en}.`,
    `Le niveau NCLC/CLB ${required} est exigé dans chacune des quatre compétences parce que la profession principale relève ${group.fr}.`,
  );
}

function noValidTestLine(input: LanguageTextInput): Bilingual {
  const { expiredCount, notApprovedCount } = input.assessment;
  const expired =
    expiredCount > 0
      ? both(
          ` ${expiredCount} result(s) are two or more years old.`,
          ` ${expiredCount} résultat(s) datent de deux ans ou plus.`,
        )
      : both('', '');
  const notApproved =
    notApprovedCount > 0
      ? both(
          ` ${notApprovedCount} PTE Core result(s) predate 2024-01-30, when IRCC began accepting that test.`,
          ` ${notApprovedCount} résultat(s) PTE Core sont antérieurs au 2024-01-30, date à partir de laquelle IRCC accepte ce test.`,
        )
      : both('', '');
  return both(
    `No valid language test result on ${day(input.asOf)}: results must be from an approved test and less than two years old.${expired.en}${notApproved.en}`,
    `Aucun résultat de test linguistique valide le ${day(input.asOf)} : le résultat doit provenir d'un test approuvé et dater de moins de deux ans.${expired.fr}${notApproved.fr}`,
  );
}

export function languageDetail(input: LanguageTextInput): Bilingual {
  const { assessment } = input;
  const chosen = assessment.chosen;
  if (chosen === null) return sentences(noValidTestLine(input), requirementLine(input));
  const result = both(
    `${testName(chosen.test)} of ${chosen.testDate}: CLB ${clbListEn(chosen.clb)}.`,
    `${testName(chosen.test)} du ${chosen.testDate} : NCLC/CLB ${clbListFr(chosen.clb)}.`,
  );
  const lowest = Math.min(
    chosen.clb.reading,
    chosen.clb.writing,
    chosen.clb.listening,
    chosen.clb.speaking,
  );
  switch (assessment.reason) {
    case 'mixed_occupation_groups':
      return sentences(
        result,
        both(
          `The work is in both TEER 0/1 (${hoursEn(input.teer0or1Hours)} h) and TEER 2/3 (${hoursEn(input.teer2or3Hours)} h) occupations; the lowest level (${lowest}) meets CLB ${input.ruleSet.clbTeer2or3} but not CLB ${input.ruleSet.clbTeer0or1}. The threshold is that of the occupation with the most experience (IRPR 87.1(2)(e), wording unverified): a lawyer must confirm.`,
          `Le travail est dans des professions FEER 0/1 (${hoursFr(input.teer0or1Hours)} h) et FEER 2/3 (${hoursFr(input.teer2or3Hours)} h); le niveau le plus bas (${lowest}) atteint NCLC ${input.ruleSet.clbTeer2or3} mais pas NCLC ${input.ruleSet.clbTeer0or1}. Le seuil est celui de la profession où l'expérience est la plus grande (RIPR 87.1(2)e), libellé non vérifié) : un avocat doit confirmer.`,
        ),
        requirementLine(input),
      );
    case 'combined_sittings': {
      const combined = assessment.combined ?? chosen.clb;
      return sentences(
        result,
        requirementLine(input),
        both(
          `No single sitting reaches it in all four abilities, but the best levels of different sittings in the same language would (CLB ${clbListEn(combined)}). Combining sittings is believed not to be allowed (unverified): a lawyer must confirm.`,
          `Aucune séance n'atteint ce niveau dans les quatre compétences, mais les meilleurs niveaux de séances différentes dans la même langue l'atteindraient (NCLC/CLB ${clbListFr(combined)}). La combinaison de séances ne serait pas permise (non vérifié) : un avocat doit confirmer.`,
        ),
      );
    }
    case 'below_required':
      return sentences(
        result,
        requirementLine(input),
        both(
          `The lowest ability is at level ${lowest}.`,
          `La compétence la plus faible est au niveau ${lowest}.`,
        ),
      );
    case 'met':
    case 'no_valid_test':
      return sentences(result, requirementLine(input));
  }
}

export type StatusReason =
  'permanent_on_application_date' | 'no_history' | 'unrecorded_days' | 'covered';

export function statusDetail(
  reason: StatusReason,
  hoursWithoutStatus: number,
  asOf: number,
  ruleSet: RuleSet,
  temporaryOnApplicationDate: boolean,
): Bilingual {
  const main = ((): Bilingual => {
    switch (reason) {
      case 'permanent_on_application_date':
        return both(
          `Permanent resident or citizen status is recorded on ${day(asOf)}: such a person does not apply for permanent residence.`,
          `Un statut de résident permanent ou de citoyen est inscrit le ${day(asOf)} : une telle personne ne demande pas la résidence permanente.`,
        );
      case 'no_history':
        return both(
          'No status history was entered; the work was counted as if done under temporary resident status. A lawyer must confirm the status during the work.',
          "Aucun historique de statut n'a été saisi; le travail a été compté comme s'il avait été fait sous statut de résident temporaire. Un avocat doit confirmer le statut pendant le travail.",
        );
      case 'unrecorded_days':
        return both(
          `${hoursEn(hoursWithoutStatus)} hours of otherwise qualifying work in Canada fall on days with no temporary resident status recorded (possible unauthorized work or refugee claim); they were not counted. A lawyer must look.`,
          `${hoursFr(hoursWithoutStatus)} heures de travail autrement admissible au Canada tombent sur des jours sans statut de résident temporaire inscrit (travail possiblement non autorisé ou demande d'asile); elles n'ont pas été comptées. Un avocat doit examiner.`,
        );
      case 'covered':
        return both(
          'Temporary resident status is recorded on every day of the Canadian work that counts.',
          'Un statut de résident temporaire est inscrit pour chaque jour du travail au Canada qui compte.',
        );
    }
  })();
  const outsideNote =
    ruleSet.id === 'cec-2008' &&
    !temporaryOnApplicationDate &&
    reason !== 'permanent_on_application_date'
      ? both(
          `No temporary status is recorded on ${day(asOf)}; under the 2008 rules an applicant could also apply from outside Canada within a year of leaving the Canadian job, so this is not required.`,
          `Aucun statut temporaire n'est inscrit le ${day(asOf)}; selon les règles de 2008, on pouvait aussi présenter la demande hors du Canada dans l'année suivant la fin de l'emploi au Canada : ce n'est donc pas exigé.`,
        )
      : null;
  return sentences(main, outsideNote);
}

export function residenceDetail(province: string): Bilingual {
  return province === 'QC'
    ? both(
        'The client intends to live in Quebec. The CEC requires the intention to live in a province other than Quebec, which selects its own skilled workers.',
        "Le client a l'intention de vivre au Québec. La CEC exige l'intention de vivre dans une autre province que le Québec, qui sélectionne ses propres travailleurs qualifiés.",
      )
    : both(
        `Intended province or territory: ${province} (outside Quebec).`,
        `Province ou territoire de destination : ${province} (hors du Québec).`,
      );
}

export function admissibilityDetail(
  concerns: boolean,
  unauthorizedWork: readonly number[],
): Bilingual {
  const disclosed = concerns
    ? both(
        'The client disclosed possible admissibility concerns (criminality, health, misrepresentation or a prior refusal): a lawyer must review them.',
        "Le client a déclaré des problèmes possibles d'admissibilité (criminalité, santé, fausses déclarations ou refus antérieur) : un avocat doit les examiner.",
      )
    : null;
  const jobs = (word: string) => unauthorizedWork.map((index) => `${word} ${index + 1}`).join(', ');
  const unauthorized =
    unauthorizedWork.length > 0
      ? both(
          `Work in Canada without authorization is recorded (${jobs('job')}): it can make a person inadmissible for non-compliance (IRPA s.41), so a lawyer must review it.`,
          `Du travail au Canada sans autorisation est inscrit (${jobs('emploi')}) : il peut rendre une personne interdite de territoire pour manquement à la loi (LIPR, art. 41); un avocat doit l'examiner.`,
        )
      : null;
  if (disclosed || unauthorized) return sentences(disclosed, unauthorized);
  return both(
    'Admissibility (security, criminality, health, misrepresentation, non-compliance) is not assessed by this engine; no concern was disclosed.',
    "L'admissibilité (sécurité, criminalité, santé, fausses déclarations, non-conformité) n'est pas évaluée par ce moteur; aucun problème n'a été déclaré.",
  );
}

export function canadianEducationDetail(
  credential: PreparedCredential | null,
  asOf: number,
): Bilingual {
  return credential
    ? both(
        `Canadian full-time post-secondary credential (education[${credential.index}], ${numberEn(credential.durationYears)} years) completed on ${day(credential.completedDay)}: the graduate stream applies; the work criterion decides both streams.`,
        `Diplôme postsecondaire canadien à temps plein (education[${credential.index}], ${numberFr(credential.durationYears)} ans) obtenu le ${day(credential.completedDay)} : le volet des diplômés s'applique; le critère du travail tranche pour les deux volets.`,
      )
    : both(
        `No Canadian full-time post-secondary credential of at least 2 years completed before ${day(asOf)}; only the temporary foreign worker stream applies (decided by the work criterion).`,
        `Aucun diplôme postsecondaire canadien d'au moins 2 ans d'études à temps plein obtenu avant le ${day(asOf)}; seul le volet des travailleurs étrangers temporaires s'applique (tranché par le critère du travail).`,
      );
}
