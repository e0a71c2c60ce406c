import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { LanguageService } from '@intake/dashboard/core';
import { PageState, TimestampPipe } from '@intake/dashboard/ui';
import type { ChecklistFileDto, ChecklistItemDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi, fileContentUrl } from '../data/cases-api';
import { SectionData, listStatus } from './section-data';
import { FileSizePipe } from './upload-check';

export interface FileVersionsDialogData {
  item: ChecklistItemDto;
}

/** Every version uploaded for a document, newest first, each downloadable. */
@Component({
  selector: 'intake-file-versions-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    TranslatePipe,
    PageState,
    TimestampPipe,
    FileSizePipe,
  ],
  template: `
    @let lang = language.current();
    <h2 mat-dialog-title>{{ 'cases.page.files.title' | translate: { label: data.item.label } }}</h2>
    <mat-dialog-content>
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.files.empty"
        errorKey="cases.page.files.loadError"
        (retry)="files.reload()"
      >
        <ol class="versions">
          @for (f of files.value() ?? []; track f.id) {
            <li data-testid="file-version-row">
              <span class="version">{{
                'cases.page.files.version' | translate: { version: f.version }
              }}</span>
              <a
                [href]="url(f.id)"
                target="_blank"
                rel="noopener"
                [attr.download]="f.fileName"
                data-testid="file-version-link"
              >
                {{ f.fileName }}
              </a>
              <span class="muted">
                {{
                  'cases.page.files.uploaded'
                    | translate
                      : {
                          size: (f.sizeBytes | fileSize: lang),
                          name: f.uploadedByName ?? ('cases.page.system' | translate),
                          when: (f.uploadedAt | timestamp: lang),
                        }
                }}
              </span>
            </li>
          }
        </ol>
      </intake-page-state>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="file-versions-close">
        {{ 'common.close' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .versions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .versions li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .version {
      font-weight: 500;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FileVersionsDialog {
  private readonly api = inject(CasesApi);
  protected readonly data = inject<FileVersionsDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService);
  protected readonly files = new SectionData<ChecklistFileDto[]>((id) => this.api.files(id));
  protected readonly status = listStatus(this.files);
  protected readonly url = fileContentUrl;

  constructor() {
    void this.files.load(this.data.item.id);
  }
}
