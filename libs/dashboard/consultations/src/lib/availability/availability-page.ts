import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { HolidaysSection } from './holidays-section';
import { SettingsSection } from './settings-section';
import { StaffHoursSection } from './staff-hours-section';
import { TypesSection } from './types-section';

/** Admins: who can be booked when, the firm's booking rules, holidays and consultation types. */
@Component({
  selector: 'intake-availability-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, StaffHoursSection, SettingsSection, HolidaysSection, TypesSection],
  template: `
    <section class="page" data-testid="availability-page">
      <h2>{{ 'consultations.availability.title' | translate }}</h2>
      <p class="lead">{{ 'consultations.availability.lead' | translate }}</p>
      <div class="layout">
        <div class="main">
          <intake-staff-hours-section />
        </div>
        <div class="side">
          <intake-settings-section />
          <intake-holidays-section />
        </div>
      </div>
      <intake-types-section />
    </section>
  `,
  styles: `
    .page {
      padding: 16px 16px 24px;
      max-width: 1280px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .lead {
      margin: 4px 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 16px;
      margin-bottom: 16px;
    }
    @media (max-width: 1024px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .main,
    .side {
      display: flex;
      flex-direction: column;
      gap: 16px;
      min-width: 0;
    }
  `,
})
export class AvailabilityPage {}
