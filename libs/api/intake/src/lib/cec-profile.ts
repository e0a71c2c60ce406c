import type { CecProfile, ProvinceCode, SpouseProfile } from '@intake/shared/cec-rules';
import type { ClientEntity } from './client.entity';

export interface ProfileBuild {
  /** Null when a field the engine needs is missing from the intake. */
  profile: CecProfile | null;
  missing: string[];
}

const PARTNERS = new Set(['spouse', 'common_law_partner']);

/** The engine's profile, read from the client's intake: nothing is typed twice. */
export function toCecProfile(client: ClientEntity): ProfileBuild {
  const missing = [
    ...(client.dateOfBirth ? [] : ['dateOfBirth']),
    ...(client.intendedProvince ? [] : ['intendedProvince']),
  ];
  if (missing.length > 0) return { profile: null, missing };

  const partner = (client.family ?? []).find((member) => PARTNERS.has(member.relationship));
  const spouse: SpouseProfile | null = partner
    ? {
        accompanying: partner.accompanying,
        canadianCitizenOrPR: partner.canadianCitizenOrPR,
        ...(partner.educationLevel ? { education: partner.educationLevel } : {}),
        ...(partner.languageTest ? { languageTest: partner.languageTest } : {}),
        ...(partner.canadianWorkYears !== null ? { canadianWorkYears: partner.canadianWorkYears } : {}),
      }
    : null;

  return {
    missing: [],
    profile: {
      dateOfBirth: client.dateOfBirth as string,
      intendedProvince: client.intendedProvince as ProvinceCode,
      spouse,
      statusHistory: (client.statusHistory ?? []).map((s) => ({ type: s.type, from: s.validFrom, to: s.validTo })),
      languageTests: (client.languageTests ?? []).map((t) => ({
        test: t.test,
        testDate: t.testDate,
        reading: t.reading,
        writing: t.writing,
        listening: t.listening,
        speaking: t.speaking,
      })),
      education: (client.education ?? [])
        .filter((e) => e.completedOn !== null && e.level !== 'two_or_more')
        .map((e) => ({
          level: e.level,
          inCanada: e.country === 'CA',
          fullTime: e.fullTime,
          durationYears: e.durationYears,
          completedOn: e.completedOn as string,
          ecaValid: e.ecaValid,
        })),
      work: (client.work ?? []).map((w) => ({
        noc: w.noc,
        country: w.country,
        start: w.start,
        end: w.end,
        hoursPerWeek: w.hoursPerWeek,
        selfEmployed: w.selfEmployed,
        whileFullTimeStudent: w.whileFullTimeStudent,
        authorized: w.authorized,
      })),
    },
  };
}
