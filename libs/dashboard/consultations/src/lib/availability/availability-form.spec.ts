import {
  availabilityFieldError,
  availabilityBody,
  availabilityForm,
  exceptionForm,
} from './availability-form';

describe('availability form', () => {
  it('groups hours by weekday and flattens them back Monday first, with the field paths', () => {
    const form = availabilityForm({
      staffId: 'u-1',
      timeZone: 'America/Toronto',
      weeklyHours: [
        { weekday: 5, start: '09:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 1, start: '09:00', end: '12:00' },
      ],
      exceptions: [
        { date: '2026-12-24', start: null, end: null },
        { date: '2026-12-23', start: '10:00', end: '12:00' },
      ],
    });
    expect(form.controls.days.at(0).controls.ranges.length).toBe(2);
    expect(form.controls.days.at(1).controls.ranges.length).toBe(0);
    expect(form.controls.exceptions.at(0).controls.start.disabled).toBe(true);
    expect(form.valid).toBe(true);

    const { body, aliases } = availabilityBody(form);
    expect(body).toEqual({
      weeklyHours: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 5, start: '09:00', end: '12:00' },
      ],
      exceptions: [
        { date: '2026-12-24', start: null, end: null },
        { date: '2026-12-23', start: '10:00', end: '12:00' },
      ],
    });
    expect(aliases['weeklyHours[2]']).toBe('days.4.ranges.0');
    expect(aliases['weeklyHours[1].end']).toBe('days.0.ranges.1.end');
  });

  it('requires real dates and HH:MM times, but no times on a day off', () => {
    const ex = exceptionForm();
    expect(ex.controls.off.value).toBe(true);
    ex.controls.date.setValue('2026-02-30');
    expect(ex.controls.date.errors).toEqual({ isoDate: true });
    ex.controls.date.setValue('2026-02-28');
    expect(ex.valid).toBe(true);
    ex.controls.off.setValue(false);
    ex.controls.start.enable();
    ex.controls.start.setValue('9:00');
    expect(availabilityFieldError(ex.controls.start.errors)?.key).toBe(
      'consultations.availability.errors.time',
    );
  });

  it("translates the API's messages", () => {
    const server = (message: string) => availabilityFieldError({ server: message });
    expect(server('overlaps weeklyHours[0]')?.key).toBe(
      'consultations.availability.errors.overlaps',
    );
    expect(server('must be after start')?.key).toBe(
      'consultations.availability.errors.endBeforeStart',
    );
    expect(server('2026-12-24 is both off and open')).toEqual({
      key: 'consultations.availability.errors.offAndOpen',
      params: { date: '2026-12-24' },
    });
    expect(server('must not be greater than 730')).toEqual({
      key: 'consultations.availability.errors.max',
      params: { value: 730 },
    });
    expect(server('is required')?.key).toBe('errors.required');
    expect(server('something new')?.key).toBe('something new');
  });
});
