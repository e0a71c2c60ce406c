import {
  both,
  day,
  hoursEn,
  hoursFr,
  numberEn,
  numberFr,
  testName,
  type Bilingual,
} from './texts-format';
import type { LanguageTestType } from './types';

export function testExpiresText(
  test: LanguageTestType,
  testDate: string,
  expiryDay: number,
  asOf: number,
): Bilingual {
  const days = expiryDay - asOf;
  return both(
    `The ${testName(test)} result of ${testDate} is no longer valid from ${day(expiryDay)}, ${numberEn(days)} days after ${day(asOf)}: the application must be made before then, or a new test taken.`,
    `Le résultat ${testName(test)} du ${testDate} n'est plus valide à compter du ${day(expiryDay)}, ${numberFr(days)} jours après le ${day(asOf)} : la demande doit être présentée avant, ou un nouveau test passé.`,
  );
}

export function ageOutText(ageOutDay: number, asOf: number, requiredHours: number): Bilingual {
  return both(
    `Counting no work from ${day(asOf)} on, the qualifying hours fall below ${numberEn(requiredHours)} for an application made on or after ${day(ageOutDay)}.`,
    `Sans travail à compter du ${day(asOf)}, les heures admissibles tombent sous ${numberFr(requiredHours)} pour une demande présentée le ${day(ageOutDay)} ou après.`,
  );
}

export function reclassifiedText(hours: number, codes: readonly string[]): Bilingual {
  return both(
    `${hoursEn(hours)} of the counted hours were worked before 2022-11-16 in occupations that moved into TEER 3 on that date (${codes.join(', ')}). They count under the NOC in force when the application is made; IRCC's practice on such experience is unverified.`,
    `${hoursFr(hours)} des heures comptées ont été travaillées avant le 2022-11-16 dans des professions passées à la catégorie FEER 3 à cette date (${codes.join(', ')}). Elles comptent selon la CNP en vigueur à la date de la demande; la pratique d'IRCC à ce sujet n'est pas vérifiée.`,
  );
}
