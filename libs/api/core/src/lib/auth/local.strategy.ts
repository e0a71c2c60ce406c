import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { SessionUser } from '@intake/shared/contracts';
import { AccountsService } from '../users/accounts.service';
import { toSessionUser } from '../users/user.mapper';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly accounts: AccountsService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<SessionUser> {
    return toSessionUser(await this.accounts.authenticate(email, password));
  }
}
