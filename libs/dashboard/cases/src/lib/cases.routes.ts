import type { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@intake/dashboard/ui';
import { CasePage } from './case-page/case-page';
import { DeadlinesPage } from './deadlines/deadlines-page';
import { CasesListPage } from './list/cases-list-page';
import { PipelinePage } from './pipeline/pipeline-page';

/** Lazy routes mounted by the app at `cases`: the list and one case (any signed-in staff). */
export const casesRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', pathMatch: 'full', component: CasesListPage, title: 'caseList.title' },
      { path: ':caseId', component: CasePage, title: 'cases.page.title' },
    ],
  },
];

/** Lazy routes mounted by the app at `pipeline`: the board. */
export const pipelineRoutes: Routes = [
  { path: '', component: PipelinePage, title: 'pipeline.title' },
];

/** Lazy routes mounted by the app at `deadlines`: upcoming and overdue, as a list and a calendar. */
export const deadlinesRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [{ path: '', component: DeadlinesPage, title: 'deadlines.title' }],
  },
];
