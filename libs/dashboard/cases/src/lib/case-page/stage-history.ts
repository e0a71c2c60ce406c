import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatPaginator } from '@angular/material/paginator';
import { LanguageService } from '@intake/dashboard/core';
import { PageState, TimestampPipe } from '@intake/dashboard/ui';
import type { CaseTransitionDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '../data/cases-api';
import { OUTCOME_KEYS, StageKeyPipe } from './case-labels';
import { CaseStore } from './case-store';
import { LocalPager, SectionData, listStatus } from './section-data';

/** Every stage the case went through, newest first: from, to, outcome, comment, who and when. */
@Component({
  selector: 'intake-stage-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatPaginator, TranslatePipe, PageState, TimestampPipe, StageKeyPipe],
  template: `
    @let lang = language.current();
    <section class="section" aria-labelledby="stage-history-heading" data-testid="stage-history">
      <div class="section-head">
        <h2 id="stage-history-heading">{{ 'cases.page.history.title' | translate }}</h2>
      </div>
      @if (history.reloadFailed()) {
        <p class="muted small" role="status">{{ 'cases.page.reloadFailed' | translate }}</p>
      }
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.history.empty"
        errorKey="cases.page.history.loadError"
        (retry)="history.reload()"
      >
        <ol class="rows">
          @for (t of pager.rows(); track t.id) {
            <li data-testid="history-row" [attr.data-to]="t.to">
              <div class="line">
                @if (t.from) {
                  <span>{{ t.from | stageKey | translate }}</span>
                  <span aria-hidden="true">→</span>
                  <span class="cdk-visually-hidden">{{ 'cases.page.history.to' | translate }}</span>
                }
                <strong>{{ t.to | stageKey | translate }}</strong>
                @if (t.outcome) {
                  <span class="chip info" data-testid="history-outcome">{{
                    outcomeKeys[t.outcome] | translate
                  }}</span>
                }
              </div>
              @if (t.comment) {
                <p class="comment" data-testid="history-comment">{{ t.comment }}</p>
              }
              <p class="muted small">
                {{
                  'cases.page.history.by'
                    | translate
                      : {
                          name: t.actorName ?? ('cases.page.system' | translate),
                          when: (t.at | timestamp: lang),
                        }
                }}
              </p>
            </li>
          }
        </ol>
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
    </section>
  `,
  styleUrl: './case-section.scss',
  styles: `
    .comment {
      margin: 4px 0;
      white-space: pre-line;
    }
    p.small {
      margin: 2px 0 0;
    }
  `,
})
export class StageHistory {
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);
  protected readonly language = inject(LanguageService);
  protected readonly outcomeKeys = OUTCOME_KEYS;

  protected readonly history = new SectionData<CaseTransitionDto[]>((id) => this.api.history(id));
  protected readonly status = listStatus(this.history);
  /** The API lists them in order; the latest matters most. */
  private readonly newestFirst = computed(() => [...(this.history.value() ?? [])].reverse());
  protected readonly pager = new LocalPager(this.newestFirst);

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      this.store.revision('history')();
      if (id) {
        untracked(() => void this.history.load(id));
      }
    });
  }
}
