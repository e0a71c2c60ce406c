import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ChangePasswordRequest,
  Language,
  LoginRequest,
  LoginResponse,
  Role,
  SessionUser,
  UpdateProfileRequest,
} from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { API } from '../config/api';
import { LanguageService } from '../i18n/language.service';
import { CsrfService } from './csrf.service';

/** Session state of the signed-in staff member, exposed as signals. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly csrf = inject(CsrfService);
  private readonly language = inject(LanguageService);
  private readonly userState = signal<SessionUser | null>(null);
  private pendingSession: Promise<SessionUser | null> | null = null;

  readonly user = this.userState.asReadonly();
  readonly isAuthenticated = computed(() => this.userState() !== null);
  readonly role = computed<Role | null>(() => this.userState()?.role ?? null);
  readonly isAdmin = computed(() => this.role() === 'admin');
  readonly mustChangePassword = computed(() => this.userState()?.mustChangePassword === true);

  hasRole(roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /**
   * Resolves the current session: the known user, or GET /api/auth/me (deduplicated while in
   * flight). Resolves null when there is no valid session; never rejects.
   */
  ensureSession(): Promise<SessionUser | null> {
    const known = this.userState();
    if (known) {
      return Promise.resolve(known);
    }
    this.pendingSession ??= firstValueFrom(this.http.get<LoginResponse>(API.me))
      .then(async ({ user }) => {
        await this.startSession(user);
        return user;
      })
      .catch((error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
          console.error('Could not check the session', error);
        }
        return null;
      })
      .finally(() => {
        this.pendingSession = null;
      });
    return this.pendingSession;
  }

  /**
   * POST /api/auth/login. Makes sure a CSRF cookie exists first. Rejects with the
   * HttpErrorResponse (401 bad credentials, 429 rate-limited or locked).
   */
  async login(email: string, password: string): Promise<SessionUser> {
    await this.csrf.ensureToken();
    const body: LoginRequest = { email, password };
    const { user } = await firstValueFrom(this.http.post<LoginResponse>(API.login, body));
    await this.startSession(user);
    return user;
  }

  /** POST /api/auth/logout. The local session is cleared even if the request fails. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(API.logout, null));
    } finally {
      this.clearSession();
    }
  }

  /** Forgets the user locally (e.g. after a 401). */
  clearSession(): void {
    this.userState.set(null);
  }

  /** POST /api/auth/password. Rejects with the HttpErrorResponse (400 policy, 400/401 wrong current). */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const body: ChangePasswordRequest = { currentPassword, newPassword };
    await firstValueFrom(this.http.post<void>(API.password, body));
    this.userState.update((user) => (user ? { ...user, mustChangePassword: false } : user));
  }

  /**
   * Switches the UI language and, when signed in, remembers it for the user
   * (PATCH /api/auth/me). Rejects if saving the preference fails; the UI language stays switched.
   */
  async switchLanguage(language: Language): Promise<void> {
    await this.language.use(language);
    if (!this.userState()) {
      return;
    }
    const body: UpdateProfileRequest = { preferredLanguage: language };
    const { user } = await firstValueFrom(this.http.patch<LoginResponse>(API.me, body));
    this.userState.set(user);
  }

  private async startSession(user: SessionUser): Promise<void> {
    try {
      await this.language.use(user.preferredLanguage);
    } catch (error: unknown) {
      console.error('Could not load the preferred language', error);
    }
    this.userState.set(user);
  }
}
