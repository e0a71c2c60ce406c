import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { ConfirmService } from '@intake/dashboard/ui';
import { provideTranslateService } from '@ngx-translate/core';
import { unsavedChangesGuard, warnBeforeUnload } from './unsaved-changes';

describe('unsavedChangesGuard', () => {
  const confirm = jest.fn<Promise<boolean>, [unknown]>();

  beforeEach(() => {
    confirm.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTranslateService(),
        { provide: ConfirmService, useValue: { confirm } },
      ],
    });
  });

  function run(dirty: boolean): Promise<unknown> {
    return TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        { hasUnsavedChanges: () => dirty },
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    ) as Promise<unknown>;
  }

  it('lets a clean page go without asking', async () => {
    await expect(run(false)).resolves.toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks first when there are unsaved changes', async () => {
    confirm.mockResolvedValueOnce(false);
    await expect(run(true)).resolves.toBe(false);
    confirm.mockResolvedValueOnce(true);
    await expect(run(true)).resolves.toBe(true);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ titleKey: 'clients.unsaved.title' }));
  });

  it('makes the browser ask before unloading a dirty page only', () => {
    const dirty = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    warnBeforeUnload(dirty, true);
    expect(dirty.defaultPrevented).toBe(true);
    const clean = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    warnBeforeUnload(clean, false);
    expect(clean.defaultPrevented).toBe(false);
  });
});
