import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@intake/shared/contracts';

export const IS_PUBLIC = 'access:public';
export const ALLOWED_ROLES = 'access:roles';

/** Opens a route to visitors without an account. Use deliberately: public routes are rate-limited. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles that may call a route; a route with neither this nor @Public() is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Any signed-in staff member. */
export const AnyStaff = () => Roles(...ROLES);
