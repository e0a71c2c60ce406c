import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@intake/shared/contracts';
import { AccountsService, type UserEntity } from '@intake/api/core';
import { DataSource } from 'typeorm';

export interface CreatedUser {
  user: UserEntity;
  email: string;
  password: string;
}

let sequence = 0;

/** A staff account with a known password. */
export async function createUser(
  app: INestApplication,
  overrides: { role?: Role; email?: string; name?: string; password?: string } = {},
): Promise<CreatedUser> {
  sequence += 1;
  const email = overrides.email ?? `user${sequence}-${randomBytes(3).toString('hex')}@firm.test`;
  const password = overrides.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const accounts = app.get(AccountsService);
  const user = await app.get(DataSource).transaction((manager) =>
    accounts.create(manager, {
      email,
      password,
      name: overrides.name ?? `Test User ${sequence}`,
      role: overrides.role ?? 'paralegal',
    }),
  );
  return { user, email, password };
}
