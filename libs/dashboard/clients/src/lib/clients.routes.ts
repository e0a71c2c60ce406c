import type { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@intake/dashboard/ui';
import { ClientPage } from './client/client-page';
import { ClientsListPage } from './list/clients-list-page';
import { NewClientPage } from './new/new-client-page';
import { unsavedChangesGuard } from './util/unsaved-changes';

/** Lazy routes under /clients (any signed-in staff member). */
export const clientsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', pathMatch: 'full', component: ClientsListPage, title: 'clients.list.title' },
      {
        path: 'new',
        component: NewClientPage,
        title: 'clients.new.title',
        canDeactivate: [unsavedChangesGuard],
      },
      {
        path: ':id',
        component: ClientPage,
        title: 'clients.client.title',
        canDeactivate: [unsavedChangesGuard],
      },
    ],
  },
];
