import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { applyProblemToForm, toFormPath } from '@intake/dashboard/core';
import type {
  CecProfile,
  EducationCredential,
  EducationLevel,
  LanguageTest,
  LanguageTestType,
  ProvinceCode,
  SpouseProfile,
  StatusPeriod,
  StatusType,
  WorkPeriod,
} from '@intake/shared/cec-rules';
import type { FieldError, Problem } from '@intake/shared/contracts';

/*
 * The quick calculator's form: one typed control per field of a CecProfile, with the same
 * paths as the API's field errors (`work[1].noc` → `work.1.noc`), so a 400 lands on the right
 * control. Empty optional inputs are left out of the request; numbers stay numbers.
 */

const NOC_PATTERN = /^\s*\d{5}\s*$/;
const COUNTRY_PATTERN = /^\s*[A-Za-z]{2}\s*$/;

function text(value = '', required = true): FormControl<string> {
  return new FormControl(value, {
    nonNullable: true,
    validators: required ? [Validators.required] : [],
  });
}

function num(value: number | null = null, required = true): FormControl<number | null> {
  return new FormControl<number | null>(value, required ? [Validators.required] : []);
}

function flag(value = false): FormControl<boolean> {
  return new FormControl(value, { nonNullable: true });
}

export type LanguageTestForm = FormGroup<{
  test: FormControl<LanguageTestType>;
  testDate: FormControl<string>;
  reading: FormControl<number | null>;
  writing: FormControl<number | null>;
  listening: FormControl<number | null>;
  speaking: FormControl<number | null>;
}>;

export type StatusForm = FormGroup<{
  type: FormControl<StatusType>;
  from: FormControl<string>;
  to: FormControl<string>;
}>;

export type EducationForm = FormGroup<{
  level: FormControl<EducationLevel>;
  inCanada: FormControl<boolean>;
  fullTime: FormControl<boolean>;
  durationYears: FormControl<number | null>;
  completedOn: FormControl<string>;
  ecaValid: FormControl<boolean>;
}>;

export type WorkForm = FormGroup<{
  noc: FormControl<string>;
  country: FormControl<string>;
  start: FormControl<string>;
  end: FormControl<string>;
  hoursPerWeek: FormControl<number | null>;
  selfEmployed: FormControl<boolean>;
  whileFullTimeStudent: FormControl<boolean>;
  authorized: FormControl<boolean>;
}>;

export type SpouseForm = FormGroup<{
  accompanying: FormControl<boolean>;
  canadianCitizenOrPR: FormControl<boolean>;
  education: FormControl<EducationLevel | ''>;
  hasLanguageTest: FormControl<boolean>;
  languageTest: LanguageTestForm;
  canadianWorkYears: FormControl<number | null>;
}>;

export type CalculatorForm = FormGroup<{
  asOf: FormControl<string>;
  dateOfBirth: FormControl<string>;
  intendedProvince: FormControl<ProvinceCode | ''>;
  statusHistory: FormArray<StatusForm>;
  languageTests: FormArray<LanguageTestForm>;
  education: FormArray<EducationForm>;
  work: FormArray<WorkForm>;
  hasSpouse: FormControl<boolean>;
  spouse: SpouseForm;
  certificateOfQualification: FormControl<boolean>;
  provincialNomination: FormControl<boolean>;
  siblingInCanada: FormControl<boolean>;
  admissibilityConcerns: FormControl<boolean>;
}>;

export function languageTestForm(value?: Partial<LanguageTest>): LanguageTestForm {
  return new FormGroup({
    test: new FormControl<LanguageTestType>(value?.test ?? 'IELTS_GENERAL_TRAINING', {
      nonNullable: true,
    }),
    testDate: text(value?.testDate),
    reading: num(value?.reading ?? null),
    writing: num(value?.writing ?? null),
    listening: num(value?.listening ?? null),
    speaking: num(value?.speaking ?? null),
  });
}

export function statusForm(value?: Partial<StatusPeriod>): StatusForm {
  return new FormGroup({
    type: new FormControl<StatusType>(value?.type ?? 'work_permit', { nonNullable: true }),
    from: text(value?.from),
    to: text(value?.to ?? '', false),
  });
}

export function educationForm(value?: Partial<EducationCredential>): EducationForm {
  return new FormGroup({
    level: new FormControl<EducationLevel>(value?.level ?? 'bachelors', { nonNullable: true }),
    inCanada: flag(value?.inCanada ?? false),
    fullTime: flag(value?.fullTime ?? true),
    durationYears: num(value?.durationYears ?? null),
    completedOn: text(value?.completedOn),
    ecaValid: flag(value?.ecaValid ?? false),
  });
}

export function workForm(value?: Partial<WorkPeriod>): WorkForm {
  return new FormGroup({
    noc: new FormControl(value?.noc ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(NOC_PATTERN)],
    }),
    country: new FormControl(value?.country ?? 'CA', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(COUNTRY_PATTERN)],
    }),
    start: text(value?.start),
    end: text(value?.end ?? '', false),
    hoursPerWeek: num(value?.hoursPerWeek ?? null),
    selfEmployed: flag(value?.selfEmployed ?? false),
    whileFullTimeStudent: flag(value?.whileFullTimeStudent ?? false),
    authorized: flag(value?.authorized ?? true),
  });
}

