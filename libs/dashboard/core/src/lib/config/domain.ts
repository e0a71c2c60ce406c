import type {
  Language,
  LANGUAGES,
  PASSWORD_MIN_LENGTH,
  Role,
  ROLES,
} from '@intake/shared/contracts';

/*
 * Runtime copies of the constants in @intake/shared/contracts. Only types may be imported from
 * that library (its classes carry class-validator decorators we do not want in the browser
 * bundle), so the values are repeated here and typed with `typeof` the originals: the build
 * fails if the contracts change and these copies are not updated.
 */
export const ROLE_LIST: typeof ROLES = ['admin', 'lawyer', 'paralegal'];
export const LANGUAGE_LIST: typeof LANGUAGES = ['en', 'fr'];
export const MIN_PASSWORD_LENGTH: typeof PASSWORD_MIN_LENGTH = 12;

export const ROLE_LABEL_KEYS: Readonly<Record<Role, string>> = {
  admin: 'common.roles.admin',
  lawyer: 'common.roles.lawyer',
  paralegal: 'common.roles.paralegal',
};

export const LANGUAGE_LABEL_KEYS: Readonly<Record<Language, string>> = {
  en: 'common.languages.en',
  fr: 'common.languages.fr',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_LIST as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLE_LIST as readonly string[]).includes(value);
}
