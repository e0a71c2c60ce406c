import { createHash } from 'node:crypto';
import type { DisclaimerStatementsDto } from '@intake/shared/contracts';

export interface DisclaimerContent {
  en: DisclaimerStatementsDto;
  fr: DisclaimerStatementsDto;
}

/**
 * The text a version's hash is taken over: its number and the four statements, in a fixed
 * order. Migration 20261126000800 computes version 1's hash the same way.
 */
export function canonicalDisclaimer(version: number, content: DisclaimerContent): string {
  return JSON.stringify({
    version,
    en: {
      generalInformation: content.en.generalInformation,
      noConfidentiality: content.en.noConfidentiality,
    },
    fr: {
      generalInformation: content.fr.generalInformation,
      noConfidentiality: content.fr.noConfidentiality,
    },
  });
}

export function disclaimerContentHash(version: number, content: DisclaimerContent): string {
  return createHash('sha256').update(canonicalDisclaimer(version, content), 'utf8').digest('hex');
}

/** Tokens are shown once; the database keeps only this hash of them. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
