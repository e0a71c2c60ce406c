import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, Role } from '@intake/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, diffChanges } from '../audit/audit.service';
import { AlreadyExists, InvalidCredentials, InvalidInput } from '../errors/domain-errors';
import { requestContext } from '../http/request-context';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const DEV_ADMIN_EMAIL = 'admin@example.com';
export const DEV_ADMIN_PASSWORD = 'change-me-now';

export const USER_AUDIT_FIELDS = ['email', 'name', 'role', 'active', 'preferredLanguage'] as const;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  preferredLanguage?: Language;
  defaultPassword?: boolean;
}

type LoginOutcome = { ok: true; user: UserEntity } | { ok: false };

/** Accounts as sign-in sees them: authentication, lockout, own password and language, first user. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  findActive(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id, active: true });
  }

  async authenticate(email: string, password: string): Promise<UserEntity> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<LoginOutcome> => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.email = :email', { email: email.trim().toLowerCase() })
        .getOne();
      const usable = user && user.active && !(user.lockedUntil && user.lockedUntil > new Date());
      const passwordOk = await verifyPassword(usable ? user.passwordHash : null, password);
      if (!user) return { ok: false };
      requestContext.setActor(user.id, user.email);
      if (!usable) {
        await this.audit.record(manager, {
          action: user.active ? 'auth.login_refused_locked' : 'auth.login_refused_inactive',
          entityType: 'user',
          entityId: user.id,
        });
        return { ok: false };
      }
      if (!passwordOk) {
        await this.recordFailure(manager, user);
        return { ok: false };
      }
      if (user.failedLogins > 0 || user.lockedUntil) {
        await manager.update(UserEntity, user.id, { failedLogins: 0, lockedUntil: null });
      }
      await this.audit.record(manager, { action: 'auth.login', entityType: 'user', entityId: user.id });
      return { ok: true, user };
    });
    if (!outcome.ok) throw new InvalidCredentials();
    return outcome.user;
  }

  private async recordFailure(manager: EntityManager, user: UserEntity): Promise<void> {
    const failures = user.failedLogins + 1;
    const locked = failures >= MAX_FAILED_LOGINS;
    await manager.update(UserEntity, user.id, {
      failedLogins: locked ? 0 : failures,
      lockedUntil: locked ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : user.lockedUntil,
    });
    await this.audit.record(manager, {
      action: locked ? 'auth.account_locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: user.id,
      changes: { failedLogins: { before: user.failedLogins, after: locked ? 0 : failures } },
    });
  }

  /** Creates a user in the caller's transaction; the e-mail is unique whatever its case. */
  async create(manager: EntityManager, input: NewUser): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const repository = manager.getRepository(UserEntity);
    if (await repository.exists({ where: { email } })) {
      throw new AlreadyExists(`A user with the e-mail ${email} already exists.`);
    }
    const user = await repository.save(
      repository.create({
        email,
        name: input.name.trim(),
        role: input.role,
        preferredLanguage: input.preferredLanguage ?? 'en',
        passwordHash: await hashPassword(input.password),
        defaultPassword: input.defaultPassword ?? false,
      }),
    );
    await this.audit.record(manager, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      changes: diffChanges(null, { ...user, password: input.password }, [...USER_AUDIT_FIELDS, 'password']),
    });
    return user;
  }

  async changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new InvalidInput([{ field: 'currentPassword', message: 'is not your current password' }]);
      }
      if (currentPassword === newPassword) {
        throw new InvalidInput([{ field: 'newPassword', message: 'must differ from the current password' }]);
      }
      await this.setPassword(manager, user, newPassword, 'user.change_own_password');
    });
  }

  /** Stores a new password hash; the development default flag goes with the old password. */
  async setPassword(manager: EntityManager, user: UserEntity, password: string, action: string): Promise<void> {
    user.passwordHash = await hashPassword(password);
    user.defaultPassword = false;
    user.failedLogins = 0;
    user.lockedUntil = null;
    await manager.getRepository(UserEntity).save(user);
    await this.audit.record(manager, {
      action,
      entityType: 'user',
      entityId: user.id,
      changes: { password: { before: '[redacted]', after: '[redacted]' } },
    });
  }

  async setLanguage(userId: string, language: Language): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      if (user.preferredLanguage === language) return user;
      const before = { ...user };
      user.preferredLanguage = language;
      const saved = await manager.getRepository(UserEntity).save(user);
      await this.audit.record(manager, {
        action: 'user.update_own_language',
        entityType: 'user',
        entityId: user.id,
        changes: diffChanges(before, saved as unknown as Record<string, unknown>, ['preferredLanguage']),
      });
      return saved;
    });
  }

  /** Ends every session of a user at once (deactivation, password reset). */
  async revokeSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM user_sessions WHERE sess -> 'passport' ->> 'user' = $1`, [userId]);
  }

  /**
   * The first user, as the conventions say: from ADMIN_EMAIL/ADMIN_PASSWORD, or in development
   * the well-known default, flagged so that a warning is shown until its password changes.
   */
  async ensureFirstUser(options: {
    adminEmail?: string;
    adminPassword?: string;
    production: boolean;
  }): Promise<void> {
    const users = this.dataSource.getRepository(UserEntity);
    if ((await users.count()) === 0) {
      const fromEnv = Boolean(options.adminEmail && options.adminPassword);
      if (fromEnv || !options.production) {
        await this.dataSource.transaction((manager) =>
          this.create(manager, {
            email: fromEnv ? (options.adminEmail as string) : DEV_ADMIN_EMAIL,
            password: fromEnv ? (options.adminPassword as string) : DEV_ADMIN_PASSWORD,
            name: 'Administrator',
            role: 'admin',
            defaultPassword: !fromEnv,
          }),
        );
        this.logger.log(fromEnv ? 'Created the first admin from ADMIN_EMAIL' : `Created the development admin ${DEV_ADMIN_EMAIL}`);
      } else {
        this.logger.warn('No users exist. Set ADMIN_EMAIL and ADMIN_PASSWORD, or run npm run create-user.');
      }
    }
    if (await users.exists({ where: { defaultPassword: true, active: true } })) {
      this.logger.warn(
        `The account ${DEV_ADMIN_EMAIL} still has the default password "${DEV_ADMIN_PASSWORD}". Sign in and change it.`,
      );
    }
  }
}
