import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import {
  FieldErrorPipe,
  LanguageService,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import {
  ConfirmService,
  IsoDatePipe,
  isoDateValidator,
  NoticeBox,
  PageState,
} from '@intake/dashboard/ui';
import type { CreateDeadlineRequest, DeadlineDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { DEADLINE_KIND_KEYS, DaysLeftPipe } from './case-labels';
import { DateErrorPipe } from './date-error';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';
import { notBlank } from './reason-dialog';
import { LocalPager, SectionData, listStatus } from './section-data';

/** The API's order: open deadlines first, earliest first. */
export function sortDeadlines(deadlines: readonly DeadlineDto[]): DeadlineDto[] {
  return [...deadlines].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id),
  );
}

/**
 * Deadlines of the case: the derived ones (from the ITA date, permits, tests, documents) and the
 * ones typed by hand, which can be added and (by lawyers) deleted; any can be marked done.
 */
@Component({
  selector: 'intake-deadlines-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatPaginator,
    TranslatePipe,
    FieldErrorPipe,
    DateErrorPipe,
    IsoDatePipe,
    DaysLeftPipe,
    PageState,
    NoticeBox,
  ],
  template: `
    @let lang = language.current();
    @let lawyer = store.isLawyer();
    <section class="section" aria-labelledby="deadlines-heading" data-testid="deadlines-section">
      <div class="section-head">
        <h2 id="deadlines-heading">{{ 'cases.page.deadlines.title' | translate }}</h2>
      </div>
      @if (deadlines.reloadFailed()) {
        <p class="muted small" role="status">{{ 'cases.page.reloadFailed' | translate }}</p>
      }
      @if (notice(); as n) {
        <intake-notice-box [notice]="n" testId="deadline-error" />
      }
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.deadlines.empty"
        errorKey="cases.page.deadlines.loadError"
        (retry)="deadlines.reload()"
      >
        <ul class="rows">
          @for (d of pager.rows(); track d.id) {
            <li
              data-testid="deadline-row"
              [attr.data-deadline-id]="d.id"
              [attr.data-kind]="d.kind"
              [attr.data-done]="d.done"
            >
              <div class="line">
                <input
                  type="checkbox"
                  class="check"
                  [id]="'deadline-' + d.id"
                  [checked]="d.done"
                  [disabled]="busy() === d.id"
                  (change)="toggleDone(d, $event)"
                  data-testid="deadline-done"
                />
                <label [for]="'deadline-' + d.id" [class.done]="d.done">
                  <span class="kind">{{ kindKeys[d.kind] | translate }}</span> — {{ d.title }}
                </label>
                <span class="spacer"></span>
                @if (d.overdue && !d.done) {
                  <span class="chip danger" data-testid="deadline-overdue">{{
                    'cases.page.overdue' | translate
                  }}</span>
                }
                @if (lawyer && !d.derived) {
                  <button
                    mat-button
                    type="button"
                    class="danger-text"
                    (click)="remove(d)"
                    [disabled]="busy() === d.id"
                    data-testid="deadline-delete"
                  >
                    {{ 'cases.page.deadlines.delete' | translate }}
                    <span class="cdk-visually-hidden">— {{ d.title }}</span>
                  </button>
                }
              </div>
              <p class="muted small meta">
                <span data-testid="deadline-due">{{ d.dueOn | isoDate: lang }}</span>
                @if (!d.done) {
                  @let left = d.daysLeft | daysLeft;
                  <span data-testid="deadline-days-left">{{
                    left.key | translate: left.params
                  }}</span>
                }
                <span class="chip" data-testid="deadline-origin">
                  {{
                    (d.derived ? 'cases.page.deadlines.derived' : 'cases.page.deadlines.manual')
                      | translate
                  }}
                </span>
              </p>
              @if (d.detail) {
                <p class="muted small detail">{{ d.detail }}</p>
              }
            </li>
          }
        </ul>
        @if (pager.needed()) {
          <mat-paginator
            [length]="pager.length()"
            [pageSize]="pager.size"
            [pageIndex]="pager.shownIndex()"
            [hidePageSize]="true"
            (page)="pager.onPage($event)"
          />
        }
      </intake-page-state>

      <form class="add-form" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <mat-form-field appearance="outline" class="grow" subscriptSizing="dynamic">
          <mat-label>{{ 'cases.page.deadlines.new' | translate }}</mat-label>
          <input matInput formControlName="title" data-testid="deadline-add-title" />
          @let titleError = form.controls.title.errors | fieldError;
          <mat-error>{{ titleError?.key | translate: titleError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'cases.page.deadlines.dueOn' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="dueOn"
            required
            data-testid="deadline-add-date"
          />
          @let dueError = form.controls.dueOn.errors | dateError;
          <mat-error>{{ dueError?.key | translate: dueError?.params }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="deadline-add">
          {{ 'cases.page.deadlines.add' | translate }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './case-section.scss',
  styles: `
    .kind {
      font-weight: 500;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 2px 0 0 30px;
    }
    .detail {
      margin: 4px 0 0 30px;
    }
  `,
})
export class DeadlinesSection {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);
  private readonly confirm = inject(ConfirmService);
  protected readonly language = inject(LanguageService);
  protected readonly kindKeys = DEADLINE_KIND_KEYS;

  protected readonly deadlines = new SectionData<DeadlineDto[]>((id) => this.api.caseDeadlines(id));
  protected readonly status = listStatus(this.deadlines);
  protected readonly pager = new LocalPager(computed(() => this.deadlines.value() ?? []));
  protected readonly saving = signal(false);
  /** The deadline being saved. */
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [notBlank, Validators.maxLength(300)]],
    dueOn: ['', [Validators.required, isoDateValidator]],
  });

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      this.store.revision('deadlines')();
      if (id) {
        untracked(() => void this.deadlines.load(id));
      }
    });
  }

  protected async add(): Promise<void> {
    const id = this.store.caseId();
    if (!id || this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, dueOn } = this.form.getRawValue();
    const body: CreateDeadlineRequest = { title: title.trim(), dueOn };
    this.saving.set(true);
    this.notice.set(null);
    try {
      const deadline = await firstValueFrom(this.api.addDeadline(id, body));
      this.deadlines.update((deadlines) => sortDeadlines([...deadlines, deadline]));
      this.form.reset({ title: '', dueOn: '' });
      this.refreshNextDeadline();
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
      applyProblemToForm(this.form, parseProblem(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async toggleDone(deadline: DeadlineDto, event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    if (this.busy()) {
      box.checked = deadline.done;
      return;
    }
    this.busy.set(deadline.id);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.updateDeadline(deadline.id, { version: deadline.version, done: box.checked }),
      );
      this.deadlines.update((deadlines) =>
        deadlines.map((d) => (d.id === updated.id ? updated : d)),
      );
      this.refreshNextDeadline();
    } catch (error: unknown) {
      box.checked = deadline.done;
      this.showProblem(error);
    } finally {
      this.busy.set(null);
    }
  }

  /** Manual deadlines only, lawyers only, after confirmation. */
  protected async remove(deadline: DeadlineDto): Promise<void> {
    if (this.busy() || deadline.derived) {
      return;
    }
    const confirmed = await this.confirm.confirm({
      titleKey: 'cases.page.deadlines.deleteTitle',
      messageKey: 'cases.page.deadlines.deleteMessage',
      confirmKey: 'cases.page.deadlines.delete',
      params: { title: deadline.title },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(deadline.id);
    this.notice.set(null);
    try {
      await firstValueFrom(this.api.deleteDeadline(deadline.id, deadline.version));
      this.deadlines.update((deadlines) => deadlines.filter((d) => d.id !== deadline.id));
      this.refreshNextDeadline();
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.busy.set(null);
    }
  }

  private showProblem(error: unknown): void {
    const notice = noticeFor(error);
    this.notice.set(notice);
    if (notice.stale) {
      void this.deadlines.reload();
    }
  }

  /** The header shows the case's next open deadline, which the API computes. */
  private refreshNextDeadline(): void {
    void this.store.reload().catch(() => undefined);
  }
}
