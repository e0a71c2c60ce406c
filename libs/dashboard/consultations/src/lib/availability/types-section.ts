import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Icon, NoticeBox } from '@intake/dashboard/ui';
import type { ConsultationTypeDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ConsultationTypesApi } from '../data/consultation-types-api';
import { MODE_LABEL_KEYS } from '../data/domain';
import { type Notice, localNotice } from '../data/notices';
import { TypeDialog, type TypeDialogData, type TypeDialogResult } from './type-dialog';

/** The consultation types visitors can book: names in both languages, length, modes, active. */
@Component({
  selector: 'intake-types-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar, TranslatePipe, Icon, NoticeBox],
  template: `
    <section class="card" aria-labelledby="types-heading" data-testid="availability-types">
      <div class="card-header">
        <h3 id="types-heading">{{ 'consultations.types.title' | translate }}</h3>
        <button mat-stroked-button type="button" (click)="edit(null)" data-testid="type-add">
          <intake-icon name="add" />
          {{ 'consultations.types.add' | translate }}
        </button>
      </div>
      @if (notice(); as n) {
        <intake-notice-box [notice]="n" testId="types-notice" />
      }
      @switch (state()) {
        @case ('loading') {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'ui.pageState.loading' | translate"
          />
        }
        @case ('error') {
          <div class="inline-error" role="alert" data-testid="types-load-error">
            <p>{{ 'consultations.types.loadError' | translate }}</p>
            <button mat-stroked-button type="button" (click)="load()">
              {{ 'common.retry' | translate }}
            </button>
          </div>
        }
        @case ('ready') {
          @if (types().length === 0) {
            <p class="muted" data-testid="types-empty">
              {{ 'consultations.types.none' | translate }}
            </p>
          } @else {
            <div class="table-wrap">
              <table class="simple-table">
                <caption class="cdk-visually-hidden">
                  {{
                    'consultations.types.title' | translate
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'consultations.types.nameEn' | translate }}</th>
                    <th scope="col">{{ 'consultations.types.nameFr' | translate }}</th>
                    <th scope="col">{{ 'consultations.types.code' | translate }}</th>
                    <th scope="col">{{ 'consultations.types.duration' | translate }}</th>
                    <th scope="col">{{ 'consultations.types.modes' | translate }}</th>
                    <th scope="col">{{ 'consultations.types.status' | translate }}</th>
                    <th scope="col">
                      <span class="cdk-visually-hidden">{{
                        'consultations.types.actions' | translate
                      }}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  @for (t of types(); track t.id) {
                    <tr
                      data-testid="type-row"
                      [attr.data-type-id]="t.id"
                      [attr.data-code]="t.code"
                      [class.inactive]="!t.active"
                    >
                      <td>{{ t.nameEn }}</td>
                      <td>{{ t.nameFr }}</td>
                      <td class="code">{{ t.code }}</td>
                      <td>
                        {{
                          'consultations.types.minutes' | translate: { minutes: t.durationMinutes }
                        }}
                      </td>
                      <td>
                        @for (m of t.modes; track m) {
                          <span class="mode" data-testid="type-mode" [attr.data-mode]="m">{{
                            modeLabelKeys[m] | translate
                          }}</span>
                        }
                      </td>
                      <td data-testid="type-active-state">
                        {{
                          (t.active
                            ? 'consultations.types.isActive'
                            : 'consultations.types.isInactive'
                          ) | translate
                        }}
                      </td>
                      <td>
                        <button
                          mat-button
                          type="button"
                          (click)="edit(t)"
                          [attr.aria-label]="
                            'consultations.types.editFor' | translate: { name: t.nameEn }
                          "
                          data-testid="type-edit"
                        >
                          {{ 'consultations.types.edit' | translate }}
                        </button>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      }
    </section>
  `,
  styleUrl: './availability-sections.scss',
})
export class TypesSection {
  private readonly api = inject(ConsultationTypesApi);
  private readonly dialog = inject(MatDialog);

  protected readonly modeLabelKeys = MODE_LABEL_KEYS;
  protected readonly types = signal<ConsultationTypeDto[]>([]);
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly notice = signal<Notice | null>(null);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    if (this.types().length === 0) {
      this.state.set('loading');
    }
    try {
      this.types.set(await firstValueFrom(this.api.list()));
      this.state.set('ready');
    } catch {
      if (this.types().length === 0) {
        this.state.set('error');
      } else {
        this.notice.set(localNotice('consultations.types.loadError'));
      }
    }
  }

  /** Opens the dialog for a new type (null) or an existing one. */
  protected async edit(type: ConsultationTypeDto | null): Promise<void> {
    const ref = this.dialog.open<TypeDialog, TypeDialogData, TypeDialogResult>(TypeDialog, {
      data: { type },
      width: '520px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === undefined) {
      return;
    }
    this.notice.set(result === 'stale' ? localNotice('consultations.errors.stale') : null);
    await this.load();
  }
}
