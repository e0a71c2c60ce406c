import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import {
  FieldErrorPipe,
  MESSAGE_KEY_ERROR,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import { ConfirmService, Icon, NoticeBox, type NoticeMessage } from '@intake/dashboard/ui';
import type {
  CaseType,
  ChecklistCondition,
  ChecklistRepeat,
  ChecklistTemplateDto,
  ChecklistTemplateItemDto,
  ChecklistTemplateItemInput,
  DocumentProvider,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ChecklistTemplatesApi } from './checklist-templates-api';
import {
  DESCRIPTION_MAX,
  DUE_DAYS_MAX,
  ITEMS_MAX,
  ITEM_KEY_PATTERN,
  LABEL_MAX,
  NAME_MAX,
  TEMPLATE_CONDITIONS,
  TEMPLATE_PROVIDERS,
  TEMPLATE_REPEATS,
} from './template-options';

const DUPLICATE_KEY = 'admin.templates.errors.keyDuplicate';

type ItemForm = FormGroup<{
  key: FormControl<string>;
  label: FormControl<string>;
  description: FormControl<string>;
  provider: FormControl<DocumentProvider>;
  required: FormControl<boolean>;
  condition: FormControl<ChecklistCondition>;
  repeat: FormControl<ChecklistRepeat>;
  dueDays: FormControl<number | null>;
}>;

/** Lower-snake key, unique among the items of the template (as the API checks). */
function itemKey(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value === '') {
    return { required: true };
  }
  if (!ITEM_KEY_PATTERN.test(value)) {
    return { [MESSAGE_KEY_ERROR]: 'admin.templates.errors.keyPattern' };
  }
  const group = control.parent;
  const items = group?.parent;
  if (items instanceof FormArray) {
    const clash = items.controls.some(
      (other) => other !== group && other.get('key')?.value === value,
    );
    if (clash) {
      return { [MESSAGE_KEY_ERROR]: DUPLICATE_KEY };
    }
  }
  return null;
}

/** Empty, or a whole number of days between 0 and 730. */
function dueDays(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (value === null || value === '') {
    return null;
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= DUE_DAYS_MAX
    ? null
    : { [MESSAGE_KEY_ERROR]: 'admin.templates.errors.dueDays' };
}

function itemForm(item?: ChecklistTemplateItemDto): ItemForm {
  return new FormGroup({
    key: new FormControl(item?.key ?? '', { nonNullable: true, validators: itemKey }),
    label: new FormControl(item?.label ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LABEL_MAX)],
    }),
    description: new FormControl(item?.description ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(DESCRIPTION_MAX),
    }),
    provider: new FormControl<DocumentProvider>(item?.provider ?? 'client', { nonNullable: true }),
    required: new FormControl(item?.required ?? true, { nonNullable: true }),
    condition: new FormControl<ChecklistCondition>(item?.condition ?? 'always', {
      nonNullable: true,
    }),
    repeat: new FormControl<ChecklistRepeat>(item?.repeat ?? 'once', { nonNullable: true }),
    dueDays: new FormControl<number | null>(item?.dueDays ?? null, { validators: dueDays }),
  });
}

/**
 * Edits one checklist template (or a new one for a case type): name, active, and the ordered
 * items. Saves the whole template under the version it read; on a 409 the edits stay on screen
 * until the admin reloads, so nothing is lost before they choose to.
 */
