import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { todayIso } from '@intake/dashboard/ui';
import {
  STAFF,
  consultationTestProviders,
  makeType,
  signIn,
} from '../testing/consultation-fixtures';
import { AvailabilityPage } from './availability-page';

describe('AvailabilityPage', () => {
  it('loads the staff, the rules, the holidays of this year and the types', async () => {
    signIn('admin', 'u-admin');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AvailabilityPage);
    await fixture.whenStable();
    backend.expectOne('/api/staff').flush(STAFF);
    backend.expectOne('/api/availability/settings').flush({
      bufferMinutes: 15,
      minNoticeHours: 24,
      horizonDays: 60,
      timeZone: 'America/Toronto',
      version: 1,
    });
    backend.expectOne(`/api/availability/holidays?year=${todayIso().slice(0, 4)}`).flush([]);
    backend.expectOne('/api/consultation-types').flush([makeType()]);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="availability-page"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="availability-staff"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="settings-save"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="holiday-add"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-testid="type-row"]')).toHaveLength(1);
    backend.verify();
  });
});
