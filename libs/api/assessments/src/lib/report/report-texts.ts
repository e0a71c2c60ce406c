import type { Language } from '@intake/shared/contracts';
import type { CriterionStatus, CrsBreakdownKey, Outcome } from '@intake/shared/cec-rules';

export interface ReportTexts {
  title: string;
  client: string;
  fileNumber: string;
  asOf: string;
  ruleSet: string;
  inForce: string;
  engine: string;
  generated: string;
  outcome: string;
  outcomes: Record<Outcome, string>;
  statuses: Record<CriterionStatus, string>;
  criteria: string;
  source: string;
  hours: string;
  hoursLine: (hours: number, required: number, from: string, to: string) => string;
  hoursGroups: (teer01: number, teer23: number) => string;
  earliest: (date: string) => string;
  language: string;
  noValidTest: string;
  required: (clb: number) => string;
  abilities: Record<'reading' | 'writing' | 'listening' | 'speaking', string>;
  crs: string;
  crsNone: string;
  crsTotals: (total: number, core: number, spouse: number, transferability: number, additional: number) => string;
  factors: Record<CrsBreakdownKey, string>;
  warnings: string;
  disclaimer: (version: string) => string;
  released: (by: string, at: string) => string;
}

const EN: ReportTexts = {
  title: 'Canadian Experience Class: pre-assessment',
  client: 'Client',
  fileNumber: 'File',
  asOf: 'Application date assessed',
  ruleSet: 'Rules applied',
  inForce: 'in force from',
  engine: 'Engine version',
  generated: 'Generated',
  outcome: 'Outcome',
  outcomes: { eligible: 'Likely eligible', not_eligible: 'Not eligible on this date', needs_review: "Needs a lawyer's review" },
  statuses: { met: 'Met', not_met: 'Not met', needs_review: 'Needs review', not_assessed: 'Not assessed' },
  criteria: 'Criteria',
  source: 'Source',
  hours: 'Canadian skilled work experience',
  hoursLine: (h, r, f, t) => `${h} qualifying hours of the ${r} required, counted from ${f} to ${t}.`,
  hoursGroups: (a, b) => `TEER 0 or 1: ${a} h; TEER 2 or 3: ${b} h.`,
  earliest: (d) => `Earliest date the hours are met if current work continues: ${d}.`,
  language: 'Language (CLB / NCLC)',
  noValidTest: 'No valid language test on this date.',
  required: (c) => `Required: level ${c} in each ability.`,
  abilities: { reading: 'Reading', writing: 'Writing', listening: 'Listening', speaking: 'Speaking' },
  crs: 'Comprehensive Ranking System (CRS)',
  crsNone: 'No CRS score: the date assessed is before the grid in force since 2025-03-25.',
  crsTotals: (t, c, s, tr, a) => `Total ${t} = core ${c} + spouse ${s} + skill transferability ${tr} + additional ${a}`,
  factors: {
    age: 'Age',
    education: 'Education',
    firstOfficialLanguage: 'First official language',
    secondOfficialLanguage: 'Second official language',
    canadianWorkExperience: 'Canadian work experience',
    spouseEducation: "Spouse's education",
    spouseFirstOfficialLanguage: "Spouse's first official language",
    spouseCanadianWorkExperience: "Spouse's Canadian work experience",
    transferabilityEducationLanguage: 'Education and language',
    transferabilityEducationCanadianWork: 'Education and Canadian work',
    transferabilityEducationCap: 'Education combinations cap',
    transferabilityForeignWorkLanguage: 'Foreign work and language',
    transferabilityForeignWorkCanadianWork: 'Foreign and Canadian work',
    transferabilityForeignWorkCap: 'Foreign work combinations cap',
    transferabilityCertificateOfQualification: 'Certificate of qualification and language',
    transferabilityCap: 'Skill transferability cap',
    provincialNomination: 'Provincial nomination',
    siblingInCanada: 'Sibling in Canada',
    frenchLanguageBonus: 'French-language skills',
    canadianStudy: 'Post-secondary education in Canada',
    additionalCap: 'Additional points cap',
  },
  warnings: 'Warnings',
  disclaimer: (v) => `Disclaimer (version ${v})`,
  released: (by, at) => `Released to the client by ${by} on ${at}.`,
};

