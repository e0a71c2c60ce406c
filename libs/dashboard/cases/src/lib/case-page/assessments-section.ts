import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatPaginator } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { LanguageService } from '@intake/dashboard/core';
import { IsoDatePipe, PageState, TimestampPipe } from '@intake/dashboard/ui';
import type { AssessmentSummaryDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '../data/cases-api';
import { ASSESSMENT_OUTCOME_KEYS } from './case-labels';
import { CaseStore } from './case-store';
import { LocalPager, SectionData, listStatus } from './section-data';

/** The client's CEC assessments (a stale one read an intake that has changed since). */
@Component({
  selector: 'intake-assessments-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatPaginator, TranslatePipe, PageState, IsoDatePipe, TimestampPipe],
  template: `
    @let lang = language.current();
    <section
      class="section"
      aria-labelledby="assessments-heading"
      data-testid="assessments-section"
    >
      <div class="section-head">
        <h2 id="assessments-heading">{{ 'cases.page.assessments.title' | translate }}</h2>
        @if (store.clientId(); as clientId) {
          <a [routerLink]="['/clients', clientId, 'assessments']" data-testid="assessment-new">
            {{ 'cases.page.assessments.run' | translate }}
          </a>
        }
      </div>
      <intake-page-state
        [status]="status()"
        emptyKey="cases.page.assessments.empty"
        errorKey="cases.page.assessments.loadError"
        (retry)="assessments.reload()"
      >
        <ul class="rows">
          @for (a of pager.rows(); track a.id) {
            <li data-testid="assessment-row" [attr.data-assessment-id]="a.id">
              <div class="line">
                <a
                  [routerLink]="['/clients', a.clientId, 'assessments', a.id]"
                  data-testid="assessment-link"
                >
                  {{ a.createdAt | timestamp: lang }}
                </a>
                <span
                  class="chip"
                  [class.good]="a.outcome === 'eligible'"
                  [class.danger]="a.outcome === 'not_eligible'"
                  [class.warn]="a.outcome === 'needs_review'"
                >
                  {{ outcomeKeys[a.outcome] | translate }}
                </span>
                @if (a.stale) {
                  <span class="chip warn" data-testid="assessment-stale">{{
                    'cases.page.assessments.stale' | translate
                  }}</span>
                }
              </div>
              <p class="muted small meta">
                <span>{{
                  'cases.page.assessments.asOf' | translate: { date: (a.asOf | isoDate: lang) }
                }}</span>
                <span data-testid="assessment-crs">
                  @if (a.crsTotal !== null) {
                    {{ 'cases.page.assessments.crs' | translate: { score: a.crsTotal } }}
                  } @else {
                    {{ 'cases.page.assessments.noCrs' | translate }}
                  }
                </span>
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
    </section>
  `,
  styleUrl: './case-section.scss',
  styles: `
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 2px 0 0;
    }
  `,
})
export class AssessmentsSection {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);
  protected readonly language = inject(LanguageService);
  protected readonly outcomeKeys = ASSESSMENT_OUTCOME_KEYS;

  protected readonly assessments = new SectionData<AssessmentSummaryDto[]>((clientId) =>
    this.api.assessments(clientId),
  );
  protected readonly status = listStatus(this.assessments);
  protected readonly pager = new LocalPager(computed(() => this.assessments.value() ?? []));

  constructor() {
    effect(() => {
      const clientId = this.store.clientId();
      if (clientId) {
        untracked(() => void this.assessments.load(clientId));
      }
    });
  }
}
