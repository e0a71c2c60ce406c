import type { ClientEntity } from './client.entity';
import { toCecProfile } from './cec-profile';
import { nextStatusExpiry } from './client.mapper';

function client(overrides: Partial<ClientEntity> = {}): ClientEntity {
  return {
    id: 'c1',
    givenNames: 'Ana',
    familyName: 'Silva',
    otherNames: [],
    dateOfBirth: '1990-04-12',
    intendedProvince: 'ON',
    statusHistory: [],
    languageTests: [],
    education: [],
    work: [],
    family: [],
    parties: [],
    ...overrides,
  } as ClientEntity;
}

describe('toCecProfile', () => {
  it('names what the engine needs and the intake lacks', () => {
    expect(toCecProfile(client({ dateOfBirth: null, intendedProvince: null }))).toEqual({
      profile: null,
      missing: ['dateOfBirth', 'intendedProvince'],
    });
  });

  it('reads every section of the intake, nothing typed twice', () => {
    const { profile } = toCecProfile(
      client({
        statusHistory: [{ type: 'work_permit', validFrom: '2022-01-01', validTo: null, permitNumberEnc: 'x' }],
        languageTests: [{ test: 'CELPIP_GENERAL', testDate: '2025-01-01', reading: 9, writing: 8, listening: 10, speaking: 7, registrationNumber: 'R1' }],
        education: [
          { level: 'masters', country: 'CA', fullTime: true, durationYears: 2, completedOn: '2021-05-01', ecaValid: false },
          { level: 'bachelors', country: 'FR', fullTime: true, durationYears: 3, completedOn: null, ecaValid: true },
        ],
        work: [{ noc: '21231', country: 'CA', start: '2022-02-01', end: null, hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true, employer: 'Acme' }],
        family: [
          { relationship: 'dependent_child', givenNames: 'Kid', familyName: 'Silva', accompanying: true, canadianCitizenOrPR: false, educationLevel: null, languageTest: null, canadianWorkYears: null },
          { relationship: 'common_law_partner', givenNames: 'Lee', familyName: 'Wong', accompanying: true, canadianCitizenOrPR: false, educationLevel: 'bachelors', languageTest: null, canadianWorkYears: 2 },
        ],
      } as unknown as Partial<ClientEntity>),
    );
    expect(profile).toEqual({
      dateOfBirth: '1990-04-12',
      intendedProvince: 'ON',
      spouse: { accompanying: true, canadianCitizenOrPR: false, education: 'bachelors', canadianWorkYears: 2 },
      statusHistory: [{ type: 'work_permit', from: '2022-01-01', to: null }],
      languageTests: [{ test: 'CELPIP_GENERAL', testDate: '2025-01-01', reading: 9, writing: 8, listening: 10, speaking: 7 }],
      education: [{ level: 'masters', inCanada: true, fullTime: true, durationYears: 2, completedOn: '2021-05-01', ecaValid: false }],
      work: [{ noc: '21231', country: 'CA', start: '2022-02-01', end: null, hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true }],
    });
  });

  it('has no spouse when no partner is recorded', () => {
    expect(toCecProfile(client()).profile?.spouse).toBeNull();
  });
});

describe('nextStatusExpiry', () => {
  it('is the earliest end of a temporary status not yet over', () => {
    const withStatus = client({
      statusHistory: [
        { type: 'work_permit', validTo: '2026-12-31' },
        { type: 'study_permit', validTo: '2026-11-30' },
        { type: 'visitor', validTo: '2026-01-01' },
        { type: 'permanent_resident', validTo: '2026-11-27' },
      ],
    } as unknown as Partial<ClientEntity>);
    expect(nextStatusExpiry(withStatus, '2026-11-26')).toBe('2026-11-30');
    expect(nextStatusExpiry(withStatus, '2027-01-01')).toBeNull();
  });
});