const FR: ReportTexts = {
  title: 'Catégorie de l’expérience canadienne : pré-évaluation',
  client: 'Client',
  fileNumber: 'Dossier',
  asOf: 'Date de demande évaluée',
  ruleSet: 'Règles appliquées',
  inForce: 'en vigueur depuis le',
  engine: 'Version du moteur',
  generated: 'Produit le',
  outcome: 'Résultat',
  outcomes: {
    eligible: 'Probablement admissible',
    not_eligible: 'Non admissible à cette date',
    needs_review: 'À examiner par un avocat',
  },
  statuses: { met: 'Satisfait', not_met: 'Non satisfait', needs_review: 'À examiner', not_assessed: 'Non évalué' },
  criteria: 'Critères',
  source: 'Source',
  hours: 'Expérience de travail qualifiée au Canada',
  hoursLine: (h, r, f, t) => `${h} heures admissibles sur les ${r} exigées, comptées du ${f} au ${t}.`,
  hoursGroups: (a, b) => `FEER 0 ou 1 : ${a} h; FEER 2 ou 3 : ${b} h.`,
  earliest: (d) => `Date la plus proche où les heures seront atteintes si l’emploi actuel continue : ${d}.`,
  language: 'Langue (NCLC / CLB)',
  noValidTest: 'Aucun test de langue valide à cette date.',
  required: (c) => `Exigé : niveau ${c} dans chaque compétence.`,
  abilities: { reading: 'Compréhension de l’écrit', writing: 'Expression écrite', listening: 'Compréhension de l’oral', speaking: 'Expression orale' },
  crs: 'Système de classement global (SCG)',
  crsNone: 'Pas de note SCG : la date évaluée précède la grille en vigueur depuis le 2025-03-25.',
  crsTotals: (t, c, s, tr, a) => `Total ${t} = facteurs de base ${c} + époux ${s} + transférabilité ${tr} + points supplémentaires ${a}`,
  factors: {
    age: 'Âge',
    education: 'Études',
    firstOfficialLanguage: 'Première langue officielle',
    secondOfficialLanguage: 'Seconde langue officielle',
    canadianWorkExperience: 'Expérience de travail au Canada',
    spouseEducation: 'Études de l’époux',
    spouseFirstOfficialLanguage: 'Première langue officielle de l’époux',
    spouseCanadianWorkExperience: 'Expérience au Canada de l’époux',
    transferabilityEducationLanguage: 'Études et langue',
    transferabilityEducationCanadianWork: 'Études et expérience au Canada',
    transferabilityEducationCap: 'Plafond des combinaisons d’études',
    transferabilityForeignWorkLanguage: 'Expérience étrangère et langue',
    transferabilityForeignWorkCanadianWork: 'Expérience étrangère et au Canada',
    transferabilityForeignWorkCap: 'Plafond des combinaisons d’expérience étrangère',
    transferabilityCertificateOfQualification: 'Certificat de qualification et langue',
    transferabilityCap: 'Plafond de transférabilité',
    provincialNomination: 'Nomination provinciale',
    siblingInCanada: 'Frère ou sœur au Canada',
    frenchLanguageBonus: 'Compétences en français',
    canadianStudy: 'Études postsecondaires au Canada',
    additionalCap: 'Plafond des points supplémentaires',
  },
  warnings: 'Avertissements',
  disclaimer: (v) => `Avis de non-responsabilité (version ${v})`,
  released: (by, at) => `Communiqué au client par ${by} le ${at}.`,
};

export function reportTexts(language: Language): ReportTexts {
  return language === 'fr' ? FR : EN;
}
