import { Injectable, computed, inject } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';

/** ISO 3166-1 alpha-2 codes, the ones the API accepts (class-validator's IsISO31661Alpha2). */
export const COUNTRY_CODES: readonly string[] = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
];

const CODES = new Set(COUNTRY_CODES);

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && CODES.has(value);
}

export interface Country {
  code: string;
  name: string;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the language (Intl.DisplayNames), or the code when unknown. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) {
    return '';
  }
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Lower-case without accents, for matching what the user types. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** All countries with their names in the language, sorted as that language sorts. */
export function countryList(language: string): Country[] {
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** Countries whose name (accent-insensitive) or code matches the text, best first. */
export function filterCountries(countries: readonly Country[], text: string): Country[] {
  const query = foldText(text);
  if (!query) {
    return [...countries];
  }
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const country of countries) {
    const name = foldText(country.name);
    if (country.code.toLowerCase() === query || name.startsWith(query)) {
      starts.push(country);
    } else if (name.includes(query)) {
      contains.push(country);
    }
  }
  return [...starts, ...contains];
}

/** The code for what the user typed: a code, or a country's exact name; null otherwise. */
export function resolveCountry(countries: readonly Country[], text: string): string | null {
  const query = foldText(text);
  if (!query) {
    return null;
  }
  const byCode = query.toUpperCase();
  if (CODES.has(byCode)) {
    return byCode;
  }
  return countries.find((c) => foldText(c.name) === query)?.code ?? null;
}

/** Country names in the current UI language, as signals. */
@Injectable({ providedIn: 'root' })
export class CountryNames {
  private readonly language = inject(LanguageService);
  readonly list = computed(() => countryList(this.language.current()));

  name(code: string | null | undefined): string {
    return countryName(code, this.language.current());
  }
}
