import { FormControl, Validators } from '@angular/forms';
import { FieldErrorPipe, fieldErrorMessage } from './field-error';

describe('fieldErrorMessage', () => {
  it('returns null without errors', () => {
    expect(fieldErrorMessage(null)).toBeNull();
    expect(new FieldErrorPipe().transform(undefined)).toBeNull();
  });

  it('maps Angular validator errors to translation keys with parameters', () => {
    const control = new FormControl('', { validators: [Validators.required] });
    expect(fieldErrorMessage(control.errors)).toEqual({ key: 'errors.required' });

    const short = new FormControl('abc', { validators: [Validators.minLength(12)] });
    expect(fieldErrorMessage(short.errors)).toEqual({
      key: 'errors.minLength',
      params: { min: 12 },
    });

    const email = new FormControl('nope', { validators: [Validators.email] });
    expect(fieldErrorMessage(email.errors)).toEqual({ key: 'errors.email' });

    expect(fieldErrorMessage({ mismatch: true })).toEqual({ key: 'errors.passwordMismatch' });
    expect(fieldErrorMessage({ somethingElse: true })).toEqual({ key: 'errors.invalid' });
  });

  it('prefers explicit message keys, then API messages', () => {
    expect(fieldErrorMessage({ messageKey: 'admin.users.errors.emailTaken', server: 'x' })).toEqual(
      {
        key: 'admin.users.errors.emailTaken',
      },
    );
    expect(fieldErrorMessage({ server: 'is not a NOC 2021 unit group', required: true })).toEqual({
      key: 'is not a NOC 2021 unit group',
    });
  });

  it('translates the API messages it knows', () => {
    expect(fieldErrorMessage({ server: 'must be at least 12 characters' })).toEqual({
      key: 'errors.minLength',
      params: { min: 12 },
    });
    expect(
      fieldErrorMessage({ server: 'must be shorter than or equal to 254 characters' }),
    ).toEqual({
      key: 'errors.maxLength',
      params: { max: 254 },
    });
    expect(fieldErrorMessage({ server: 'must be a valid e-mail address' })).toEqual({
      key: 'errors.email',
    });
    expect(fieldErrorMessage({ server: 'is required' })).toEqual({ key: 'errors.required' });
    expect(fieldErrorMessage({ server: 'is not your current password' })).toEqual({
      key: 'auth.changePassword.errors.wrongCurrent',
    });
    expect(fieldErrorMessage({ server: 'must differ from the current password' })).toEqual({
      key: 'auth.changePassword.errors.sameAsCurrent',
    });
  });
});
