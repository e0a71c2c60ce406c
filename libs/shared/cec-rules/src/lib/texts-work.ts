import type { JobNote } from './job-notes';
import type { ExclusionReason, UncertainReason } from './occupations';
import type { RuleSet } from './rule-sets';
import {
  both,
  day,
  hoursEn,
  hoursFr,
  numberEn,
  numberFr,
  sentences,
  type Bilingual,
} from './texts-format';
import type { StreamOutcome, StreamStatus, WorkAssessment } from './work';

function exclusionText(reason: ExclusionReason, ruleSet: RuleSet): Bilingual {
  switch (reason) {
    case 'outside_canada':
      return both('outside Canada', 'hors du Canada');
    case 'not_authorized':
      return both('not authorized to work', 'travail non autorisé');
    case 'full_time_student':
      return both('while a full-time student', 'pendant des études à temps plein');
    case 'self_employed':
      return both('self-employed', 'travail autonome');
    case 'not_skilled':
      return ruleSet.skilled === 'teer-0-1-2-3'
        ? both('TEER 4 or 5, not skilled', 'FEER 4 ou 5, non qualifié')
        : both('not NOC skill type 0 or level A or B', 'ni genre 0 ni niveau A ou B de la CNP');
  }
}

export function uncertainText(reason: UncertainReason): Bilingual {
  switch (reason) {
    case 'reclassified_into_teer3_2022':
      return both(
        'occupation moved into TEER 3 on 2022-11-16 (it was NOC skill level C before)',
        'profession passée à la catégorie FEER 3 le 2022-11-16 (niveau de compétence C de la CNP auparavant)',
      );
    case 'former_skill_b':
      return both(
        'occupation of NOC skill level B that left the skilled range on 2022-11-16',
        'profession de niveau de compétence B de la CNP sortie des emplois qualifiés le 2022-11-16',
      );
    case 'mi10_ineligible':
      return both(
        'one of the six occupations excluded from the CEC by the Ministerial Instructions of 2013-11-09',
        'une des six professions exclues de la CEC par les instructions ministérielles du 2013-11-09',
      );
    case 'physician_self_employed':
      return both(
        'self-employed physician work, counted by a public policy for physicians invited since 2023-04-25',
        "travail autonome de médecin, compté par une politique d'intérêt public pour les médecins invités depuis le 2023-04-25",
      );
  }
}

const STATUS_WORDS: Record<StreamStatus, Bilingual> = {
  met: both('met', 'satisfait'),
  not_met: both('not met', 'non satisfait'),
  needs_review: both('needs review', 'à examiner'),
};

function streamLine(stream: StreamOutcome, asOf: number, cap: number, many: boolean): Bilingual {
  const from = day(stream.fromDay);
  const last = day(stream.toDay - 1);
  const hoursE = hoursEn(stream.countingHours);
  const hoursF = hoursFr(stream.countingHours);
  const requiredE = numberEn(stream.spec.requiredHours);
  const requiredF = numberFr(stream.spec.requiredHours);
  const years = stream.spec.windowYears;
  const verdict = many ? STATUS_WORDS[stream.status] : null;
  const suffixE = verdict ? ` (${verdict.en})` : '';
  const suffixF = verdict ? ` (${verdict.fr})` : '';
  if (stream.spec.id === 'graduate' && stream.credential) {
    const completed = day(stream.credential.completedDay);
    return both(
      `Graduate stream: ${hoursE} hours of qualifying skilled work in Canada from ${from} to ${last}, after the Canadian credential completed on ${completed} and within the ${years} years before ${day(asOf)}; ${requiredE} hours (${stream.spec.requiredMonths} months full-time at ${numberEn(cap)} hours a week) are required${suffixE}.`,
      `Volet des diplômés : ${hoursF} heures de travail qualifié admissible au Canada du ${from} au ${last}, après le diplôme canadien obtenu le ${completed} et dans les ${years} années précédant le ${day(asOf)}; ${requiredF} heures (${stream.spec.requiredMonths} mois à temps plein à ${numberFr(cap)} heures par semaine) sont requises${suffixF}.`,
    );
  }
  const label =
    stream.spec.id === 'worker'
      ? both('Temporary foreign worker stream: ', 'Volet des travailleurs étrangers temporaires : ')
      : both('', '');
  return both(
    `${label.en}${hoursE} hours of qualifying skilled work in Canada from ${from} to ${last} (the ${years} years before ${day(asOf)}); ${requiredE} hours are required (full-time is ${numberEn(cap)} hours a week; hours above that do not count)${suffixE}.`,
    `${label.fr}${hoursF} heures de travail qualifié admissible au Canada du ${from} au ${last} (les ${years} années précédant le ${day(asOf)}); ${requiredF} heures sont requises (le temps plein est de ${numberFr(cap)} heures par semaine; les heures au-delà ne comptent pas)${suffixF}.`,
  );
}

