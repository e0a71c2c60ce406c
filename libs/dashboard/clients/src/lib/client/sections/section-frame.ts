import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '@intake/dashboard/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ClientIcon } from '../../ui/client-icon';
import type { SectionController } from './form-section';

let nextId = 0;

/**
 * The frame of an editable section: heading, "draft restored" note, error / conflict notices,
 * the rows (projected), and the action bar with Add and Save.
 */
@Component({
  selector: 'intake-section-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe, Icon, ClientIcon],
  template: `
    @let c = controller();
    <section class="section" [attr.aria-labelledby]="headingId">
      <header class="section-header">
        <h2 [id]="headingId">{{ titleKey() | translate }}</h2>
        <ng-content select="[sectionIntro]" />
      </header>

      @if (c.draftRestored()) {
        <div class="note draft" role="status" data-testid="draft-restored">
          <intake-client-icon name="draft" />
          <p>
            {{ 'clients.draft.restored' | translate }}
            @if (c.draftOutdated()) {
              <strong>{{ 'clients.draft.outdated' | translate }}</strong>
            }
          </p>
          <button
            mat-stroked-button
            type="button"
            (click)="c.discardDraft()"
            data-testid="discard-draft"
          >
            {{ 'clients.draft.discard' | translate }}
          </button>
        </div>
      }

      @if (c.notice(); as n) {
        <div
          class="note"
          [class.error]="n.kind !== 'reloaded'"
          role="alert"
          [attr.data-testid]="'notice-' + c.section"
        >
          <intake-icon [name]="n.kind === 'reloaded' ? 'check' : 'warning'" />
          <div class="note-text">
            <p>{{ n.key | translate: n.params }}</p>
            @if (n.details?.length) {
              <ul>
                @for (d of n.details; track $index) {
                  <li>
                    <code>{{ d.field }}</code> {{ d.key | translate: d.params }}
                  </li>
                }
              </ul>
            }
          </div>
          @if (n.kind === 'stale') {
            <button
              mat-stroked-button
              type="button"
              (click)="c.reloadLatest()"
              data-testid="reload-client"
            >
              {{ 'common.reload' | translate }}
            </button>
          }
          @if (n.kind === 'reloaded') {
            <button
              mat-stroked-button
              type="button"
              (click)="c.discardChanges()"
              data-testid="discard-changes"
            >
              {{ 'clients.notices.discardChanges' | translate }}
            </button>
          }
        </div>
      }

      <ng-content />

      <div class="actions">
        @if (addKey(); as key) {
          <button
            mat-stroked-button
            type="button"
            (click)="add.emit()"
            [attr.data-testid]="'add-' + c.section"
          >
            <intake-icon name="add" />
            {{ key | translate }}
          </button>
        }
        <span class="spacer"></span>
        <span class="draft-state" [attr.data-testid]="'draft-state-' + c.section">
          @if (c.dirty()) {
            {{ draftStateKey() | translate }}
          }
        </span>
        <button
          mat-flat-button
          type="button"
          (click)="c.save()"
          [disabled]="c.saving() || (!c.dirty() && !savePristine())"
          [attr.data-testid]="'save-' + c.section"
        >
          {{ (c.saving() ? 'clients.actions.saving' : saveKey()) | translate }}
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .section-header {
      margin-bottom: 16px;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .note p {
      margin: 0;
    }
    .note-text,
    .note > p {
      flex: 1 1 240px;
    }
    .note ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .note.error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .actions {
      position: sticky;
      bottom: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 16px;
      padding: 12px 0;
      background: var(--mat-sys-surface);
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .spacer {
      flex: 1;
    }
    .draft-state {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SectionFrame {
  readonly controller = input.required<SectionController>();
  readonly titleKey = input.required<string>();
  /** Label of the add-row button; no button without it. */
  readonly addKey = input<string>();
  readonly saveKey = input('common.save');
  /** Allows saving an unchanged form (e.g. a record prefilled from the profile). */
  readonly savePristine = input(false);
  readonly add = output<void>();

  protected readonly headingId = `section-heading-${nextId++}`;
  protected readonly draftStateKey = computed(() => {
    switch (this.controller().draftState()) {
      case 'saving':
        return 'clients.draft.saving';
      case 'saved':
        return 'clients.draft.saved';
      case 'failed':
        return 'clients.draft.failed';
      case 'idle':
        return 'clients.draft.unsaved';
    }
  });
}
