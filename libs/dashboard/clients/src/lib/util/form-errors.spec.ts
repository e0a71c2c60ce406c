import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { SERVER_ERROR_KEY } from '@intake/dashboard/core';
import type { Problem } from '@intake/shared/contracts';
import {
  applySectionProblem,
  clientFieldError,
  countryValidator,
  dateOrderValidator,
  intakeServerMessage,
  nocCodeValidator,
  phoneValidator,
} from './form-errors';

function section() {
  const row = () =>
    new FormGroup({
      noc: new FormControl('', { nonNullable: true }),
      employer: new FormControl('', { nonNullable: true }),
      languageTest: new FormGroup({ reading: new FormControl<number | null>(null) }),
      permitNumber: new FormControl('', { nonNullable: true }),
    });
  return new FormGroup({ items: new FormArray([row(), row()]), otherNames: new FormControl('') });
}

function problem(errors: { field: string; message: string }[]): Problem {
  return { type: 'invalid-input', title: 'Bad Request', status: 400, errors };
}

describe('applySectionProblem', () => {
  it('puts items[i].field on row i, control field', () => {
    const form = section();
    const unmatched = applySectionProblem(
      form,
      problem([
        { field: 'items[1].noc', message: 'is not a NOC 2021 unit group' },
        { field: 'items[0].languageTest.reading', message: 'must be between 0 and 9 in steps of 0.5 for this test' },
      ]),
    );
    expect(unmatched).toEqual([]);
    const rows = form.controls.items.controls;
    expect(rows[1].controls.noc.errors).toEqual({ [SERVER_ERROR_KEY]: 'is not a NOC 2021 unit group' });
    expect(rows[1].controls.noc.touched).toBe(true);
    expect(rows[0].controls.noc.errors).toBeNull();
    expect(rows[1].controls.employer.errors).toBeNull();
    expect(rows[0].controls.languageTest.controls.reading.errors?.[SERVER_ERROR_KEY]).toMatch(/^must be between/);
    // Cleared as soon as the user edits the field.
    rows[1].controls.noc.setValue('21231');
    expect(rows[1].controls.noc.errors).toBeNull();
  });

  it('renames fields through aliases and reports what has no control', () => {
    const form = section();
    const unmatched = applySectionProblem(
      form,
      problem([
        { field: 'items[0].permit', message: 'bad' },
        { field: 'items[5].noc', message: 'no such row' },
        { field: 'version', message: 'must be an integer' },
        { field: 'otherNames[1]', message: 'must be shorter' },
      ]),
      { permit: 'permitNumber' },
    );
    expect(form.controls.items.controls[0].controls.permitNumber.errors).toEqual({ [SERVER_ERROR_KEY]: 'bad' });
    // A list element's error goes on the list control.
    expect(form.controls.otherNames.errors).toEqual({ [SERVER_ERROR_KEY]: 'must be shorter' });
    expect(unmatched.map((e) => e.field)).toEqual(['items[5].noc', 'version']);
  });
});

describe('field error messages', () => {
  it('translates the intake rules of the API', () => {
    expect(intakeServerMessage('cannot be in the future')).toEqual({ key: 'clients.errors.future' });
    expect(intakeServerMessage('is not a date on the calendar')).toEqual({ key: 'clients.errors.date' });
    expect(intakeServerMessage('must be on or after start')).toEqual({ key: 'clients.errors.dateOrder' });
    expect(intakeServerMessage('must be between 0 and 9 in steps of 0.5 for this test')).toEqual({
      key: 'clients.errors.scoreScale',
      params: { min: '0', max: '9', step: '0.5' },
    });
    expect(intakeServerMessage('is required to waive a conflict')).toEqual({ key: 'clients.errors.waiverReason' });
    // Shared messages still go to the shared translations; unknown ones are shown as they are.
    expect(intakeServerMessage('is required')).toEqual({ key: 'errors.required' });
    expect(intakeServerMessage('something new')).toEqual({ key: 'something new' });
  });

  it('prefers the server message, then required, then local errors', () => {
    expect(clientFieldError({ required: true, [SERVER_ERROR_KEY]: 'must be a phone number' })).toEqual({
      key: 'clients.errors.phone',
    });
    expect(clientFieldError({ required: true, nocFormat: true })).toEqual({ key: 'errors.required' });
    expect(clientFieldError({ min: { min: 1, actual: 0 } })).toEqual({ key: 'clients.errors.min', params: { min: 1 } });
    expect(clientFieldError({ dateOrder: true })).toEqual({ key: 'clients.errors.dateOrder' });
    expect(clientFieldError({ email: true })).toEqual({ key: 'errors.email' });
    expect(clientFieldError(null)).toBeNull();
  });
});

describe('validators', () => {
  it('check phone numbers, NOC codes and countries like the API', () => {
    expect(phoneValidator(new FormControl('+1 (416) 555-0101'))).toBeNull();
    expect(phoneValidator(new FormControl('call me'))).toEqual({ phone: true });
    expect(nocCodeValidator(new FormControl('21231'))).toBeNull();
    expect(nocCodeValidator(new FormControl('software'))).toEqual({ nocFormat: true });
    expect(countryValidator(new FormControl('BR'))).toBeNull();
    expect(countryValidator(new FormControl(''))).toBeNull();
    expect(countryValidator(new FormControl('Brazil'))).toEqual({ country: true });
  });

  it('puts an end before the start on the end control, and takes it off again', () => {
    const row = new FormGroup(
      { start: new FormControl('2024-01-01'), end: new FormControl('2023-12-31') },
      { validators: [dateOrderValidator('start', 'end')] },
    );
    expect(row.controls.end.errors).toEqual({ dateOrder: true });
    row.controls.start.setValue('2023-06-01');
    expect(row.controls.end.errors).toBeNull();
    row.controls.end.setValue('');
    expect(row.controls.end.errors).toBeNull();
  });
});