export function calculatorForm(asOf: string): CalculatorForm {
  const spouseTest = languageTestForm();
  spouseTest.disable();
  return new FormGroup({
    asOf: text(asOf, false),
    dateOfBirth: text(),
    intendedProvince: new FormControl<ProvinceCode | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    statusHistory: new FormArray<StatusForm>([]),
    languageTests: new FormArray<LanguageTestForm>([]),
    education: new FormArray<EducationForm>([]),
    work: new FormArray<WorkForm>([]),
    hasSpouse: flag(false),
    spouse: new FormGroup({
      accompanying: flag(true),
      canadianCitizenOrPR: flag(false),
      education: new FormControl<EducationLevel | ''>('', { nonNullable: true }),
      hasLanguageTest: flag(false),
      languageTest: spouseTest,
      canadianWorkYears: num(null, false),
    }),
    certificateOfQualification: flag(),
    provincialNomination: flag(),
    siblingInCanada: flag(),
    admissibilityConcerns: flag(),
  });
}

/** Keeps the disabled sub-forms in line with their switches (a disabled group is not validated). */
export function syncSpouseControls(form: CalculatorForm): void {
  const spouse = form.controls.spouse;
  if (form.controls.hasSpouse.value) {
    spouse.enable({ emitEvent: false });
    if (!spouse.controls.hasLanguageTest.value) {
      spouse.controls.languageTest.disable({ emitEvent: false });
    }
  } else {
    spouse.disable({ emitEvent: false });
  }
}

function requiredNumber(value: number | null): number {
  // Validators.required keeps nulls out of a submitted form; NaN makes the API name the field.
  return value ?? Number.NaN;
}

function testOf(group: LanguageTestForm): LanguageTest {
  const v = group.getRawValue();
  return {
    test: v.test,
    testDate: v.testDate,
    reading: requiredNumber(v.reading),
    writing: requiredNumber(v.writing),
    listening: requiredNumber(v.listening),
    speaking: requiredNumber(v.speaking),
  };
}

function spouseOf(form: CalculatorForm): SpouseProfile | null {
  if (!form.controls.hasSpouse.value) {
    return null;
  }
  const s = form.controls.spouse.getRawValue();
  const spouse: SpouseProfile = {
    accompanying: s.accompanying,
    canadianCitizenOrPR: s.canadianCitizenOrPR,
  };
  if (s.education) {
    spouse.education = s.education;
  }
  if (s.hasLanguageTest) {
    spouse.languageTest = testOf(form.controls.spouse.controls.languageTest);
  }
  if (s.canadianWorkYears !== null) {
    spouse.canadianWorkYears = s.canadianWorkYears;
  }
  return spouse;
}

/** The request body for POST /api/assessments/cec/evaluate. */
export function toCecProfile(form: CalculatorForm): CecProfile {
  const v = form.getRawValue();
  const profile: CecProfile = {
    dateOfBirth: v.dateOfBirth,
    // Validators.required keeps '' out of a submitted form; the API names it if it ever gets through.
    intendedProvince: v.intendedProvince as ProvinceCode,
    spouse: spouseOf(form),
    statusHistory: v.statusHistory.map((s) => ({ type: s.type, from: s.from, to: s.to || null })),
    languageTests: form.controls.languageTests.controls.map(testOf),
    education: v.education.map((e) => {
      const credential: EducationCredential = {
        level: e.level,
        inCanada: e.inCanada,
        fullTime: e.fullTime,
        durationYears: requiredNumber(e.durationYears),
        completedOn: e.completedOn,
      };
      if (!e.inCanada) {
        credential.ecaValid = e.ecaValid;
      }
      return credential;
    }),
    work: v.work.map((w) => ({
      noc: w.noc.trim(),
      country: w.country.trim().toUpperCase(),
      start: w.start,
      end: w.end || null,
      hoursPerWeek: requiredNumber(w.hoursPerWeek),
      selfEmployed: w.selfEmployed,
      whileFullTimeStudent: w.whileFullTimeStudent,
      authorized: w.authorized,
    })),
    certificateOfQualification: v.certificateOfQualification,
    provincialNomination: v.provincialNomination,
    siblingInCanada: v.siblingInCanada,
    admissibilityConcerns: v.admissibilityConcerns,
  };
  if (v.asOf) {
    profile.asOf = v.asOf;
  }
  return profile;
}

/**
 * Puts the errors of a 400 on their input controls (`work[1].noc` → the NOC of the second job)
 * and returns the others (the body, a whole row, an unknown field), to be listed above the form.
 */
export function applyEvaluateErrors(form: CalculatorForm, problem: Problem | null): FieldError[] {
  const onControls: FieldError[] = [];
  const unmatched: FieldError[] = [];
  for (const error of problem?.errors ?? []) {
    const control = form.get(toFormPath(error.field));
    (control instanceof FormControl ? onControls : unmatched).push(error);
  }
  applyProblemToForm(form, problem ? { ...problem, errors: onControls } : null);
  return unmatched;
}
