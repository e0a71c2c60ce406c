import type { ClientEntity } from '@intake/api/intake';
import { deriveDeadlines } from './deadline-derivation';

const client = (overrides: Partial<ClientEntity>) =>
  ({ statusHistory: [], languageTests: [], family: [], ...overrides }) as unknown as ClientEntity;

describe('deriveDeadlines', () => {
  it('dates each deadline from its source and skips sources that ended before the case opened', () => {
    const deadlines = deriveDeadlines({
      openedOn: '2026-11-26',
      itaReceivedOn: '2026-11-20',
      ageOut: { date: '2028-03-01', assessedOn: '2026-11-26' },
      client: client({
        statusHistory: [
          { type: 'study_permit', validFrom: '2018-08-20', validTo: '2021-12-31' },
          { type: 'work_permit', validFrom: '2022-01-01', validTo: '2026-12-06' },
          { type: 'maintained', validFrom: '2026-12-07', validTo: null },
        ] as never,
        languageTests: [
          { test: 'IELTS_GENERAL_TRAINING', testDate: '2024-02-29' },
          { test: 'TEF_CANADA', testDate: '2024-11-26' },
        ] as never,
        family: [
          { relationship: 'spouse', languageTest: { test: 'CELPIP_GENERAL', testDate: '2025-03-01' } },
          { relationship: 'dependent_child', languageTest: null },
        ] as never,
      }),
    });
    expect(deadlines.map((d) => [d.kind, d.sourceKey, d.dueOn])).toEqual([
      ['pr_application_due', 'ita', '2027-01-19'],
      ['permit_expiry', 'client:work_permit:2022-01-01', '2026-12-06'],
      ['language_test_expiry', 'client:TEF_CANADA:2024-11-26', '2026-11-26'],
      ['language_test_expiry', 'partner:CELPIP_GENERAL:2025-03-01', '2027-03-01'],
      ['hours_age_out', 'latest-assessment', '2028-03-01'],
    ]);
  });

  it("dates each family member's permit expiry, skipping those that ended before the case opened", () => {
    const deadlines = deriveDeadlines({
      openedOn: '2026-11-26',
      itaReceivedOn: null,
      ageOut: null,
      client: client({
        family: [
          { relationship: 'spouse', givenNames: 'Rahul', familyName: 'Sharma', permitType: 'work_permit', permitValidTo: '2026-12-06', languageTest: null },
          { relationship: 'dependent_child', givenNames: 'Anya', familyName: 'Sharma', permitType: 'study_permit', permitValidTo: '2026-11-25', languageTest: null },
          { relationship: 'dependent_child', givenNames: 'Dev', familyName: 'Sharma', permitType: null, permitValidTo: null, languageTest: null },
        ] as never,
      }),
    });
    expect(deadlines).toEqual([
      expect.objectContaining({
        kind: 'permit_expiry',
        sourceKey: 'family:spouse:Rahul Sharma:work_permit',
        title: "Rahul Sharma's work permit expires: file any extension before this date",
        dueOn: '2026-12-06',
        detail: expect.stringMatching(/^Maintained status/),
      }),
    ]);
  });

  it('derives nothing from an empty intake without an ITA or an assessment', () => {
    expect(deriveDeadlines({ openedOn: '2026-11-26', itaReceivedOn: null, ageOut: null, client: client({}) })).toEqual([]);
  });
});
