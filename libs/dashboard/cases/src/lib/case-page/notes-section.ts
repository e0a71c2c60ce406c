import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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
import { NoticeBox, PageState, TimestampPipe } from '@intake/dashboard/ui';
import type { CaseNoteDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';
import { notBlank } from './reason-dialog';
import { LocalPager, SectionData, listStatus } from './section-data';

/** Notes on the case, newest first, and a box to add one. */
@Component({
  selector: 'intake-notes-section',
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
    PageState,
    TimestampPipe,
    NoticeBox,
  ],
  template: `
    @let lang = language.current();
    <section class="section" aria-labelledby="notes-heading" data-testid="notes-section">
      <div class="section-head">
        <h2 id="notes-heading">{{ 'cases.page.notes.title' | translate }}</h2>
      </div>
      @if (notes.reloadFailed()) {
        <p class="muted small" role="status">{{ 'cases.page.reloadFailed' | translate }}</p>
      }
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.notes.empty"
        errorKey="cases.page.notes.loadError"
        (retry)="notes.reload()"
      >
        <ul class="rows">
          @for (n of pager.rows(); track n.id) {
            <li data-testid="note-row">
              <p class="body">{{ n.body }}</p>
              <p class="muted small">
                {{
                  'cases.page.notes.by'
                    | translate
                      : {
                          name: n.authorName ?? ('cases.page.system' | translate),
                          when: (n.createdAt | timestamp: lang),
                        }
                }}
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

      @if (notice(); as n) {
        <intake-notice-box [notice]="n" testId="note-error" />
      }
      <form class="add-form" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <mat-form-field appearance="outline" class="grow" subscriptSizing="dynamic">
          <mat-label>{{ 'cases.page.notes.new' | translate }}</mat-label>
          <textarea matInput formControlName="body" rows="3" data-testid="note-input"></textarea>
          @let error = form.controls.body.errors | fieldError;
          <mat-error>{{ error?.key | translate: error?.params }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="note-add">
          {{ 'cases.page.notes.add' | translate }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './case-section.scss',
  styles: `
    .body {
      margin: 0 0 4px;
      white-space: pre-line;
    }
    p.small {
      margin: 0;
    }
  `,
})
export class NotesSection {
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);
  protected readonly language = inject(LanguageService);

  protected readonly notes = new SectionData<CaseNoteDto[]>((id) => this.api.notes(id));
  protected readonly status = listStatus(this.notes);
  protected readonly pager = new LocalPager(computed(() => this.notes.value() ?? []));
  protected readonly saving = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(10000)],
    }),
  });

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      if (id) {
        untracked(() => void this.notes.load(id));
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
    this.saving.set(true);
    this.notice.set(null);
    try {
      const note = await firstValueFrom(
        this.api.addNote(id, { body: this.form.controls.body.value.trim() }),
      );
      this.notes.update((notes) => [note, ...notes]);
      this.pager.index.set(0);
      this.form.reset({ body: '' });
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
      applyProblemToForm(this.form, parseProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
