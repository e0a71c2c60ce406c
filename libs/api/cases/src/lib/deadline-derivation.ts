import type { StatusType } from '@intake/shared/contracts';
import { addDays, addYears, type DerivedDeadline, type DerivedKind, LANGUAGE_TEST_NAMES } from '@intake/api/case-data';
import type { ClientEntity } from '@intake/api/intake';

/** The kinds this feature derives; document expiries belong to the checklists. */
export const CASE_DERIVED_KINDS: DerivedKind[] = ['pr_application_due', 'permit_expiry', 'language_test_expiry', 'hours_age_out'];

export const ITA_RESPONSE_DAYS = 60;
export const LANGUAGE_RESULT_YEARS = 2;

const PERMITS: Partial<Record<StatusType, string>> = {
  work_permit: 'Work permit',
  study_permit: 'Study permit',
  visitor: 'Visitor record',
};

const TESTS = LANGUAGE_TEST_NAMES;

const PARTNERS = new Set(['spouse', 'common_law_partner']);

const MAINTAINED_STATUS =
  'Maintained status: an application to extend, filed before this date, lets the client stay (and keep working or studying on the same conditions) until IRCC decides. Filed after it, status is lost.';

export interface DerivationInput {
  openedOn: string;
  itaReceivedOn: string | null;
  client: ClientEntity;
  /** The HOURS_AGE_OUT date of the client's latest assessment, and that assessment's date. */
  ageOut: { date: string; assessedOn: string } | null;
}

/**
 * The deadlines a case's sources imply today: the PR application 60 days after the ITA, each
 * temporary permit's expiry (maintained status), each language result's two-year expiry, and
 * the day the qualifying hours age out. Permits and tests that ended before the case opened are
 * history, not deadlines.
 */
export function deriveDeadlines(input: DerivationInput): DerivedDeadline[] {
  const { client, openedOn } = input;
  const deadlines: DerivedDeadline[] = [];
  if (input.itaReceivedOn) {
    deadlines.push({
      kind: 'pr_application_due',
      sourceKey: 'ita',
      title: 'PR application due (60 days after the ITA)',
      detail: `The invitation to apply of ${input.itaReceivedOn} must be answered with a complete application within ${ITA_RESPONSE_DAYS} days.`,
      dueOn: addDays(input.itaReceivedOn, ITA_RESPONSE_DAYS),
    });
  }
  for (const status of client.statusHistory ?? []) {
    const label = PERMITS[status.type];
    if (!label || !status.validTo || status.validTo < openedOn) continue;
    deadlines.push({
      kind: 'permit_expiry',
      sourceKey: `client:${status.type}:${status.validFrom}`,
      title: `${label} expires: file any extension before this date`,
      detail: MAINTAINED_STATUS,
      dueOn: status.validTo,
    });
  }
  for (const member of client.family ?? []) {
    const label = member.permitType ? PERMITS[member.permitType] : undefined;
    if (!label || !member.permitValidTo || member.permitValidTo < openedOn) continue;
    const who = `${member.givenNames} ${member.familyName}`;
    deadlines.push({
      kind: 'permit_expiry',
      sourceKey: `family:${member.relationship}:${who}:${member.permitType}`,
      title: `${who}'s ${label.toLowerCase()} expires: file any extension before this date`,
      detail: MAINTAINED_STATUS,
      dueOn: member.permitValidTo,
    });
  }
  for (const test of client.languageTests ?? []) {
    const dueOn = addYears(test.testDate, LANGUAGE_RESULT_YEARS);
    if (dueOn < openedOn) continue;
    deadlines.push({
      kind: 'language_test_expiry',
      sourceKey: `client:${test.test}:${test.testDate}`,
      title: `${TESTS[test.test]} result of ${test.testDate} expires`,
      detail: 'Language results are valid for two years from the test date, on the day the profile is submitted and the day the PR application is.',
      dueOn,
    });
  }
  for (const member of client.family ?? []) {
    if (!PARTNERS.has(member.relationship) || !member.languageTest) continue;
    const dueOn = addYears(member.languageTest.testDate, LANGUAGE_RESULT_YEARS);
    if (dueOn < openedOn) continue;
    deadlines.push({
      kind: 'language_test_expiry',
      sourceKey: `partner:${member.languageTest.test}:${member.languageTest.testDate}`,
      title: `Spouse's or partner's ${TESTS[member.languageTest.test]} result of ${member.languageTest.testDate} expires`,
      detail: null,
      dueOn,
    });
  }
  if (input.ageOut) {
    deadlines.push({
      kind: 'hours_age_out',
      sourceKey: 'latest-assessment',
      title: 'Qualifying Canadian work hours start to age out',
      detail: `From this date, without new work, the hours in the 3-year window fall short (assessment of ${input.ageOut.assessedOn}).`,
      dueOn: input.ageOut.date,
    });
  }
  return deadlines;
}
