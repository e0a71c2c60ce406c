import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import passport from 'passport';
import type { SessionUser } from '@intake/shared/contracts';
import { AccountsService } from '../users/accounts.service';
import { toSessionUser } from '../users/user.mapper';

/**
 * passport keeps its (de)serializers in one process-wide list. They are registered once and
 * delegate to the application that is running, so that an application closed and started
 * again in the same process (tests) never answers with a closed database.
 */
let current: ((id: string) => Promise<SessionUser | null>) | null = null;
let registered = false;

function registerWithPassport(): void {
  if (registered) return;
  registered = true;
  passport.serializeUser((user, done) => done(null, (user as SessionUser).id));
  passport.deserializeUser((id: string, done) => {
    if (!current) return done(null, false);
    current(id).then(
      (user) => done(null, user ?? false),
      (error: Error) => done(error),
    );
  });
}

/** The session stores only the user id; the user is read on every request, so a role change or deactivation applies at once. */
@Injectable()
export class SessionSerializer implements OnModuleInit, OnModuleDestroy {
  private readonly loader = (id: string) => this.load(id);

  constructor(private readonly accounts: AccountsService) {}

  onModuleInit(): void {
    registerWithPassport();
    current = this.loader;
  }

  onModuleDestroy(): void {
    if (current === this.loader) current = null;
  }

  async load(id: string): Promise<SessionUser | null> {
    const user = await this.accounts.findActive(id);
    return user ? toSessionUser(user) : null;
  }
}
