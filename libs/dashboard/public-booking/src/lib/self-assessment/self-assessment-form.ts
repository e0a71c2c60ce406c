import {
  type AbstractControl,
  type FormArray,
  FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  MESSAGE_KEY_ERROR,
  SERVER_ERROR_KEY,
  fieldErrorMessage,
  type FieldErrorMessage,
  toFormPath,
} from '@intake/dashboard/core';
import type {
  Ability,
  EducationLevel,
  LanguageTestType,
  ProvinceCode,
} from '@intake/shared/cec-rules';
import type {
  FieldError,
  Language,
  Problem,
  SelfAssessmentLanguageTestInput,
  SelfAssessmentRequest,
  SelfAssessmentWorkInput,
} from '@intake/shared/contracts';
import { isIsoDate } from '@intake/dashboard/ui';
import {
  ABILITY_LIST,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  PARTNER_ANSWERS,
  type PartnerChoice,
  type ScoreRange,
  type TeerChoice,
  isOnScale,
  scoreScaleFor,
} from './self-assessment-domain';

export type YesNo = '' | 'yes' | 'no';

export type WorkGroup = FormGroup<{
  start: FormControl<string>;
  end: FormControl<string>;
  current: FormControl<boolean>;
  hoursPerWeek: FormControl<number | null>;
  teer: FormControl<TeerChoice | ''>;
  whileFullTimeStudent: FormControl<YesNo>;
  authorized: FormControl<YesNo>;
}>;

export type LanguageTestGroup = FormGroup<{
  type: FormControl<LanguageTestType | ''>;
  date: FormControl<string>;
  reading: FormControl<number | null>;
  writing: FormControl<number | null>;
  listening: FormControl<number | null>;
  speaking: FormControl<number | null>;
}>;

/** Shaped like the request, so the API's field paths (`canadianWork[0].start`) match controls. */
export type SelfAssessmentForm = FormGroup<{
  dateOfBirth: FormControl<string>;
  canadianWork: FormArray<WorkGroup>;
  languageTest: LanguageTestGroup;
  educationLevel: FormControl<EducationLevel | ''>;
  intendedProvince: FormControl<ProvinceCode | ''>;
  partner: FormControl<PartnerChoice | ''>;
}>;

/** The error of a score off its test's scale; shown with the scale. */
export const SCALE_ERROR = 'scale';

const message = (key: string): ValidationErrors => ({ [MESSAGE_KEY_ERROR]: key });

export function requiredChoice(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return value === '' || value === null || value === undefined ? { required: true } : null;
}

/** Required, a real day of the calendar, and not after `today()`. */
export function pastDate(today: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value;
    if (value === '') {
      return { required: true };
    }
    if (!isIsoDate(value)) {
      return message('booking.selfAssessment.errors.date');
    }
    return value > today() ? message('booking.selfAssessment.errors.future') : null;
  };
}

/** The end of a job: a real day, not before its start. */
export function endDate(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  if (value === '') {
    return { required: true };
  }
  if (!isIsoDate(value)) {
    return message('booking.selfAssessment.errors.date');
  }
  const start: unknown = control.parent?.get('start')?.value;
  return isIsoDate(start) && value < start
    ? message('booking.selfAssessment.errors.endBeforeStart')
    : null;
}

export function hoursPerWeek(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null) {
    return { required: true };
  }
  return value >= MIN_HOURS_PER_WEEK && value <= MAX_HOURS_PER_WEEK
    ? null
    : message('booking.selfAssessment.errors.hours');
}

/** The scale of the test chosen in the same group, for the date given there. */
export function scaleOf(group: LanguageTestGroup, ability: Ability): ScoreRange | null {
  const { type, date } = group.getRawValue();
  if (type === '') {
    return null;
  }
  return scoreScaleFor(type, isIsoDate(date) ? date : null)[ability];
}

function score(ability: Ability): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    if (control.value === null) {
      return { required: true };
    }
    const group = control.parent as LanguageTestGroup | null;
    const range = group ? scaleOf(group, ability) : null;
    return range && !isOnScale(control.value, range) ? { [SCALE_ERROR]: range } : null;
  };
}

export function createWorkPeriod(fb: NonNullableFormBuilder, today: () => string): WorkGroup {
  const group: WorkGroup = fb.group({
    start: fb.control('', pastDate(today)),
    end: fb.control('', endDate),
    current: fb.control(false),
    hoursPerWeek: new FormControl<number | null>(null, hoursPerWeek),
    teer: fb.control<TeerChoice | ''>('', requiredChoice),
    whileFullTimeStudent: fb.control<YesNo>('', requiredChoice),
    authorized: fb.control<YesNo>('', requiredChoice),
  });
  const { start, end, current } = group.controls;
  start.valueChanges.subscribe(() => end.updateValueAndValidity({ emitEvent: false }));
  // Still working there: no end to give (and none sent).
  current.valueChanges.subscribe((ongoing) => {
    if (ongoing) {
      end.setValue('', { emitEvent: false });
      end.disable({ emitEvent: false });
    } else {
      end.enable({ emitEvent: false });
    }
  });
  return group;
}

