import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import {
  AuthService,
  LANGUAGE_LABEL_KEYS,
  ROLE_LABEL_KEYS,
  parseProblem,
} from '@intake/dashboard/core';
import {
  ConfirmService,
  Icon,
  PageState,
  type PageStatus,
  TypedCellDef,
  TypedRowDef,
} from '@intake/dashboard/ui';
import type { Role, UpdateUserRequest, UserDto } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { ChangeRoleDialog, type ChangeRoleDialogData } from './dialogs/change-role-dialog';
import { NewUserDialog } from './dialogs/new-user-dialog';
import { ResetPasswordDialog, type ResetPasswordDialogData } from './dialogs/reset-password-dialog';
import { UsersApi } from './users-api';

export const DEFAULT_USERS_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;

export type UserStatus = 'active' | 'inactive' | 'locked';

export function userStatus(user: UserDto, now: Date = new Date()): UserStatus {
  if (!user.active) {
    return 'inactive';
  }
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) {
    return 'locked';
  }
  return 'active';
}

const STATUS_LABEL_KEYS: Readonly<Record<UserStatus, string>> = {
  active: 'admin.users.status.active',
  inactive: 'admin.users.status.inactive',
  locked: 'admin.users.status.locked',
};

interface Notice {
  key: string;
  params?: Record<string, string>;
  /** Offer to reload the list (after a 409 stale version). */
  reload: boolean;
}

/** Admin → Users: searchable, paginated list with create, role, activation and password reset. */
@Component({
  selector: 'intake-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatButton,
    MatIconButton,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    TranslatePipe,
    PageState,
    Icon,
    TypedCellDef,
    TypedRowDef,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  private requestId = 0;

  protected readonly columns = ['name', 'email', 'role', 'status', 'language', 'actions'] as const;
  protected readonly pageSizeOptions = [10, 25, 50, 100];
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;
  protected readonly statusLabelKeys = STATUS_LABEL_KEYS;
  protected readonly statusOf = userStatus;

  protected readonly users = signal<UserDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(DEFAULT_USERS_PAGE_SIZE);
  protected readonly query = signal('');
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly busyUserId = signal<string | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly currentUserId = computed(() => this.auth.user()?.id ?? null);

  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    if (this.users().length > 0) {
      return 'ready';
    }
    return this.loading() ? 'loading' : 'empty';
  });
  protected readonly emptyKey = computed(() =>
    this.query() ? 'admin.users.emptySearch' : 'admin.users.empty',
  );

  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.query.set(q);
        this.pageIndex.set(0);
        void this.load();
      });
    void this.load();
  }

  /** GET /api/users for the current page and search; ignores answers to superseded requests. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(
        this.api.list({
          limit: this.pageSize(),
          offset: this.pageIndex() * this.pageSize(),
          q: this.query() || undefined,
        }),
      );
      if (id !== this.requestId) {
        return;
      }
      this.users.set(page.items);
      this.total.set(page.total ?? this.pageIndex() * this.pageSize() + page.items.length);
    } catch {
      if (id === this.requestId) {
        this.users.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected reload(): void {
    this.notice.set(null);
    void this.load();
  }

  protected async openNewUser(): Promise<void> {
    const ref = this.dialog.open<NewUserDialog, undefined, UserDto>(NewUserDialog, {
      width: '520px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    const created = await firstValueFrom(ref.afterClosed());
    if (created) {
      this.toast('admin.users.toast.created', { name: created.name });
      this.notice.set(null);
      await this.load();
    }
  }

  protected async changeRole(user: UserDto): Promise<void> {
    const ref = this.dialog.open<ChangeRoleDialog, ChangeRoleDialogData, Role>(ChangeRoleDialog, {
      data: { user },
      width: '420px',
      maxWidth: '95vw',
    });
    const role = await firstValueFrom(ref.afterClosed());
    if (role && role !== user.role) {
      await this.update(user, { role }, 'admin.users.toast.roleChanged');
    }
  }

  protected async resetPassword(user: UserDto): Promise<void> {
    const ref = this.dialog.open<ResetPasswordDialog, ResetPasswordDialogData, boolean>(
      ResetPasswordDialog,
      { data: { user }, width: '480px', maxWidth: '95vw' },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.toast('admin.users.toast.passwordReset', { name: user.name });
    }
  }

  protected async deactivate(user: UserDto): Promise<void> {
    const confirmed = await this.confirm.confirm({
      titleKey: 'admin.users.deactivate.title',
      messageKey: 'admin.users.deactivate.message',
      confirmKey: 'admin.users.deactivate.confirm',
      params: { name: user.name },
      destructive: true,
    });
    if (confirmed) {
      await this.update(user, { active: false }, 'admin.users.toast.deactivated');
    }
  }

  protected async reactivate(user: UserDto): Promise<void> {
    await this.update(user, { active: true }, 'admin.users.toast.reactivated');
  }

  /** PATCH with the row's version; a 409 means someone else changed the user meanwhile. */
  private async update(
    user: UserDto,
    changes: Omit<UpdateUserRequest, 'version'>,
    successKey: string,
  ): Promise<void> {
    this.busyUserId.set(user.id);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.update(user.id, { version: user.version, ...changes }),
      );
      this.users.update((users) => users.map((u) => (u.id === updated.id ? updated : u)));
      this.toast(successKey, { name: updated.name });
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 409) {
        this.notice.set({
          key: 'admin.users.errors.stale',
          params: { name: user.name },
          reload: true,
        });
      } else if (problem.status === 404) {
        this.notice.set({
          key: 'admin.users.errors.notFound',
          params: { name: user.name },
          reload: true,
        });
      } else if (problem.status === 400 && problem.errors?.length) {
        this.notice.set({
          key: 'admin.users.errors.rejected',
          params: { reason: problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ') },
          reload: false,
        });
      } else {
        this.notice.set({
          key: problem.status === 0 ? 'errors.network' : 'errors.generic',
          reload: false,
        });
      }
    } finally {
      this.busyUserId.set(null);
    }
  }

  private toast(key: string, params: Record<string, string>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
