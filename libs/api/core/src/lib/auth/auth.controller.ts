import { Body, Controller, Get, HttpCode, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Request } from 'express';
import {
  ChangePasswordRequest,
  LoginRequest,
  type LoginResponse,
  type SessionUser,
  UpdateProfileRequest,
} from '@intake/shared/contracts';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from '../users/accounts.service';
import { toSessionUser } from '../users/user.mapper';
import { AnyStaff, Public } from './access.decorators';
import { CurrentUser } from './current-user.decorator';
import { LoginGuard } from './login.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @ApiBody({ type: LoginRequest })
  @UseGuards(LoginGuard)
  @Post('login')
  @HttpCode(200)
  login(@CurrentUser() user: SessionUser): LoginResponse {
    return { user };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request): Promise<void> {
    const user = request.user as SessionUser | undefined;
    if (user) {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, { action: 'auth.logout', entityType: 'user', entityId: user.id }),
      );
    }
    await new Promise<void>((resolve, reject) =>
      request.logout((error) => (error ? reject(error) : resolve())),
    );
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    request.res?.clearCookie('sid', { path: '/' });
  }

  /** Sets the XSRF-TOKEN cookie when the page has none yet (the middleware does the work). */
  @Public()
  @Get('csrf')
  @HttpCode(204)
  csrf(): void {
    return;
  }

  @AnyStaff()
  @Get('me')
  me(@CurrentUser() user: SessionUser): LoginResponse {
    return { user };
  }

  @AnyStaff()
  @Patch('me')
  async updateMe(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateProfileRequest,
  ): Promise<LoginResponse> {
    if (!body.preferredLanguage) return { user };
    return { user: toSessionUser(await this.accounts.setLanguage(user.id, body.preferredLanguage)) };
  }

  @AnyStaff()
  @Post('password')
  @HttpCode(204)
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Body() body: ChangePasswordRequest,
  ): Promise<void> {
    await this.accounts.changeOwnPassword(user.id, body.currentPassword, body.newPassword);
  }
}
