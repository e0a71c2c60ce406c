import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateUserRequest,
  DEFAULT_PAGE_SIZE,
  type ListUsersQuery,
  type Page,
  type StaffMemberDto,
  type UpdateUserRequest,
  type UserDto,
} from '@intake/shared/contracts';
import {
  AccountsService,
  AuditService,
  diffChanges,
  NotFound,
  StaleVersion,
  toUserDto,
  USER_AUDIT_FIELDS,
  UserEntity,
} from '@intake/api/core';
import { Brackets, DataSource, type EntityManager } from 'typeorm';

/** What an admin does with staff accounts. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserDto>> {
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.active', 'DESC')
      .addOrderBy('lower(u.name)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(query.limit ?? DEFAULT_PAGE_SIZE)
      .skip(query.offset ?? 0);
    const q = query.q?.trim();
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where.where('u.name ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    const [users, total] = await builder.getManyAndCount();
    return { items: users.map(toUserDto), total };
  }

  async staff(): Promise<StaffMemberDto[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { active: true },
      select: { id: true, name: true, role: true },
      order: { name: 'ASC' },
    });
    return users.map(({ id, name, role }) => ({ id, name, role }));
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.find(this.dataSource.manager, id));
  }

  async create(request: CreateUserRequest): Promise<UserDto> {
    const user = await this.dataSource.transaction((manager) => this.accounts.create(manager, request));
    return toUserDto(user);
  }

  async update(id: string, request: UpdateUserRequest): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.find(manager, id, true);
      if (user.version !== request.version) throw new StaleVersion();
      const before = { ...user };
      const { version: _version, ...changes } = request;
      Object.assign(user, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      const saved = await manager.getRepository(UserEntity).save(user);
      if (before.active && !saved.active) await this.accounts.revokeSessions(manager, id);
      await this.audit.record(manager, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        changes: diffChanges(before as unknown as Record<string, unknown>, saved as unknown as Record<string, unknown>, USER_AUDIT_FIELDS),
      });
      return toUserDto(saved);
    });
  }

  async resetPassword(id: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.find(manager, id, true);
      await this.accounts.setPassword(manager, user, password, 'user.reset_password');
      await this.accounts.revokeSessions(manager, id);
    });
  }

  private async find(manager: EntityManager, id: string, forUpdate = false): Promise<UserEntity> {
    const user = await manager.getRepository(UserEntity).findOne({
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw new NotFound('No user with this id.');
    return user;
  }
}
