import type { ClientDto } from '@intake/shared/contracts';

/** A complete client as the API answers it, for tests (override what the test is about). */
export function makeClient(overrides: Partial<ClientDto> = {}): ClientDto {
  return {
    id: 'c-1',
    fileNumber: 'C-2025-00001',
    givenNames: 'Ana',
    familyName: 'Silva',
    dateOfBirth: '1990-04-12',
    email: null,
    phone: null,
    intendedProvince: 'ON',
    assignedTo: null,
    updatedAt: '2025-06-01T12:00:00.000Z',
    otherNames: [],
    citizenships: [],
    countryOfResidence: null,
    address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: null },
    preferredLanguage: 'en',
    maritalStatus: null,
    notes: null,
    open: true,
    createdAt: '2025-01-01T12:00:00.000Z',
    version: 3,
    statusHistory: [],
    languageTests: [],
    education: [],
    work: [],
    family: [],
    parties: [],
    identification: null,
    verifications: [],
    nextStatusExpiry: null,
    conflictStatus: null,
    canadianSkilledHours: 0,
    ...overrides,
  };
}
