import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Icon, IsoDatePipe } from '@intake/dashboard/ui';
import type { DeadlineDto, StaffMemberDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { DEADLINE_KIND_LABEL_KEYS, deadlineBadge } from './deadline-kinds';

/** One group of the deadlines list (overdue or upcoming) as a table, each with "Mark done". */
@Component({
  selector: 'intake-deadline-rows',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, TranslatePipe, Icon, IsoDatePipe],
  template: `
    <table class="deadlines">
      <caption class="cdk-visually-hidden">
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'deadlines.columns.dueOn' | translate }}</th>
          <th scope="col">{{ 'deadlines.columns.deadline' | translate }}</th>
          <th scope="col">{{ 'deadlines.columns.case' | translate }}</th>
          <th scope="col">{{ 'deadlines.columns.assignee' | translate }}</th>
          <th scope="col">
            <span class="cdk-visually-hidden">{{ 'deadlines.columns.actions' | translate }}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.deadline.id) {
          @let d = row.deadline;
          <tr
            data-testid="deadline-item"
            [attr.data-deadline-id]="d.id"
            [class.overdue]="row.badge.tone === 'overdue'"
            [class.done]="d.done"
          >
            <td class="due">
              <div class="nowrap">{{ d.dueOn | isoDate: language() }}</div>
              <span class="badge" [class]="row.badge.tone" data-testid="deadline-badge">
                {{ row.badge.key | translate: { days: row.badge.days } }}
              </span>
            </td>
            <td>
              <div class="title">{{ d.title }}</div>
              <div class="secondary" data-testid="deadline-kind">
                {{ kindLabelKeys[d.kind] | translate }}
              </div>
            </td>
            <td>
              <a
                [routerLink]="['/cases', d.caseId]"
                class="case"
                data-testid="deadline-case-link"
                >{{ d.caseFileNumber }}</a
              >
              <div class="secondary">{{ d.clientName }}</div>
            </td>
            <td>
              @if (d.assigneeId) {
                {{ staffNames().get(d.assigneeId) ?? ('deadlines.unknownStaff' | translate) }}
              } @else {
                <span class="secondary">{{ 'deadlines.caseParalegal' | translate }}</span>
              }
            </td>
            <td class="actions">
              @if (!d.done) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="pending().has(d.id)"
                  (click)="markDone.emit(d)"
                  [attr.aria-label]="'deadlines.markDoneFor' | translate: { title: d.title }"
                  data-testid="deadline-done"
                >
                  <intake-icon name="check" />
                  {{ 'deadlines.markDone' | translate }}
                </button>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th {
      text-align: start;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      padding: 8px 12px;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    tr.overdue td:first-child {
      box-shadow: inset 4px 0 0 var(--mat-sys-error);
    }
    tr.done .title {
      text-decoration: line-through;
    }
    .nowrap,
    .badge {
      white-space: nowrap;
    }
    .title,
    .case {
      font-weight: 500;
    }
    .secondary {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .badge {
      display: inline-block;
      margin-top: 4px;
      padding: 1px 8px;
      border-radius: 10px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .badge.overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .badge.soon {
      background: #ffe08a;
      color: #3d2e00;
    }
    .actions {
      text-align: end;
    }
  `,
})
export class DeadlineRows {
  readonly deadlines = input.required<readonly DeadlineDto[]>();
  readonly staff = input<readonly StaffMemberDto[]>([]);
  readonly pending = input<ReadonlySet<string>>(new Set());
  readonly language = input.required<string>();
  readonly caption = input('');
  readonly markDone = output<DeadlineDto>();

  protected readonly kindLabelKeys = DEADLINE_KIND_LABEL_KEYS;
  protected readonly rows = computed(() =>
    this.deadlines().map((deadline) => ({ deadline, badge: deadlineBadge(deadline) })),
  );
  protected readonly staffNames = computed(
    () => new Map(this.staff().map((member) => [member.id, member.name])),
  );
}