function reasonsOf(notes: readonly JobNote[]): Bilingual {
  const reasons = [...new Set(notes.flatMap((note) => note.uncertain))].map(uncertainText);
  return both(reasons.map((r) => r.en).join('; '), reasons.map((r) => r.fr).join('; '));
}

function gapLine(stream: StreamOutcome, notes: readonly JobNote[]): Bilingual | null {
  const required = stream.spec.requiredHours;
  const uncertain = stream.uncertainHours;
  const reasons = reasonsOf(notes);
  if (stream.reviewReason === 'reclassified_hours') {
    const doubtful = stream.countingHours - stream.sureHours;
    return both(
      `${hoursEn(doubtful)} of these hours were worked before 2022-11-16 in occupations that moved into TEER 3 on that date; without them the total is ${hoursEn(stream.sureHours)} hours. How IRCC counts such experience is unverified, so a lawyer must confirm.`,
      `${hoursFr(doubtful)} de ces heures ont été travaillées avant le 2022-11-16 dans des professions passées à la catégorie FEER 3 à cette date; sans elles, le total est de ${hoursFr(stream.sureHours)} heures. La façon dont IRCC compte cette expérience n'est pas vérifiée : un avocat doit confirmer.`,
    );
  }
  if (stream.reviewReason === 'uncertain_hours') {
    return both(
      `${hoursEn(uncertain)} more hours may count, but only a lawyer can confirm them (${reasons.en}); with them the total reaches ${hoursEn(stream.countingHours + uncertain)} hours.`,
      `${hoursFr(uncertain)} heures de plus pourraient compter, mais seul un avocat peut le confirmer (${reasons.fr}); avec elles, le total atteint ${hoursFr(stream.countingHours + uncertain)} heures.`,
    );
  }
  const uncertainNote =
    uncertain > 0
      ? both(
          ` Another ${hoursEn(uncertain)} hours are uncertain (${reasons.en}).`,
          ` ${hoursFr(uncertain)} autres heures sont incertaines (${reasons.fr}).`,
        )
      : both('', '');
  if (stream.status === 'not_met') {
    const short = Math.max(1, Math.ceil(required - stream.countingHours - 1e-6));
    const plural = short === 1 ? '' : 's';
    return both(
      `Short by ${numberEn(short)} hour${plural}.${uncertainNote.en}`,
      `Il manque ${numberFr(short)} heure${plural}.${uncertainNote.fr}`,
    );
  }
  return uncertain > 0 ? both(uncertainNote.en.trim(), uncertainNote.fr.trim()) : null;
}

function withoutStatusLine(hours: number): Bilingual | null {
  if (hours <= 0) return null;
  return both(
    `${hoursEn(hours)} hours of otherwise qualifying work fell on days with no temporary resident status recorded and were not counted.`,
    `${hoursFr(hours)} heures de travail autrement admissible tombent sur des jours sans statut de résident temporaire inscrit et n'ont pas été comptées.`,
  );
}

function excludedLine(notes: readonly JobNote[], ruleSet: RuleSet): Bilingual | null {
  const excluded = notes.filter((note) => note.excluded !== null);
  if (excluded.length === 0) return null;
  // Jobs are named as the intake lists them, from 1: "job 2" is the second row of work history.
  const item = (note: JobNote, lang: 'en' | 'fr'): string =>
    `${lang === 'fr' ? 'emploi' : 'job'} ${note.index + 1}, ${lang === 'fr' ? 'CNP' : 'NOC'} ${note.noc} (${note.excluded ? exclusionText(note.excluded, ruleSet)[lang] : ''})`;
  return both(
    `Not counted: ${excluded.map((note) => item(note, 'en')).join('; ')}.`,
    `Non comptés : ${excluded.map((note) => item(note, 'fr')).join('; ')}.`,
  );
}

function missingCredentialLine(asOf: number): Bilingual {
  return both(
    `Graduate stream: no Canadian full-time post-secondary credential of at least 2 years completed before ${day(asOf)}.`,
    `Volet des diplômés : aucun diplôme postsecondaire canadien d'au moins 2 ans d'études à temps plein obtenu avant le ${day(asOf)}.`,
  );
}

export function workDetail(
  work: WorkAssessment,
  notes: readonly JobNote[],
  asOf: number,
): Bilingual {
  const ruleSet = work.regime.ruleSet;
  const cap = ruleSet.fullTimeHoursPerWeek;
  const many = ruleSet.streams.length > 1;
  const lines: (Bilingual | null)[] = [];
  if (many && work.graduateCredentialMissing) lines.push(missingCredentialLine(asOf));
  for (const stream of work.streams) {
    lines.push(streamLine(stream, asOf, cap, many));
    lines.push(gapLine(stream, notes));
  }
  lines.push(withoutStatusLine(work.reported.withoutStatusHours));
  lines.push(excludedLine(notes, ruleSet));
  return sentences(...lines);
}
