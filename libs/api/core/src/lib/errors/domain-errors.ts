import type { FieldError, MoveRefusal } from '@intake/shared/contracts';

/**
 * Errors that services throw. One filter maps them to problem+json; services never throw
 * HTTP exceptions.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;

  constructor(readonly detail?: string) {
    super(detail);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly type = 'not-found';
  readonly title = 'Not found';
}

export class StaleVersion extends DomainError {
  readonly status = 409;
  readonly type = 'stale-version';
  readonly title = 'Someone else changed this record';

  constructor() {
    super('The record was changed since you loaded it. Reload it and apply your change again.');
  }
}

export class AlreadyExists extends DomainError {
  readonly status = 409;
  readonly type = 'already-exists';
  readonly title = 'Already exists';
}

export class InvalidCredentials extends DomainError {
  readonly status = 401;
  readonly type = 'invalid-credentials';
  readonly title = 'Sign-in failed';

  constructor() {
    super(
      'The e-mail or password is incorrect. After 5 failed attempts an account is locked for 15 minutes.',
    );
  }
}

export class NotAuthenticated extends DomainError {
  readonly status = 401;
  readonly type = 'not-authenticated';
  readonly title = 'Sign-in required';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly type = 'forbidden';
  readonly title = 'Not allowed';
}

export class InvalidInput extends DomainError {
  readonly status = 400;
  readonly type = 'validation';
  readonly title = 'The request is not valid';

  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

export class UnprocessableRequest extends DomainError {
  readonly status = 422;
  readonly type = 'unprocessable';
  readonly title = 'The request cannot be processed';
}

export class CsrfRejected extends DomainError {
  readonly status = 403;
  readonly type = 'csrf';
  readonly title = 'CSRF token missing or invalid';

  constructor() {
    super('The request did not carry a valid X-XSRF-TOKEN header. Reload the page and try again.');
  }
}

export class HttpsRequired extends DomainError {
  readonly status = 403;
  readonly type = 'https-required';
  readonly title = 'Sign-in needs HTTPS';

  constructor() {
    super(
      'This server sends Secure session cookies, which browsers keep only over HTTPS. Open the site with https:// (behind a TLS proxy, set TRUST_PROXY=true), or set SECURE_COOKIES=false on a private network.',
    );
  }
}

/**
 * A move or state change that the firm's rules refuse now; the detail says why, and for a case's
 * move the refusal names the rule, so the dashboard can say it in the user's language.
 */
export class TransitionRefused extends DomainError {
  readonly status = 409;
  readonly type = 'transition-refused';
  readonly title = 'This change is not allowed now';

  constructor(
    detail: string,
    readonly refusal?: MoveRefusal,
  ) {
    super(detail);
  }
}

export class UnsupportedFile extends DomainError {
  readonly status = 415;
  readonly type = 'unsupported-file';
  readonly title = 'This file is not accepted';
}

/** The visitor acknowledged a disclaimer text that is no longer the current one: reload it. */
export class DisclaimerOutdated extends DomainError {
  readonly status = 409;
  readonly type = 'disclaimer-outdated';
  readonly title = 'The disclaimer has changed';
}

/**
 * A public action that needs the current disclaimer acknowledged first (428 Precondition
 * Required): no acknowledgment token, an unknown or expired one, or one given for another purpose.
 */
export class DisclaimerNotAcknowledged extends DomainError {
  readonly status = 428;
  readonly type = 'disclaimer-not-acknowledged';
  readonly title = 'Acknowledge the disclaimer first';
}

/** Someone else booked this time (or it overlaps a booking with its buffer). */
export class SlotTaken extends DomainError {
  readonly status = 409;
  readonly type = 'slot-taken';
  readonly title = 'This time is no longer available';
}
