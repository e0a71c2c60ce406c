import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { ConfirmService } from '@intake/dashboard/ui';

/** A page that may hold edits not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Asks before leaving a page with unsaved changes (drafts keep them, but the user should know
 * that they are not saved to the file).
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = async (component) => {
  if (!component.hasUnsavedChanges()) {
    return true;
  }
  return inject(ConfirmService).confirm({
    titleKey: 'clients.unsaved.title',
    messageKey: 'clients.unsaved.message',
    confirmKey: 'clients.unsaved.leave',
    cancelKey: 'clients.unsaved.stay',
    destructive: true,
  });
};

/** For `(window:beforeunload)`: makes the browser ask before a reload or tab close. */
export function warnBeforeUnload(event: BeforeUnloadEvent, dirty: boolean): void {
  if (dirty) {
    event.preventDefault();
    // Older browsers need returnValue set.
    event.returnValue = '';
  }
}
