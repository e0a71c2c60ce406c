import {
  ChangeDetectorRef,
  DestroyRef,
  Directive,
  ElementRef,
  Injector,
  type OnInit,
  type Signal,
  afterNextRender,
  computed,
  effect,
  inject,
  runInInjectionContext,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LanguageService, parseProblem } from '@intake/dashboard/core';
import { ConfirmService } from '@intake/dashboard/ui';
import type { ClientDto, FieldError } from '@intake/shared/contracts';
import { TranslateService } from '@ngx-translate/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { ClientsApi } from '../../data/clients-api';
import { draftKey } from '../../data/drafts-api';
import { DraftAutosave, type DraftState } from '../../util/draft-autosave';
import { applySectionProblem, intakeServerMessage } from '../../util/form-errors';
import { ClientStore } from '../client-store';

export type SectionName =
  | 'identity'
  | 'status'
  | 'language'
  | 'education'
  | 'work'
  | 'family'
  | 'parties'
  | 'identification';

export interface SectionNotice {
  kind: 'error' | 'stale' | 'reloaded';
  key: string;
  params?: Record<string, string>;
  /** Field errors of the API that belong to no field on screen. */
  details?: { key: string; params?: Record<string, string | number>; field: string }[];
}

/** What the section frame (notices, draft note, save bar) needs from a section. */
export interface SectionController {
  readonly section: SectionName;
  readonly notice: Signal<SectionNotice | null>;
  readonly draftRestored: Signal<boolean>;
  readonly draftOutdated: Signal<boolean>;
  readonly draftState: Signal<DraftState>;
  readonly saving: Signal<boolean>;
  readonly dirty: Signal<boolean>;
  save(): Promise<void>;
  discardDraft(): Promise<void>;
  reloadLatest(): Promise<void>;
  discardChanges(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One editable part of the client page, saved under the client's version: autosaves a draft while
 * dirty (restored on the next visit), maps API field errors onto the form, explains a 409 and
 * offers to reload, and tells the page whether it holds unsaved edits.
 */
@Directive()
export abstract class FormSection<TForm extends FormGroup> implements OnInit, SectionController {
  protected readonly store = inject(ClientStore);
  protected readonly api = inject(ClientsApi);
  protected readonly confirm = inject(ConfirmService);
  protected readonly language = inject(LanguageService);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly cdr = inject(ChangeDetectorRef);
  protected readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  abstract readonly section: SectionName;
  abstract readonly form: TForm;
  /** API field name → control name, where they differ. */
  protected readonly aliases: Readonly<Record<string, string>> = {};

  /** Fills the form from the client, as saved. */
  protected abstract fill(client: ClientDto): void;
  /** Fills the form from a stored draft; false when the draft does not fit. */
  protected abstract fillFromDraft(data: Record<string, unknown>): boolean;
  /** The form's state to keep as a draft. */
  protected abstract draftData(): Record<string, unknown>;
  /** Sends the form under `version`; answers the client with its new version. */
  protected abstract send(client: ClientDto, version: number): Observable<ClientDto>;

  readonly notice = signal<SectionNotice | null>(null);
  readonly draftRestored = signal(false);
  readonly saving = signal(false);
  readonly dirty = signal(false);
  private readonly draftVersion = signal<number | null>(null);
  /** The restored draft was made on an older version of the client. */
  readonly draftOutdated = computed(() => {
    const version = this.draftVersion();
    const client = this.store.client();
    return this.draftRestored() && version !== null && client !== null && version !== client.version;
  });

  private autosave: DraftAutosave | null = null;
  private readonly autosaveState = signal<Signal<DraftState> | null>(null);
  readonly draftState = computed(() => this.autosaveState()?.() ?? 'idle');
  /** Version the form was last filled from. */
  private shownVersion = 0;
  private quiet = false;

  ngOnInit(): void {
    const client = this.store.client();
    if (!client) {
      throw new Error('A client section needs a loaded client');
    }
    const autosave = runInInjectionContext(
      this.injector,
      () => new DraftAutosave(draftKey('client', client.id, this.section)),
    );
    this.autosave = autosave;
    this.autosaveState.set(autosave.state);
    this.refill(client);

    this.form.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.updateDirty();
      this.cdr.markForCheck();
    });
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (!this.quiet && this.form.dirty) {
        autosave.schedule({ version: this.shownVersion, ...this.draftData() });
      }
    });
    this.destroyRef.onDestroy(() => this.store.setDirty(this.section, false));

    // Another section saved (or a reload): show the new data unless the user is editing here.
    effect(
      () => {
        const latest = this.store.client();
        untracked(() => {
          if (latest && latest.version !== this.shownVersion && !this.form.dirty) {
            this.refill(latest);
          }
        });
      },
      { injector: this.injector },
    );
    void this.restoreDraft(autosave);
  }

  async save(): Promise<void> {
    const client = this.store.client();
    if (this.saving() || !client) {
      return;
    }
    this.notice.set(null);
    this.form.markAllAsTouched();
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.notice.set({ kind: 'error', key: 'errors.checkFields' });
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(
        this.send(client, this.store.versionFor(this.shownVersion)),
      );
      void this.autosave?.discard();
      this.draftRestored.set(false);
      this.refill(updated);
      this.store.apply(updated);
      this.toast('clients.toast.saved');
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 409: loads the latest version; the edits here stay, to be saved again or dropped. */
  async reloadLatest(): Promise<void> {
    try {
      await this.store.reload();
      this.shownVersion = this.store.client()?.version ?? this.shownVersion;
      this.notice.set(
        this.form.dirty ? { kind: 'reloaded', key: 'clients.notices.reloaded' } : null,
      );
    } catch (error: unknown) {
      this.showProblem(error);
    }
  }

  /** Drops the edits of this section and shows the client as saved. */
  async discardChanges(): Promise<void> {
    const client = this.store.client();
    this.notice.set(null);
    this.draftRestored.set(false);
    if (client) {
      this.refill(client);
    }
    await this.autosave?.discard();
  }

  async discardDraft(): Promise<void> {
    await this.discardChanges();
    this.toast('clients.toast.draftDiscarded');
  }

  protected refill(client: ClientDto): void {
    this.quiet = true;
    try {
      this.shownVersion = client.version;
      this.form.markAsPristine();
      this.form.markAsUntouched();
      this.fill(client);
      this.form.markAsPristine();
      this.form.markAsUntouched();
    } finally {
      this.quiet = false;
    }
    this.updateDirty();
    this.cdr.markForCheck();
  }

  /** Marks the form dirty before a structural change (so autosave sees it). */
  protected touchForm(): void {
    this.form.markAsDirty();
    this.updateDirty();
  }

  protected focusAfterRender(testId: string): void {
    afterNextRender(
      () => {
        this.host.nativeElement.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
      },
      { injector: this.injector },
    );
  }

  private async restoreDraft(autosave: DraftAutosave): Promise<void> {
    const data = await autosave.load();
    if (!data || this.form.dirty) {
      return;
    }
    this.quiet = true;
    let restored = false;
    try {
      restored = this.fillFromDraft(data);
      if (restored) {
        this.form.markAsDirty();
        this.form.updateValueAndValidity();
      }
    } finally {
      this.quiet = false;
    }
    if (!restored) {
      return;
    }
    this.draftVersion.set(typeof data['version'] === 'number' ? data['version'] : null);
    this.draftRestored.set(true);
    this.updateDirty();
    this.cdr.markForCheck();
  }

  private updateDirty(): void {
    const dirty = this.form.dirty;
    this.dirty.set(dirty);
    this.store.setDirty(this.section, dirty);
  }

  protected showProblem(error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    if (problem.status === 409) {
      this.notice.set({ kind: 'stale', key: 'clients.errors.stale' });
    } else if (problem.status === 400) {
      const unmatched = applySectionProblem(this.form, problem, this.aliases);
      this.notice.set({
        kind: 'error',
        key: 'errors.checkFields',
        details: unmatched.map((e: FieldError) => ({ field: e.field, ...intakeServerMessage(e.message) })),
      });
      this.focusFirstInvalid();
    } else if (problem.status === 404) {
      this.notice.set({ kind: 'error', key: 'clients.errors.notFound' });
    } else if (problem.status === 403) {
      this.notice.set({ kind: 'error', key: 'clients.errors.forbidden' });
    } else {
      this.notice.set({
        kind: 'error',
        key: problem.status === 0 ? 'errors.network' : 'errors.generic',
      });
    }
    this.cdr.markForCheck();
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        this.host.nativeElement
          .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, .mat-form-field-invalid input')
          ?.focus();
      },
      { injector: this.injector },
    );
  }

  protected toast(key: string): void {
    const message: unknown = this.translate.instant(key);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 4000 });
  }
}

