import { FormControl } from '@angular/forms';
import { SERVER_ERROR_KEY } from '@intake/dashboard/core';
import type { Problem } from '@intake/shared/contracts';
import {
  applyEvaluateErrors,
  calculatorForm,
  educationForm,
  languageTestForm,
  statusForm,
  syncSpouseControls,
  toCecProfile,
  workForm,
} from './calculator-form';

function filledForm() {
  const form = calculatorForm('2026-06-01');
  form.patchValue({ dateOfBirth: '1994-03-15', intendedProvince: 'ON' });
  form.controls.statusHistory.push(statusForm({ type: 'work_permit', from: '2022-01-01', to: null }));
  form.controls.languageTests.push(
    languageTestForm({
      test: 'IELTS_GENERAL_TRAINING',
      testDate: '2025-05-10',
      reading: 8,
      writing: 7,
      listening: 8.5,
      speaking: 7.5,
    }),
  );
  form.controls.education.push(
    educationForm({ level: 'bachelors', inCanada: false, fullTime: true, durationYears: 3, completedOn: '2016-06-30', ecaValid: true }),
  );
  form.controls.education.push(
    educationForm({ level: 'two_year', inCanada: true, fullTime: true, durationYears: 2, completedOn: '2021-12-15', ecaValid: true }),
  );
  form.controls.work.push(
    workForm({ noc: ' 21211 ', country: 'ca', start: '2022-02-01', end: null, hoursPerWeek: 37.5 }),
  );
  form.controls.work.push(
    workForm({
      noc: '65100',
      country: 'CA',
      start: '2019-09-01',
      end: '2021-12-31',
      hoursPerWeek: 20,
      whileFullTimeStudent: true,
    }),
  );
  return form;
}

