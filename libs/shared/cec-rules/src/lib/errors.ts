import type { IsoDate } from './types';

export interface FieldError {
  field: string;
  message: string;
}

/** The profile is malformed (HTTP 400); `errors` names each invalid field. */
export class CecValidationError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    super(`invalid CEC profile: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.name = 'CecValidationError';
    this.errors = errors;
  }
}

/** No CEC rules were in force on the application date (before 2008-09-17; HTTP 422). */
export class NoRulesInForceError extends Error {
  readonly asOf: IsoDate;
  readonly firstRulesDate: IsoDate;

  constructor(asOf: IsoDate, firstRulesDate: IsoDate) {
    super(`no Canadian Experience Class rules were in force on ${asOf} (first: ${firstRulesDate})`);
    this.name = 'NoRulesInForceError';
    this.asOf = asOf;
    this.firstRulesDate = firstRulesDate;
  }
}