@Component({
  selector: 'intake-template-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatSlideToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
    Icon,
    NoticeBox,
  ],
  templateUrl: './template-editor.html',
  styleUrl: './template-editor.scss',
})
export class TemplateEditor implements OnInit {
  private readonly api = inject(ChecklistTemplatesApi);
  private readonly confirm = inject(ConfirmService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly cdr = inject(ChangeDetectorRef);

  /** The template to edit; null to create one for `caseType`. */
  readonly template = input.required<ChecklistTemplateDto | null>();
  readonly caseType = input.required<CaseType>();
  readonly saved = output<ChecklistTemplateDto>();
  readonly closed = output<void>();
  /** Asks the page to fetch the template again (after a 409 or 404). */
  readonly reload = output<void>();

  protected readonly providers = TEMPLATE_PROVIDERS;
  protected readonly conditions = TEMPLATE_CONDITIONS;
  protected readonly repeats = TEMPLATE_REPEATS;
  protected readonly itemsMax = ITEMS_MAX;

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX)],
    }),
    active: new FormControl(true, { nonNullable: true }),
    items: new FormArray<ItemForm>([]),
  });

  protected readonly saving = signal(false);
  protected readonly notice = signal<NoticeMessage | null>(null);
  protected readonly offerReload = signal(false);
  private readonly baseline = signal('');
  private readonly current = signal('');
  protected readonly unsaved = computed(() => this.current() !== this.baseline());

  ngOnInit(): void {
    this.restore();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.revalidateKeys();
      this.current.set(this.snapshot());
    });
  }

  protected get items(): FormArray<ItemForm> {
    return this.form.controls.items;
  }

  /** Puts the stored template back (or a blank one with a first item). */
  private restore(): void {
    const template = this.template();
    this.items.clear({ emitEvent: false });
    const items = template ? template.items : [undefined];
    for (const item of items) {
      this.items.push(itemForm(item), { emitEvent: false });
    }
    this.form.controls.name.reset(template?.name ?? '', { emitEvent: false });
    this.form.controls.active.reset(template?.active ?? true, { emitEvent: false });
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.items.controls.forEach((item) => item.controls.key.updateValueAndValidity());
    this.baseline.set(this.snapshot());
    this.current.set(this.snapshot());
    this.notice.set(null);
    this.offerReload.set(false);
  }

  private snapshot(): string {
    return JSON.stringify(this.form.getRawValue());
  }

  /** A key's uniqueness depends on its siblings: re-check those whose verdict changed. */
  private revalidateKeys(): void {
    const keys = this.items.controls.map((item) => item.controls.key);
    for (const key of keys) {
      const duplicate = keys.some((other) => other !== key && other.value === key.value);
      const flagged = key.errors?.[MESSAGE_KEY_ERROR] === DUPLICATE_KEY;
      if (duplicate !== flagged && (ITEM_KEY_PATTERN.test(key.value) || flagged)) {
        key.updateValueAndValidity({ emitEvent: false });
      }
    }
  }

  protected addItem(): void {
    if (this.items.length < ITEMS_MAX) {
      this.items.push(itemForm());
    }
  }

  protected move(index: number, by: -1 | 1): void {
    const target = index + by;
    if (target < 0 || target >= this.items.length) {
      return;
    }
    const item = this.items.at(index);
    this.items.removeAt(index, { emitEvent: false });
    this.items.insert(target, item);
  }

  protected async removeItem(index: number): Promise<void> {
    const item = this.items.at(index).getRawValue();
    const confirmed = await this.confirm.confirm({
      titleKey: 'admin.templates.confirmRemove.title',
      messageKey: 'admin.templates.confirmRemove.message',
      confirmKey: 'admin.templates.confirmRemove.remove',
      params: { label: item.label || item.key || String(index + 1) },
      destructive: true,
    });
    if (confirmed) {
      this.items.removeAt(index);
      this.cdr.markForCheck();
    }
  }

  protected cancel(): void {
    this.restore();
    this.closed.emit();
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.notice.set({ key: 'errors.checkFields', detail: null });
      this.offerReload.set(false);
      return;
    }
    this.saving.set(true);
    this.notice.set(null);
    this.offerReload.set(false);
    const raw = this.form.getRawValue();
    const items: ChecklistTemplateItemInput[] = raw.items.map((item) => ({
      key: item.key,
      label: item.label.trim(),
      description: item.description.trim() === '' ? null : item.description.trim(),
      provider: item.provider,
      required: item.required,
      condition: item.condition,
      repeat: item.repeat,
      dueDays: item.dueDays ?? null,
    }));
    const template = this.template();
    try {
      const result = await firstValueFrom(
        template
          ? this.api.update(template.id, {
              version: template.version,
              name: raw.name.trim(),
              active: raw.active,
              items,
            })
          : this.api.create({
              caseType: this.caseType(),
              name: raw.name.trim(),
              active: raw.active,
              items,
            }),
      );
      this.baseline.set(this.snapshot());
      this.saved.emit(result);
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.saving.set(false);
      this.cdr.markForCheck();
    }
  }

  private showProblem(error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    if (problem.status === 409) {
      this.notice.set({ key: 'admin.templates.errors.stale', detail: null });
      this.offerReload.set(true);
    } else if (problem.status === 404) {
      this.notice.set({ key: 'admin.templates.errors.notFound', detail: null });
      this.offerReload.set(true);
    } else if (problem.status === 403) {
      this.notice.set({ key: 'admin.templates.errors.forbidden', detail: null });
    } else if (problem.status === 400 && problem.errors?.length) {
      const unmatched = applyProblemToForm(this.form, problem);
      this.notice.set({
        key: 'errors.checkFields',
        detail:
          unmatched.length > 0 ? unmatched.map((e) => `${e.field}: ${e.message}`).join('\n') : null,
      });
    } else {
      this.notice.set({
        key: problem.status === 0 ? 'errors.network' : 'errors.generic',
        detail: problem.detail ?? null,
      });
    }
  }
}