/** The row values a list section keeps (what `getRawValue()` of a row answers). */
export type RowValue<TRow extends FormGroup> = ReturnType<TRow['getRawValue']>;

/**
 * A list section of the profile (status history, tests, education, work, family, parties):
 * a form array of rows, saved whole with one PUT.
 */
@Directive()
export abstract class ListSection<TRow extends FormGroup, TItem> extends FormSection<
  FormGroup<{ items: FormArray<TRow> }>
> {
  readonly items = new FormArray<TRow>([]);
  readonly form = new FormGroup({ items: this.items });
  /** The rows, as a signal for the template. */
  readonly rows = signal<TRow[]>([]);

  /** A new row, empty or with the given values. */
  protected abstract createRow(value?: Partial<RowValue<TRow>>): TRow;
  protected abstract rowsOf(client: ClientDto): Partial<RowValue<TRow>>[];
  protected abstract toItem(row: RowValue<TRow>): TItem;
  /** Test id suffix of the field focused in a new row (`<section>-<field>-<index>`). */
  protected abstract readonly firstField: string;
  /** Translation key naming one row, with `{{n}}` (e.g. "Job {{n}}"). */
  abstract readonly rowLabelKey: string;

  protected fill(client: ClientDto): void {
    this.setRows(this.rowsOf(client));
  }

  protected fillFromDraft(data: Record<string, unknown>): boolean {
    const items = data['items'];
    if (!Array.isArray(items) || !items.every(isRecord)) {
      return false;
    }
    this.setRows(items as Partial<RowValue<TRow>>[]);
    return true;
  }

  protected draftData(): Record<string, unknown> {
    return { items: this.items.getRawValue() };
  }

  protected itemsToSend(): TItem[] {
    return this.rowControls().map((row) => this.toItem(row.getRawValue() as RowValue<TRow>));
  }

  addRow(): void {
    this.touchForm();
    this.items.push(this.createRow());
    this.rows.set(this.rowControls());
    this.focusAfterRender(`${this.section}-${this.firstField}-${this.items.length - 1}`);
  }

  async removeRow(index: number): Promise<void> {
    const confirmed = await this.confirm.confirm({
      titleKey: 'clients.rows.removeTitle',
      messageKey: 'clients.rows.removeMessage',
      confirmKey: 'clients.rows.remove',
      params: { row: String(this.translate.instant(this.rowLabelKey, { n: index + 1 })) },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.touchForm();
    this.items.removeAt(index);
    this.rows.set(this.rowControls());
    this.focusAfterRender(`add-${this.section}`);
  }

  private rowControls(): TRow[] {
    // FormArray<TRow>.controls is TRow[]; TypeScript cannot resolve that for a type parameter.
    return [...this.items.controls] as TRow[];
  }

  /**
   * Shows the given rows. When the number of rows is unchanged (a save, a reload) the row groups
   * are kept and only their values change, so the page keeps its DOM, focus and scroll position.
   */
  private setRows(values: Partial<RowValue<TRow>>[]): void {
    const current = this.rowControls();
    if (current.length === values.length) {
      values.forEach((value, i) => current[i].reset(this.createRow(value).getRawValue()));
    } else {
      this.items.clear({ emitEvent: false });
      for (const value of values) {
        this.items.push(this.createRow(value), { emitEvent: false });
      }
    }
    this.items.updateValueAndValidity();
    this.rows.set(this.rowControls());
  }
}
