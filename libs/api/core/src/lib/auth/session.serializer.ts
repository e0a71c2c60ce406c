import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { SessionUser } from '@intake/shared/contracts';
import { AccountsService } from '../users/accounts.service';
import { toSessionUser } from '../users/user.mapper';

/** The session stores only the user id; the user is read on every request, so a role change or deactivation applies at once. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly accounts: AccountsService) {
    super();
  }

  serializeUser(user: SessionUser, done: (err: Error | null, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (err: Error | null, user?: SessionUser | false) => void): void {
    this.accounts.findActive(id).then(
      (user) => done(null, user ? toSessionUser(user) : false),
      (error: Error) => done(error),
    );
  }
}
