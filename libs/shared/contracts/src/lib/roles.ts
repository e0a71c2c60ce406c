export const ROLES = ['admin', 'lawyer', 'paralegal'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PASSWORD_MIN_LENGTH = 12;
