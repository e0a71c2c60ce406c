import type { ClientDto, ClientSummaryDto, ConflictStatus } from '@intake/shared/contracts';
import { convertScoresToClb, findNoc } from '@intake/shared/cec-rules';
import type { ClientEntity } from './client.entity';

const TEMPORARY = new Set(['work_permit', 'study_permit', 'visitor', 'maintained']);

/** The earliest end of a temporary status that has not ended yet. */
export function nextStatusExpiry(client: ClientEntity, today: string): string | null {
  const ends = (client.statusHistory ?? [])
    .filter((s) => TEMPORARY.has(s.type) && s.validTo !== null && s.validTo >= today)
    .map((s) => s.validTo as string)
    .sort();
  return ends[0] ?? null;
}

export function toClientSummary(
  client: ClientEntity,
  extra: { nextStatusExpiry: string | null; conflictStatus: ConflictStatus | null },
): ClientSummaryDto {
  return {
    id: client.id,
    fileNumber: client.fileNumber,
    givenNames: client.givenNames,
    familyName: client.familyName,
    dateOfBirth: client.dateOfBirth,
    email: client.email,
    phone: client.phone,
    intendedProvince: client.intendedProvince,
    assignedTo: client.assignedTo,
    nextStatusExpiry: extra.nextStatusExpiry,
    conflictStatus: extra.conflictStatus,
    updatedAt: client.updatedAt.toISOString(),
  };
}

export function toClientDto(
  client: ClientEntity,
  extra: {
    today: string;
    conflictStatus: ConflictStatus | null;
    canadianSkilledHours: number | null;
    userNames: Map<string, string>;
  },
): ClientDto {
  const name = (id: string) => extra.userNames.get(id) ?? '';
  return {
    ...toClientSummary(client, { nextStatusExpiry: nextStatusExpiry(client, extra.today), conflictStatus: extra.conflictStatus }),
    otherNames: client.otherNames,
    citizenships: client.citizenships,
    countryOfResidence: client.countryOfResidence,
    address: {
      line1: client.addressLine1,
      line2: client.addressLine2,
      city: client.city,
      region: client.region,
      postalCode: client.postalCode,
      country: client.addressCountry,
    },
    preferredLanguage: client.preferredLanguage,
    maritalStatus: client.maritalStatus,
    notes: client.notes,
    open: client.open,
    createdAt: client.createdAt.toISOString(),
    version: client.version,
    canadianSkilledHours: extra.canadianSkilledHours,
    statusHistory: (client.statusHistory ?? []).map((s) => ({
      id: s.id,
      type: s.type,
      permitNumber: s.permitNumberHint,
      validFrom: s.validFrom,
      validTo: s.validTo,
      conditions: s.conditions,
    })),
    languageTests: (client.languageTests ?? []).map((t) => ({
      id: t.id,
      test: t.test,
      testDate: t.testDate,
      registrationNumber: t.registrationNumber,
      reading: t.reading,
      writing: t.writing,
      listening: t.listening,
      speaking: t.speaking,
      clb: convertScoresToClb(t.test, t.testDate, t),
    })),
    education: (client.education ?? []).map((e) => ({
      id: e.id,
      level: e.level,
      institution: e.institution,
      country: e.country,
      inCanada: e.country === 'CA',
      fullTime: e.fullTime,
      durationYears: e.durationYears,
      completedOn: e.completedOn,
      ecaOrganization: e.ecaOrganization,
      ecaDate: e.ecaDate,
      ecaEquivalency: e.ecaEquivalency,
      ecaValid: e.ecaValid,
    })),
    work: (client.work ?? []).map((w) => {
      const noc = findNoc(w.noc);
      return {
        id: w.id,
        employer: w.employer,
        noc: w.noc,
        nocTitleEn: noc?.titleEn ?? '',
        nocTitleFr: noc?.titleFr ?? '',
        teer: noc?.teer ?? Number(w.noc[1]),
        country: w.country,
        start: w.start,
        end: w.end,
        hoursPerWeek: w.hoursPerWeek,
        selfEmployed: w.selfEmployed,
        whileFullTimeStudent: w.whileFullTimeStudent,
        authorized: w.authorized,
      };
    }),
    family: (client.family ?? []).map((f) => ({
      id: f.id,
      relationship: f.relationship,
      givenNames: f.givenNames,
      familyName: f.familyName,
      dateOfBirth: f.dateOfBirth,
      email: f.email,
      accompanying: f.accompanying,
      canadianCitizenOrPR: f.canadianCitizenOrPR,
      educationLevel: f.educationLevel,
      languageTest: f.languageTest,
      canadianWorkYears: f.canadianWorkYears,
      permitType: f.permitType,
      permitValidTo: f.permitValidTo,
    })),
    parties: (client.parties ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      dateOfBirth: p.dateOfBirth,
      email: p.email,
      notes: p.notes,
    })),
    identification: client.identification
      ? {
          name: client.identification.name,
          address: client.identification.address,
          phone: client.identification.phone,
          occupation: client.identification.occupation,
          recordedBy: client.identification.recordedBy,
          recordedByName: name(client.identification.recordedBy),
          recordedAt: client.identification.recordedAt.toISOString(),
        }
      : null,
    verifications: (client.verifications ?? []).map((v) => ({
      id: v.id,
      documentType: v.documentType,
      issuingJurisdiction: v.issuingJurisdiction,
      documentNumber: v.documentNumberHint,
      expiry: v.expiry,
      method: v.method,
      verifiedBy: v.verifiedBy,
      verifiedByName: name(v.verifiedBy),
      verifiedOn: v.verifiedOn,
    })),
  };
}