describe('calculator request building', () => {
  it('turns the form into a CecProfile with the API field names and types', () => {
    const form = filledForm();
    expect(form.valid).toBe(true);
    expect(toCecProfile(form)).toEqual({
      asOf: '2026-06-01',
      dateOfBirth: '1994-03-15',
      intendedProvince: 'ON',
      spouse: null,
      statusHistory: [{ type: 'work_permit', from: '2022-01-01', to: null }],
      languageTests: [
        { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-05-10', reading: 8, writing: 7, listening: 8.5, speaking: 7.5 },
      ],
      education: [
        { level: 'bachelors', inCanada: false, fullTime: true, durationYears: 3, completedOn: '2016-06-30', ecaValid: true },
        // ecaValid is only sent for foreign credentials.
        { level: 'two_year', inCanada: true, fullTime: true, durationYears: 2, completedOn: '2021-12-15' },
      ],
      work: [
        {
          noc: '21211',
          country: 'CA',
          start: '2022-02-01',
          end: null,
          hoursPerWeek: 37.5,
          selfEmployed: false,
          whileFullTimeStudent: false,
          authorized: true,
        },
        {
          noc: '65100',
          country: 'CA',
          start: '2019-09-01',
          end: '2021-12-31',
          hoursPerWeek: 20,
          selfEmployed: false,
          whileFullTimeStudent: true,
          authorized: true,
        },
      ],
      certificateOfQualification: false,
      provincialNomination: false,
      siblingInCanada: false,
      admissibilityConcerns: false,
    });
  });

  it('leaves out an empty application date (the API then uses today)', () => {
    const form = filledForm();
    form.controls.asOf.setValue('');
    expect('asOf' in toCecProfile(form)).toBe(false);
  });

  it('sends the spouse only when there is one, with only the facts given', () => {
    const form = filledForm();
    form.controls.hasSpouse.setValue(true);
    syncSpouseControls(form);
    expect(toCecProfile(form).spouse).toEqual({ accompanying: true, canadianCitizenOrPR: false });

    form.controls.spouse.patchValue({ education: 'masters', canadianWorkYears: 1, hasLanguageTest: true });
    syncSpouseControls(form);
    expect(form.controls.spouse.controls.languageTest.enabled).toBe(true);
    expect(form.valid).toBe(false); // the spouse's test is now required
    form.controls.spouse.controls.languageTest.patchValue({
      test: 'CELPIP_GENERAL',
      testDate: '2025-04-01',
      reading: 7,
      writing: 7,
      listening: 8,
      speaking: 7,
    });
    expect(form.valid).toBe(true);
    expect(toCecProfile(form).spouse).toEqual({
      accompanying: true,
      canadianCitizenOrPR: false,
      education: 'masters',
      canadianWorkYears: 1,
      languageTest: { test: 'CELPIP_GENERAL', testDate: '2025-04-01', reading: 7, writing: 7, listening: 8, speaking: 7 },
    });

    form.controls.hasSpouse.setValue(false);
    syncSpouseControls(form);
    expect(form.controls.spouse.disabled).toBe(true);
    expect(toCecProfile(form).spouse).toBeNull();
  });

  it('validates what it can before sending: required fields and NOC format', () => {
    const form = calculatorForm('2026-06-01');
    expect(form.valid).toBe(false);
    expect(form.controls.dateOfBirth.hasError('required')).toBe(true);
    expect(form.controls.intendedProvince.hasError('required')).toBe(true);
    const job = workForm({ noc: '2121', country: 'CA', start: '2022-01-01', hoursPerWeek: 30 });
    expect(job.controls.noc.hasError('pattern')).toBe(true);
    job.controls.noc.setValue('21211');
    expect(job.valid).toBe(true);
  });
});

describe('calculator error mapping', () => {
  const problem = (errors: { field: string; message: string }[]): Problem => ({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    errors,
  });

  it('puts `work[1].noc` on the NOC of the second job and returns the rest', () => {
    const form = filledForm();
    form.controls.hasSpouse.setValue(true);
    form.controls.spouse.controls.hasLanguageTest.setValue(true);
    syncSpouseControls(form);
    const unmatched = applyEvaluateErrors(
      form,
      problem([
        { field: 'work[1].noc', message: '99999 is not a NOC 2021 unit group' },
        { field: 'languageTests[0].reading', message: 'must be a IELTS_GENERAL_TRAINING score from 1 to 9 in steps of 0.5' },
        { field: 'spouse.languageTest.speaking', message: 'is required' },
        { field: 'asOf', message: 'must not be after 2031-11-26 (5 years after today)' },
        { field: 'work[0]', message: 'must be an object' },
        { field: '(body)', message: 'incomplete profile' },
        { field: 'nickname', message: 'unknown field' },
      ]),
    );
    const job = form.controls.work.at(1).controls.noc;
    expect(job.getError(SERVER_ERROR_KEY)).toBe('99999 is not a NOC 2021 unit group');
    expect(job.touched).toBe(true);
    expect(form.controls.work.at(0).controls.noc.errors).toBeNull();
    expect(form.controls.languageTests.at(0).controls.reading.getError(SERVER_ERROR_KEY)).toContain('IELTS');
    expect(form.controls.spouse.controls.languageTest.controls.speaking.getError(SERVER_ERROR_KEY)).toBe('is required');
    expect(form.controls.asOf.getError(SERVER_ERROR_KEY)).toContain('2031-11-26');
    expect(unmatched.map((e) => e.field)).toEqual(['work[0]', '(body)', 'nickname']);
    expect(form.get('work.0') instanceof FormControl).toBe(false);
  });

  it('clears a server error as soon as the value is edited', () => {
    const form = filledForm();
    applyEvaluateErrors(form, problem([{ field: 'dateOfBirth', message: 'must not be after today (2026-11-26)' }]));
    expect(form.controls.dateOfBirth.invalid).toBe(true);
    form.controls.dateOfBirth.setValue('1990-01-01');
    expect(form.controls.dateOfBirth.valid).toBe(true);
  });
});
