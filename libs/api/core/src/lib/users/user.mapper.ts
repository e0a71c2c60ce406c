import type { SessionUser, UserDto } from '@intake/shared/contracts';
import type { UserEntity } from './user.entity';

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    preferredLanguage: user.preferredLanguage,
    lockedUntil:
      user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

export function toSessionUser(user: UserEntity): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    name: user.name,
    preferredLanguage: user.preferredLanguage,
    mustChangePassword: user.defaultPassword,
  };
}
