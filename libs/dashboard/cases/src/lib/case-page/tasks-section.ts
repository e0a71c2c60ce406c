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
import { IsoDatePipe, isoDateValidator, NoticeBox, PageState } from '@intake/dashboard/ui';
import type { CaseTaskDto, CreateTaskRequest } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { DateErrorPipe } from './date-error';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';
import { notBlank } from './reason-dialog';
import { LocalPager, SectionData, listStatus } from './section-data';

/** The case's to-do list: who does what by when; ticking a task saves it. */
@Component({
  selector: 'intake-tasks-section',
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
    PageState,
    NoticeBox,
  ],
  template: `
    @let lang = language.current();
    <section class="section" aria-labelledby="tasks-heading" data-testid="tasks-section">
      <div class="section-head">
        <h2 id="tasks-heading">{{ 'cases.page.tasks.title' | translate }}</h2>
      </div>
      @if (tasks.reloadFailed()) {
        <p class="muted small" role="status">{{ 'cases.page.reloadFailed' | translate }}</p>
      }
      @if (notice(); as n) {
        <intake-notice-box [notice]="n" testId="task-error" />
      }
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.tasks.empty"
        errorKey="cases.page.tasks.loadError"
        (retry)="tasks.reload()"
      >
        <ul class="rows">
          @for (t of pager.rows(); track t.id) {
            <li data-testid="task-row" [attr.data-task-id]="t.id" [attr.data-done]="t.done">
              <div class="line">
                <input
                  type="checkbox"
                  class="check"
                  [id]="'task-' + t.id"
                  [checked]="t.done"
                  [disabled]="busy() === t.id"
                  (change)="toggle(t, $event)"
                  data-testid="task-done"
                />
                <label [for]="'task-' + t.id" [class.done]="t.done" data-testid="task-title">{{
                  t.title
                }}</label>
                <span class="spacer"></span>
                @if (t.overdue && !t.done) {
                  <span class="chip danger" data-testid="task-overdue">{{
                    'cases.page.overdue' | translate
                  }}</span>
                }
              </div>
              <p class="muted small meta">
                <span>{{ t.assigneeName ?? ('cases.page.header.unassigned' | translate) }}</span>
                @if (t.dueOn) {
                  <span>{{
                    'cases.page.tasks.due' | translate: { date: (t.dueOn | isoDate: lang) }
                  }}</span>
                }
              </p>
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
          <mat-label>{{ 'cases.page.tasks.new' | translate }}</mat-label>
          <input matInput formControlName="title" data-testid="task-add-title" />
          @let titleError = form.controls.title.errors | fieldError;
          <mat-error>{{ titleError?.key | translate: titleError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'cases.page.tasks.assignee' | translate }}</mat-label>
          <select matNativeControl formControlName="assigneeId" data-testid="task-add-assignee">
            <option value="">{{ 'cases.page.header.unassigned' | translate }}</option>
            @for (s of store.staff(); track s.id) {
              <option [value]="s.id">{{ s.name }}</option>
            }
          </select>
          @let assigneeError = form.controls.assigneeId.errors | fieldError;
          <mat-error>{{ assigneeError?.key | translate: assigneeError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'cases.page.tasks.dueOn' | translate }}</mat-label>
          <input matInput type="date" formControlName="dueOn" data-testid="task-add-due" />
          @let dueError = form.controls.dueOn.errors | dateError;
          <mat-error>{{ dueError?.key | translate: dueError?.params }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="task-add">
          {{ 'cases.page.tasks.add' | translate }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './case-section.scss',
  styles: `
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 2px 0 0 30px;
    }
  `,
})
export class TasksSection {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);
  protected readonly language = inject(LanguageService);

  protected readonly tasks = new SectionData<CaseTaskDto[]>((id) => this.api.tasks(id));
  protected readonly status = listStatus(this.tasks);
  protected readonly pager = new LocalPager(computed(() => this.tasks.value() ?? []));
  protected readonly saving = signal(false);
  /** The task being saved. */
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [notBlank, Validators.maxLength(500)]],
    assigneeId: [''],
    dueOn: ['', [isoDateValidator]],
  });

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      if (id) {
        untracked(() => void this.tasks.load(id));
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
    const { title, assigneeId, dueOn } = this.form.getRawValue();
    const body: CreateTaskRequest = {
      title: title.trim(),
      ...(assigneeId ? { assigneeId } : {}),
      ...(dueOn ? { dueOn } : {}),
    };
    this.saving.set(true);
    this.notice.set(null);
    try {
      const task = await firstValueFrom(this.api.addTask(id, body));
      this.tasks.update((tasks) => [task, ...tasks]);
      this.pager.index.set(0);
      this.form.reset({ title: '', assigneeId: '', dueOn: '' });
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
      applyProblemToForm(this.form, parseProblem(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async toggle(task: CaseTaskDto, event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const id = this.store.caseId();
    if (!id || this.busy()) {
      box.checked = task.done;
      return;
    }
    this.busy.set(task.id);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.updateTask(id, task.id, { version: task.version, done: box.checked }),
      );
      this.tasks.update((tasks) => tasks.map((t) => (t.id === updated.id ? updated : t)));
    } catch (error: unknown) {
      box.checked = task.done;
      const notice = noticeFor(error);
      this.notice.set(notice);
      if (notice.stale) {
        await this.tasks.reload();
      }
    } finally {
      this.busy.set(null);
    }
  }
}
