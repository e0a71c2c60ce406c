import { CecValidationError, NoRulesInForceError } from '@intake/shared/cec-rules';
import { InvalidInput, UnprocessableRequest } from '@intake/api/core';

/** The engine's own errors, as the API's domain errors: 400 with the fields, or 422. */
export function translateEngineError(error: unknown): never {
  if (error instanceof CecValidationError) throw new InvalidInput([...error.errors]);
  if (error instanceof NoRulesInForceError) throw new UnprocessableRequest(error.message);
  throw error;
}
