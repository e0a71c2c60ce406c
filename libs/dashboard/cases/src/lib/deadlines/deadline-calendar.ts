import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { formatIsoDate } from '@intake/dashboard/ui';
import type { DeadlineDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { DEADLINE_KIND_LABEL_KEYS } from './deadline-kinds';
import { addMonths, groupByDay, monthOf, monthTitle, monthWeeks, weekdayNames } from './month-grid';

/** Deadlines a day shows before "+n more". */
export const VISIBLE_PER_DAY = 3;

interface DayCell {
  date: string;
  day: number;
  label: string;
  today: boolean;
  deadlines: DeadlineDto[];
}

/**
 * A month of deadlines: weeks Monday first, day and month names in the UI language, each day
 * with its deadlines (overdue ones in red, with the word too) and "+n more" past three.
 */
@Component({
  selector: 'intake-deadline-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, TranslatePipe],
  template: `
    <div class="header">
      <h2 id="calendar-title" data-testid="calendar-title" aria-live="polite">{{ title() }}</h2>
      <div class="nav">
        <button mat-stroked-button type="button" (click)="go(-1)" data-testid="calendar-prev">
          <span aria-hidden="true">‹</span> {{ 'deadlines.calendar.previous' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          (click)="monthChange.emit(todayMonth())"
          [disabled]="month() === todayMonth()"
          data-testid="calendar-today"
        >
          {{ 'deadlines.calendar.today' | translate }}
        </button>
        <button mat-stroked-button type="button" (click)="go(1)" data-testid="calendar-next">
          {{ 'deadlines.calendar.next' | translate }} <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
    <div class="scroll">
      <table class="grid" aria-labelledby="calendar-title" data-testid="calendar-grid">
        <thead>
          <tr>
            @for (name of weekdays(); track $index) {
              <th scope="col">
                <abbr [title]="name.long">{{ name.short }}</abbr>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track $index) {
            <tr>
              @for (cell of week; track $index) {
                @if (cell; as c) {
                  <td
                    data-testid="calendar-day"
                    [attr.data-date]="c.date"
                    [class.today]="c.today"
                    [attr.aria-current]="c.today ? 'date' : null"
                  >
                    <div class="day-number">
                      <span aria-hidden="true">{{ c.day }}</span>
                      <span class="cdk-visually-hidden">{{ c.label }}</span>
                    </div>
                    @let open = expanded().has(c.date);
                    @let shown = open ? c.deadlines : c.deadlines.slice(0, visiblePerDay);
                    @if (shown.length > 0) {
                      <ul>
                        @for (d of shown; track d.id) {
                          <li>
                            <a
                              [routerLink]="['/cases', d.caseId]"
                              class="item"
                              [class.overdue]="d.overdue"
                              [class.done]="d.done"
                              [attr.title]="d.caseFileNumber + ' · ' + d.clientName"
                              data-testid="deadline-item"
                              [attr.data-deadline-id]="d.id"
                            >
                              @if (d.overdue) {
                                <span class="cdk-visually-hidden"
                                  >{{ 'deadlines.badge.overdueShort' | translate }}:</span
                                >
                              }
                              @if (d.done) {
                                <span class="cdk-visually-hidden"
                                  >{{ 'deadlines.badge.done' | translate }}:</span
                                >
                              }
                              <span class="cdk-visually-hidden"
                                >{{ kindLabelKeys[d.kind] | translate }} –</span
                              >
                              {{ d.title }}
                              <span class="cdk-visually-hidden"
                                >– {{ d.caseFileNumber }}, {{ d.clientName }}</span
                              >
                            </a>
                          </li>
                        }
                      </ul>
                    }
                    @if (c.deadlines.length > visiblePerDay) {
                      <button
                        type="button"
                        class="more"
                        (click)="toggle(c.date)"
                        [attr.aria-expanded]="open"
                        data-testid="calendar-more"
                      >
                        {{
                          open
                            ? ('deadlines.calendar.less' | translate)
                            : ('deadlines.calendar.more'
                              | translate: { count: c.deadlines.length - visiblePerDay })
                        }}
                      </button>
                    }
                  </td>
                } @else {
                  <td class="outside" aria-hidden="true"></td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .nav {
      display: flex;
      gap: 8px;
    }
    .scroll {
      overflow-x: auto;
    }
    .grid {
      width: 100%;
      min-width: 720px;
      table-layout: fixed;
      border-collapse: collapse;
    }
    th {
      padding: 6px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    abbr {
      text-decoration: none;
    }
    td {
      height: 104px;
      padding: 4px;
      vertical-align: top;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    td.outside {
      background: var(--mat-sys-surface-container-low);
    }
    td.today .day-number span[aria-hidden] {
      display: inline-block;
      min-width: 24px;
      border-radius: 12px;
      text-align: center;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .day-number {
      font: var(--mat-sys-label-medium);
      margin-bottom: 2px;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: block;
      overflow: hidden;
      margin-bottom: 2px;
      padding: 1px 4px;
      border-radius: 4px;
      font: var(--mat-sys-body-small);
      white-space: nowrap;
      text-overflow: ellipsis;
      text-decoration: none;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .item.overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-left: 3px solid var(--mat-sys-error);
    }
    .item.done {
      text-decoration: line-through;
      opacity: 0.7;
    }
    .more {
      padding: 0 4px;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-small);
      cursor: pointer;
    }
  `,
})
export class DeadlineCalendar {
  /** `YYYY-MM`. */
  readonly month = input.required<string>();
  readonly deadlines = input.required<readonly DeadlineDto[]>();
  readonly language = input.required<string>();
  /** `YYYY-MM-DD`. */
  readonly today = input.required<string>();
  readonly monthChange = output<string>();

  protected readonly visiblePerDay = VISIBLE_PER_DAY;
  protected readonly kindLabelKeys = DEADLINE_KIND_LABEL_KEYS;
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly todayMonth = computed(() => monthOf(this.today()));
  protected readonly title = computed(() => monthTitle(this.month(), this.language()));
  protected readonly weekdays = computed(() => {
    const language = this.language();
    const long = weekdayNames(language, 'long');
    return weekdayNames(language, 'short').map((short, i) => ({ short, long: long[i] }));
  });
  protected readonly weeks = computed(() => {
    const byDay = groupByDay(this.deadlines());
    const language = this.language();
    const today = this.today();
    return monthWeeks(this.month()).map((week) =>
      week.map((date): DayCell | null =>
        date === null
          ? null
          : {
              date,
              day: Number(date.slice(8)),
              label: formatIsoDate(date, language, 'long'),
              today: date === today,
              deadlines: byDay.get(date) ?? [],
            },
      ),
    );
  });

  protected go(months: number): void {
    this.monthChange.emit(addMonths(this.month(), months));
  }

  protected toggle(date: string): void {
    const next = new Set(this.expanded());
    if (next.has(date)) {
      next.delete(date);
    } else {
      next.add(date);
    }
    this.expanded.set(next);
  }
}
