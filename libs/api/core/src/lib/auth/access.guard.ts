import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role, SessionUser } from '@intake/shared/contracts';
import { Forbidden, NotAuthenticated } from '../errors/domain-errors';
import { ALLOWED_ROLES, IS_PUBLIC } from './access.decorators';

/** Global guard: every route is closed unless it declares @Public() or the roles allowed. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = context.switchToHttp().getRequest<Request>().user as SessionUser | undefined;
    if (!user) throw new NotAuthenticated('Sign in to continue.');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) throw new Forbidden('This route is not open to any role.');
    if (!roles.includes(user.role)) throw new Forbidden('Your role does not allow this action.');
    return true;
  }
}
