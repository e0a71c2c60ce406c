import type { ChecklistCondition, ChecklistRepeat, DocumentProvider, EducationLevelCode, StatusType } from '@intake/shared/contracts';
import { addDays, addYears, daysBetween, LANGUAGE_TEST_NAMES } from '@intake/api/case-data';
import type { ClientEntity } from '@intake/api/intake';

export interface TemplateItemSpec {
  key: string;
  label: string;
  description: string | null;
  provider: DocumentProvider;
  required: boolean;
  condition: ChecklistCondition;
  repeat: ChecklistRepeat;
  dueDays: number | null;
}

export interface DesiredItem {
  templateItemKey: string;
  /** What the item repeats for (a country, a credential, a job…); '' for a single item. */
  instanceKey: string;
  label: string;
  description: string | null;
  provider: DocumentProvider;
  required: boolean;
  dueDays: number | null;
  /** Template order, then instance order: where a new item sorts. */
  position: number;
}

interface Instance {
  key: string;
  label: string;
}

/** Six months, the stay after which IRCC asks for a country's police certificate. */
const SIX_MONTHS_DAYS = 183;
const CEC_WINDOW_YEARS = 3;
const PARTNERS = new Set(['spouse', 'common_law_partner']);
const PERMITS: Partial<Record<StatusType, string>> = { work_permit: 'work permit', study_permit: 'study permit', visitor: 'visitor record' };
const NOT_CREDENTIALS = new Set<EducationLevelCode>(['less_than_secondary', 'secondary']);
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

const country = (code: string) => countryNames.of(code.toUpperCase()) ?? code;
const slug = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function conditionHolds(condition: ChecklistCondition, client: ClientEntity): boolean {
  const family = client.family ?? [];
  const partner = family.find((member) => PARTNERS.has(member.relationship));
  switch (condition) {
    case 'always':
      return true;
    case 'has_partner':
      return partner !== undefined;
    case 'spouse_accompanying':
      return partner?.accompanying === true;
    case 'has_dependent_children':
      return family.some((member) => member.relationship === 'dependent_child');
  }
}

/**
 * Countries where the intake shows the client lived 6 months or more since turning 18: the
 * country of residence and citizenships (as declared), and the countries of foreign jobs and
 * studies long enough after the 18th birthday. Canada needs no police certificate.
 */
export function policeCountries(client: ClientEntity, today: string): string[] {
  const adult = client.dateOfBirth ? addYears(client.dateOfBirth, 18) : null;
  const stayedLongEnough = (start: string, end: string) => {
    const from = adult && adult > start ? adult : start;
    return daysBetween(from, end) >= SIX_MONTHS_DAYS;
  };
  const codes = new Set<string>([...(client.countryOfResidence ? [client.countryOfResidence] : []), ...client.citizenships]);
  for (const job of client.work ?? []) {
    if (stayedLongEnough(job.start, job.end ?? today)) codes.add(job.country);
  }
  for (const study of client.education ?? []) {
    const end = study.completedOn ?? today;
    const start = addDays(end, -Math.round(study.durationYears * 365));
    if (stayedLongEnough(start, end)) codes.add(study.country);
  }
  return [...codes].map((code) => code.toUpperCase()).filter((code) => code !== 'CA').sort();
}

export function instancesOf(repeat: ChecklistRepeat, client: ClientEntity, today: string): Instance[] {
  switch (repeat) {
    case 'once':
      return [{ key: '', label: '' }];
    case 'police_country':
      return policeCountries(client, today).map((code) => ({ key: code, label: country(code) }));
    case 'foreign_credential':
      return (client.education ?? [])
        .filter((e) => e.country.toUpperCase() !== 'CA' && !NOT_CREDENTIALS.has(e.level))
        .map((e) => ({ key: `${e.level}:${e.country}:${slug(e.institution)}`, label: `${e.institution} (${country(e.country)})` }));
    case 'canadian_job_in_window': {
      const windowStart = addYears(today, -CEC_WINDOW_YEARS);
      return (client.work ?? [])
        .filter((w) => w.country.toUpperCase() === 'CA' && (w.end === null || w.end >= windowStart) && w.start <= today)
        .map((w) => ({ key: `${slug(w.employer)}:${w.start}`, label: `${w.employer}, from ${w.start}` }));
    }
    case 'permit':
      return (client.statusHistory ?? [])
        .filter((s) => PERMITS[s.type] !== undefined)
        .map((s) => ({ key: `${s.type}:${s.validFrom}`, label: `${PERMITS[s.type]} ${s.validFrom} to ${s.validTo ?? 'no end date'}` }));
    case 'language_test':
      return (client.languageTests ?? []).map((t) => ({ key: `${t.test}:${t.testDate}`, label: `${LANGUAGE_TEST_NAMES[t.test]}, ${t.testDate}` }));
  }
}

/** The items a template calls for, given the client's intake today, in the template's order. */
export function expandTemplate(items: TemplateItemSpec[], client: ClientEntity, today: string): DesiredItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => conditionHolds(item.condition, client))
    .flatMap(({ item, index }) =>
      uniqueByKey(instancesOf(item.repeat, client, today)).map((instance, n) => ({
        templateItemKey: item.key,
        instanceKey: instance.key,
        label: instance.label ? `${item.label}: ${instance.label}` : item.label,
        description: item.description,
        provider: item.provider,
        required: item.required,
        dueDays: item.dueDays,
        position: index * 100 + Math.min(n, 99),
      })),
    );
}

function uniqueByKey(instances: Instance[]): Instance[] {
  const seen = new Set<string>();
  return instances.filter((instance) => !seen.has(instance.key) && seen.add(instance.key));
}
