import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { LANGUAGE_TEST_TYPES, scoreScaleFor as engineScale } from '@intake/shared/cec-rules';
import {
  ABILITY_LIST,
  LANGUAGE_TEST_LIST,
  TEF_NEW_SCALE_FROM,
  scoreScaleFor,
} from './self-assessment-domain';
import {
  type SelfAssessmentForm,
  applyQuestionErrors,
  createSelfAssessmentForm,
  createWorkPeriod,
  questionError,
  questionPath,
  selfAssessmentRequest,
} from './self-assessment-form';

const TODAY = '2026-03-09';
const today = (): string => TODAY;

describe('self-assessment form', () => {
  const fb = (): NonNullableFormBuilder => TestBed.inject(NonNullableFormBuilder);

  function addJob(form: SelfAssessmentForm): void {
    form.controls.canadianWork.push(createWorkPeriod(fb(), today));
  }

  /** The int-spec's "likely eligible" profile, as a visitor would answer it. */
  function eligible(): SelfAssessmentForm {
    const form = createSelfAssessmentForm(fb(), today);
    addJob(form);
    form.patchValue({
      dateOfBirth: '1994-03-15',
      canadianWork: [
        {
          start: '2023-03-10',
          current: true,
          hoursPerWeek: 40,
          teer: '1',
          whileFullTimeStudent: 'no',
          authorized: 'yes',
        },
      ],
      educationLevel: 'bachelors',
      intendedProvince: 'ON',
      partner: 'accompanying',
    });
    form.controls.languageTest.patchValue({ type: 'IELTS_GENERAL_TRAINING' });
    form.controls.languageTest.patchValue({
      date: '2025-08-21',
      reading: 8,
      writing: 7,
      listening: 8.5,
      speaking: 7.5,
    });
    return form;
  }

  it('copies the engine’s test list and score scales, before and after TEF Canada’s change', () => {
    expect([...LANGUAGE_TEST_LIST]).toEqual([...LANGUAGE_TEST_TYPES]);
    for (const test of LANGUAGE_TEST_LIST) {
      for (const date of ['2020-06-01', '2023-12-10', TEF_NEW_SCALE_FROM, TODAY]) {
        expect({ test, date, scale: scoreScaleFor(test, date) }).toEqual({
          test,
          date,
          scale: engineScale(test, date),
        });
      }
      // No date yet: the scale of a test taken today.
      expect(scoreScaleFor(test, null)).toEqual(engineScale(test, TODAY));
    }
  });

  it('builds the request from the answers: booleans, TEER as a number, no end while still working', () => {
    const form = eligible();
    expect(form.valid).toBe(true);
    expect(selfAssessmentRequest(form, 'ack-token-sa', 'fr')).toEqual({
      acknowledgmentToken: 'ack-token-sa',
      locale: 'fr',
      dateOfBirth: '1994-03-15',
      canadianWork: [
        {
          start: '2023-03-10',
          end: null,
          hoursPerWeek: 40,
          teer: 1,
          whileFullTimeStudent: false,
          authorized: true,
        },
      ],
      languageTest: {
        type: 'IELTS_GENERAL_TRAINING',
        date: '2025-08-21',
        reading: 8,
        writing: 7,
        listening: 8.5,
        speaking: 7.5,
      },
      educationLevel: 'bachelors',
      intendedProvince: 'ON',
      partner: { accompanying: true, canadianCitizenOrPR: false },
    });
  });

  it('leaves out the test and the partner when there are none, and sends an ended job’s end', () => {
    const form = eligible();
    form.controls.languageTest.controls.type.setValue('');
    form.controls.partner.setValue('none');
    const job = form.controls.canadianWork.at(0).controls;
    job.current.setValue(false);
    expect(job.end.enabled).toBe(true);
    expect(form.valid).toBe(false);
    job.end.setValue('2025-01-31');
    job.whileFullTimeStudent.setValue('yes');
    job.authorized.setValue('no');
    expect(form.valid).toBe(true);
    const body = selfAssessmentRequest(form, 'ack', 'en');
    expect(body.languageTest).toBeUndefined();
    expect('languageTest' in body).toBe(false);
    expect('partner' in body).toBe(false);
    expect(body.canadianWork[0]).toEqual(
      expect.objectContaining({
        end: '2025-01-31',
        whileFullTimeStudent: true,
        authorized: false,
      }),
    );
    form.controls.partner.setValue('citizen_or_pr');
    expect(selfAssessmentRequest(form, 'ack', 'en').partner).toEqual({
      accompanying: false,
      canadianCitizenOrPR: true,
    });
  });

  it('mirrors the API’s checks of dates, hours and answers', () => {
    const form = eligible();
    const c = form.controls;
    const job = c.canadianWork.at(0).controls;
    c.dateOfBirth.setValue('');
    expect(c.dateOfBirth.errors).toEqual({ required: true });
    c.dateOfBirth.setValue('2026-03-10');
    expect(questionError(c.dateOfBirth.errors)).toEqual({
      key: 'booking.selfAssessment.errors.future',
    });
    c.dateOfBirth.setValue('2023-02-29');
    expect(questionError(c.dateOfBirth.errors)?.key).toBe('booking.selfAssessment.errors.date');

    job.current.setValue(false);
    job.end.setValue('2023-03-01');
    expect(questionError(job.end.errors)?.key).toBe('booking.selfAssessment.errors.endBeforeStart');
    // Moving the start checks the end again.
    job.start.setValue('2023-02-01');
    expect(job.end.errors).toBeNull();

    for (const [hours, valid] of [
      [0.5, false],
      [1, true],
      [80, true],
      [81, false],
    ] as const) {
      job.hoursPerWeek.setValue(hours);
      expect({ hours, valid: job.hoursPerWeek.valid }).toEqual({ hours, valid });
    }
    job.hoursPerWeek.setValue(null);
    expect(job.hoursPerWeek.errors).toEqual({ required: true });
    job.teer.setValue('');
    job.authorized.setValue('');
    expect(job.teer.errors).toEqual({ required: true });
    expect(job.authorized.errors).toEqual({ required: true });
    c.intendedProvince.setValue('');
    expect(c.intendedProvince.errors).toEqual({ required: true });
  });

  it('checks each score on the scale of the test chosen and of its date', () => {
    const form = eligible();
    const test = form.controls.languageTest.controls;
    test.reading.setValue(7.25);
    expect(questionError(test.reading.errors)).toEqual({
      key: 'booking.selfAssessment.errors.scaleHalf',
      params: { min: 0, max: 9 },
    });
    test.type.setValue('TEF_CANADA');
    test.reading.setValue(350);
    expect(test.reading.valid).toBe(true);
    // A TEF taken before December 11, 2023 was scored out of 300 in reading.
    test.date.setValue('2023-06-01');
    expect(questionError(test.reading.errors)).toEqual({
      key: 'booking.selfAssessment.errors.scale',
      params: { min: 0, max: 300 },
    });
    test.type.setValue('TCF_CANADA');
    test.writing.setValue(21);
    expect(questionError(test.writing.errors)?.params).toEqual({ min: 0, max: 20 });
    test.date.setValue('2026-04-01');
    expect(questionError(test.date.errors)?.key).toBe('booking.selfAssessment.errors.future');
  });

  it('asks nothing more about a test when none was taken', () => {
    const form = createSelfAssessmentForm(fb(), today);
    const test = form.controls.languageTest.controls;
    for (const ability of ABILITY_LIST) {
      expect(test[ability].disabled).toBe(true);
    }
    expect(test.date.disabled).toBe(true);
    form.patchValue({
      dateOfBirth: '1990-01-01',
      educationLevel: 'secondary',
      intendedProvince: 'QC',
      partner: 'none',
    });
    expect(form.valid).toBe(true);
    test.type.setValue('CELPIP_GENERAL');
    expect(form.valid).toBe(false);
    expect(test.speaking.errors).toEqual({ required: true });
  });

  it('puts the API’s field errors on the questions, and returns the others', () => {
    const form = eligible();
    const unmatched = applyQuestionErrors(form, {
      type: 'https://intake.example/problems/validation',
      title: 'Invalid',
      status: 400,
      errors: [
        { field: 'dateOfBirth', message: 'must not be after asOf (2026-03-09)' },
        { field: 'canadianWork[0].noc', message: '99999 is not a NOC 2021 unit group' },
        { field: 'languageTest.reading', message: 'must be a score from 0 to 9' },
        { field: 'partner.accompanying', message: 'must be a boolean value' },
        { field: 'statusHistory[0].from', message: 'must not be after today' },
        { field: 'canadianWork', message: 'must contain no more than 10 elements' },
      ],
    });
    expect(form.controls.dateOfBirth.errors).toEqual({
      server: 'must not be after asOf (2026-03-09)',
    });
    expect(form.controls.canadianWork.at(0).controls.teer.errors).toEqual({
      server: '99999 is not a NOC 2021 unit group',
    });
    expect(form.controls.languageTest.controls.reading.touched).toBe(true);
    expect(form.controls.partner.errors).toEqual({ server: 'must be a boolean value' });
    expect(unmatched.map((e) => e.field)).toEqual(['statusHistory[0].from', 'canadianWork']);
    expect(questionPath('spouse.canadianCitizenOrPR')).toBe('partner');
    expect(questionPath('languageTest')).toBe('languageTest.type');
    expect(questionPath('canadianWork[3].hoursPerWeek')).toBe('canadianWork.3.hoursPerWeek');
  });
});