/** Optional: without a test type the other fields are off; with one, all are needed. */
function createLanguageTest(fb: NonNullableFormBuilder, today: () => string): LanguageTestGroup {
  const group: LanguageTestGroup = fb.group({
    type: fb.control<LanguageTestType | ''>(''),
    date: fb.control('', pastDate(today)),
    reading: new FormControl<number | null>(null, score('reading')),
    writing: new FormControl<number | null>(null, score('writing')),
    listening: new FormControl<number | null>(null, score('listening')),
    speaking: new FormControl<number | null>(null, score('speaking')),
  });
  const details = [group.controls.date, ...ABILITY_LIST.map((a) => group.controls[a])];
  const follow = (type: LanguageTestType | ''): void => {
    for (const control of details) {
      if (type === '') {
        control.disable({ emitEvent: false });
      } else {
        control.enable({ emitEvent: false });
      }
    }
  };
  follow('');
  group.controls.type.valueChanges.subscribe(follow);
  // Another test or date means another scale.
  const rescore = (): void => {
    for (const ability of ABILITY_LIST) {
      group.controls[ability].updateValueAndValidity({ emitEvent: false });
    }
  };
  group.controls.type.valueChanges.subscribe(rescore);
  group.controls.date.valueChanges.subscribe(rescore);
  return group;
}

export function createSelfAssessmentForm(
  fb: NonNullableFormBuilder,
  today: () => string,
): SelfAssessmentForm {
  return fb.group({
    dateOfBirth: fb.control('', pastDate(today)),
    canadianWork: fb.array<WorkGroup>([]),
    languageTest: createLanguageTest(fb, today),
    educationLevel: fb.control<EducationLevel | ''>('', requiredChoice),
    intendedProvince: fb.control<ProvinceCode | ''>('', requiredChoice),
    partner: fb.control<PartnerChoice | ''>('', requiredChoice),
  });
}

function yes(value: YesNo): boolean {
  return value === 'yes';
}

function need<T>(value: T | '' | null): T {
  if (value === '' || value === null) {
    throw new Error('The questionnaire is incomplete');
  }
  return value;
}

/** The answers as the API expects them (a valid form only). */
export function selfAssessmentRequest(
  form: SelfAssessmentForm,
  acknowledgmentToken: string,
  locale: Language,
): SelfAssessmentRequest {
  const value = form.getRawValue();
  const canadianWork = value.canadianWork.map((job): SelfAssessmentWorkInput => ({
    start: job.start,
    end: job.current ? null : job.end,
    hoursPerWeek: need(job.hoursPerWeek),
    teer: Number(need(job.teer)),
    whileFullTimeStudent: yes(job.whileFullTimeStudent),
    authorized: yes(job.authorized),
  }));
  const test = value.languageTest;
  const languageTest: SelfAssessmentLanguageTestInput | undefined =
    test.type === ''
      ? undefined
      : {
          type: test.type,
          date: test.date,
          reading: need(test.reading),
          writing: need(test.writing),
          listening: need(test.listening),
          speaking: need(test.speaking),
        };
  const partner = PARTNER_ANSWERS[need(value.partner)];
  return {
    acknowledgmentToken,
    locale,
    dateOfBirth: value.dateOfBirth,
    canadianWork,
    ...(languageTest ? { languageTest } : {}),
    educationLevel: need(value.educationLevel),
    intendedProvince: need(value.intendedProvince),
    ...(partner ? { partner } : {}),
  };
}

/** The control of the form an API field names (a NOC error lands on the TEER asked instead). */
export function questionPath(field: string): string {
  if (/^(partner|spouse)(\.|$)/.test(field)) {
    return 'partner';
  }
  if (field === 'languageTest') {
    return 'languageTest.type';
  }
  return toFormPath(field.replace(/^(canadianWork\[\d+\])\.noc$/, '$1.teer'));
}

/**
 * Puts the API's field errors under their fields; returns those that name no field of the
 * questionnaire (shown above it).
 */
export function applyQuestionErrors(form: SelfAssessmentForm, problem: Problem): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    const control = form.get(questionPath(error.field));
    if (!(control instanceof FormControl)) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: error.message });
    control.markAsTouched();
  }
  return unmatched;
}

/** The message for a control's errors, the scale of a score included. */
export function questionError(
  errors: ValidationErrors | null | undefined,
): FieldErrorMessage | null {
  const range: unknown = errors?.[SCALE_ERROR];
  if (errors && !errors[SERVER_ERROR_KEY] && typeof range === 'object' && range !== null) {
    const { min, max, step } = range as ScoreRange;
    // Whole points, or half points (IELTS): the only steps of the approved tests.
    return step === 1
      ? { key: 'booking.selfAssessment.errors.scale', params: { min, max } }
      : { key: 'booking.selfAssessment.errors.scaleHalf', params: { min, max } };
  }
  return fieldErrorMessage(errors);
}
