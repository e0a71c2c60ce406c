import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { IDEMPOTENCY_KEY_PATTERN, newIdempotencyKey, problemKind } from '../data/booking-domain';
import { bookingRequest, createBookingForm, createParty } from './booking-form';

describe('booking form', () => {
  const fb = (): NonNullableFormBuilder => TestBed.inject(NonNullableFormBuilder);

  function filled() {
    const form = createBookingForm(fb(), 'fr');
    form.controls.preScreen.patchValue({
      givenNames: '  Amélie ',
      familyName: 'Nguyen ',
      email: ' amelie@example.com',
      phone: '   ',
      programOfInterest: 'work_permit',
    });
    return form;
  }

  it('starts in the page language, with nothing else chosen', () => {
    const form = createBookingForm(fb(), 'fr');
    expect(form.controls.preScreen.controls.preferredLanguage.value).toBe('fr');
    expect(form.controls.preScreen.controls.programOfInterest.value).toBe('');
    expect(form.controls.website.value).toBe('');
    expect(form.valid).toBe(false);
  });

  it('mirrors the API rules: blank names, bad e-mail and phone, incomplete parties', () => {
    const form = filled();
    const pre = form.controls.preScreen.controls;
    expect(form.valid).toBe(true);
    pre.givenNames.setValue('   ');
    expect(pre.givenNames.errors).toEqual({ required: true });
    pre.email.setValue('amelie');
    expect(pre.email.errors).toEqual({ email: true });
    pre.phone.setValue('12');
    expect(pre.phone.errors).toEqual({ messageKey: 'booking.about.errors.phone' });
    pre.phone.setValue(' (514) 555-0101 ');
    expect(pre.phone.errors).toBeNull();
    pre.givenNames.setValue('x'.repeat(201));
    expect(pre.givenNames.errors?.['maxlength']).toBeTruthy();
    const party = createParty(fb());
    party.patchValue({ name: 'Northwind', relation: 'r'.repeat(101) });
    expect(party.controls.relation.errors?.['maxlength']).toBeTruthy();
  });

  it('builds the request trimmed, leaving out an empty phone and no parties', () => {
    const body = bookingRequest(filled(), {
      slotId: 'slot_123456789012345678',
      mode: 'in_person',
      acknowledgmentToken: 'token',
    });
    expect(body).toEqual({
      slotId: 'slot_123456789012345678',
      mode: 'in_person',
      acknowledgmentToken: 'token',
      preScreen: {
        givenNames: 'Amélie',
        familyName: 'Nguyen',
        email: 'amelie@example.com',
        preferredLanguage: 'fr',
        programOfInterest: 'work_permit',
      },
      website: '',
    });
  });

  it('sends what a robot typed into the honeypot, for the API to refuse', () => {
    const form = filled();
    form.controls.website.setValue('http://spam.example');
    const parties = form.controls.preScreen.controls.otherParties;
    parties.push(createParty(fb()));
    parties.at(0).setValue({ name: ' Northwind ', relation: ' employer ' });
    const body = bookingRequest(form, { slotId: 's', mode: 'video', acknowledgmentToken: 't' });
    expect(body.website).toBe('http://spam.example');
    expect(body.preScreen.otherParties).toEqual([{ name: 'Northwind', relation: 'employer' }]);
  });
});

describe('booking helpers', () => {
  it('makes Idempotency-Keys the API accepts, a new one each time', () => {
    const keys = Array.from({ length: 50 }, () => newIdempotencyKey());
    expect(keys.every((key) => IDEMPOTENCY_KEY_PATTERN.test(key) && key.length === 32)).toBe(true);
    expect(new Set(keys).size).toBe(50);
  });

  it('names the kind of a problem', () => {
    expect(problemKind('https://intake.example/problems/slot-taken')).toBe('slot-taken');
    expect(problemKind(undefined)).toBe('');
  });
});
