import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LanguageService } from '@intake/dashboard/core';
import { PageState, type PageStatus, TimestampPipe } from '@intake/dashboard/ui';
import type { CaseType, ChecklistTemplateDto } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ChecklistTemplatesApi } from './checklist-templates-api';
import { TemplateEditor } from './template-editor';
import { TEMPLATE_CASE_TYPES } from './template-options';

interface EditorState {
  /** Recreates the editor whenever a template (or a fresh copy of it) is opened. */
  seq: number;
  template: ChecklistTemplateDto | null;
}

/**
 * Admin → Checklist templates: the templates of a case type, and an editor for one of them (or a
 * new one). Changes apply to checklists generated or refreshed afterwards.
 */
@Component({
  selector: 'intake-checklist-templates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    PageState,
    TimestampPipe,
    TemplateEditor,
  ],
  templateUrl: './checklist-templates-page.html',
  styleUrl: './checklist-templates-page.scss',
})
export class ChecklistTemplatesPage {
  private readonly api = inject(ChecklistTemplatesApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  protected readonly caseTypes = TEMPLATE_CASE_TYPES;

  protected readonly caseType = signal<CaseType>('cec_express_entry');
  protected readonly templates = signal<ChecklistTemplateDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly editor = signal<EditorState | null>(null);
  protected readonly editors = computed(() => {
    const editor = this.editor();
    return editor ? [editor] : [];
  });
  private seq = 0;
  private request = 0;

  protected readonly status = computed<PageStatus>(() => {
    if (this.loading()) {
      return 'loading';
    }
    if (this.failed()) {
      return 'error';
    }
    return this.templates().length > 0 ? 'ready' : 'empty';
  });

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const templates = await firstValueFrom(this.api.list(this.caseType()));
      if (request === this.request) {
        this.templates.set(templates);
      }
    } catch {
      if (request === this.request) {
        this.templates.set([]);
        this.failed.set(true);
      }
    } finally {
      if (request === this.request) {
        this.loading.set(false);
      }
    }
  }

  protected selectType(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const type = this.caseTypes.find((t) => t === value);
    if (type && type !== this.caseType()) {
      this.caseType.set(type);
      this.editor.set(null);
      void this.load();
    }
  }

  protected open(template: ChecklistTemplateDto | null): void {
    this.editor.set({ seq: ++this.seq, template });
  }

  protected close(): void {
    this.editor.set(null);
  }

  protected onSaved(saved: ChecklistTemplateDto, created: boolean): void {
    this.templates.update((list) =>
      created ? [...list, saved] : list.map((t) => (t.id === saved.id ? saved : t)),
    );
    this.editor.set(null);
    this.snackBar.open(
      this.translate.instant('admin.templates.saved', { name: saved.name }),
      undefined,
      { duration: 5000 },
    );
  }

  /** After a 409: fetch the list again and reopen the fresh copy of the template. */
  protected async reloadTemplate(id: string | undefined): Promise<void> {
    await this.load();
    const fresh = this.templates().find((t) => t.id === id);
    this.editor.set(fresh ? { seq: ++this.seq, template: fresh } : null);
  }
}
