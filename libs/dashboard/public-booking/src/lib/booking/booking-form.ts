import {
  type AbstractControl,
  type FormArray,
  FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MESSAGE_KEY_ERROR } from '@intake/dashboard/core';
import type {
  CreatePublicBookingRequest,
  Language,
  MeetingMode,
  PreScreenInput,
  ProgramOfInterest,
} from '@intake/shared/contracts';
import {
  EMAIL_MAX,
  NAME_MAX,
  PARTY_NAME_MAX,
  PARTY_RELATION_MAX,
  PHONE_PATTERN,
} from '../data/booking-domain';

export type PartyGroup = FormGroup<{ name: FormControl<string>; relation: FormControl<string> }>;

export type PreScreenGroup = FormGroup<{
  givenNames: FormControl<string>;
  familyName: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
  preferredLanguage: FormControl<Language>;
  programOfInterest: FormControl<ProgramOfInterest | ''>;
  otherParties: FormArray<PartyGroup>;
}>;

/** Shaped like the request body, so the API's field paths (`preScreen.email`) match controls. */
export type BookingForm = FormGroup<{ preScreen: PreScreenGroup; website: FormControl<string> }>;

/** Required, and not only spaces (the API trims before checking). */
export function requiredText(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/** An e-mail address once trimmed, as the API trims it before checking. */
export function emailAddress(control: AbstractControl<string>): ValidationErrors | null {
  return Validators.email(new FormControl(control.value.trim()));
}

/** Optional; when given, a phone number as the API accepts it. */
export function phoneNumber(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || PHONE_PATTERN.test(value)
    ? null
    : { [MESSAGE_KEY_ERROR]: 'booking.about.errors.phone' };
}

export function createParty(fb: NonNullableFormBuilder): PartyGroup {
  return fb.group({
    name: ['', [requiredText, Validators.maxLength(PARTY_NAME_MAX)]],
    relation: ['', [requiredText, Validators.maxLength(PARTY_RELATION_MAX)]],
  });
}

export function createBookingForm(fb: NonNullableFormBuilder, language: Language): BookingForm {
  return fb.group({
    preScreen: fb.group({
      givenNames: ['', [requiredText, Validators.maxLength(NAME_MAX)]],
      familyName: ['', [requiredText, Validators.maxLength(NAME_MAX)]],
      email: ['', [requiredText, emailAddress, Validators.maxLength(EMAIL_MAX)]],
      phone: ['', [phoneNumber]],
      preferredLanguage: fb.control<Language>(language, Validators.required),
      programOfInterest: fb.control<ProgramOfInterest | ''>('', Validators.required),
      otherParties: fb.array<PartyGroup>([]),
    }),
    website: [''],
  });
}

/** The pre-screen as the API expects it: trimmed, optional parts left out when empty. */
export function preScreenOf(form: BookingForm): PreScreenInput {
  const value = form.controls.preScreen.getRawValue();
  if (value.programOfInterest === '') {
    throw new Error('The pre-screen is incomplete');
  }
  const phone = value.phone.trim();
  const parties = value.otherParties.map((p) => ({
    name: p.name.trim(),
    relation: p.relation.trim(),
  }));
  return {
    givenNames: value.givenNames.trim(),
    familyName: value.familyName.trim(),
    email: value.email.trim(),
    ...(phone ? { phone } : {}),
    preferredLanguage: value.preferredLanguage,
    programOfInterest: value.programOfInterest,
    ...(parties.length > 0 ? { otherParties: parties } : {}),
  };
}

export function bookingRequest(
  form: BookingForm,
  choice: {
    slotId: string;
    mode: MeetingMode;
    acknowledgmentToken: string;
    /** Links the self-assessment the visitor ran just before (`/self-assessment`). */
    selfAssessmentToken?: string | null;
  },
): CreatePublicBookingRequest {
  const preScreen = preScreenOf(form);
  return {
    slotId: choice.slotId,
    mode: choice.mode,
    acknowledgmentToken: choice.acknowledgmentToken,
    preScreen: choice.selfAssessmentToken
      ? { ...preScreen, selfAssessmentToken: choice.selfAssessmentToken }
      : preScreen,
    // The honeypot: people never see it, so anything in it came from a robot (the API refuses it).
    website: form.controls.website.value,
  };
}
