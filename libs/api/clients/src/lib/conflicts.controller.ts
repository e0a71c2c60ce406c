import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ConflictCheckDto, ConflictDecisionRequest, type SessionUser } from '@intake/shared/contracts';
import { AnyStaff, CurrentUser, Roles } from '@intake/api/core';
import { ConflictsService } from './conflicts.service';

@ApiTags('conflict checks')
@Controller('clients/:clientId/conflict-checks')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @AnyStaff()
  @Post()
  run(@Param('clientId', ParseUUIDPipe) clientId: string, @CurrentUser() user: SessionUser): Promise<ConflictCheckDto> {
    return this.conflicts.run(clientId, user.id);
  }

  @AnyStaff()
  @Get()
  list(@Param('clientId', ParseUUIDPipe) clientId: string): Promise<ConflictCheckDto[]> {
    return this.conflicts.list(clientId);
  }

  @AnyStaff()
  @Get(':checkId')
  get(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('checkId', ParseUUIDPipe) checkId: string,
  ): Promise<ConflictCheckDto> {
    return this.conflicts.get(clientId, checkId);
  }

  /** Only a lawyer (or an admin) decides: cleared, waived with a written reason, or declined. */
  @Roles('admin', 'lawyer')
  @Post(':checkId/decision')
  @HttpCode(200)
  decide(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('checkId', ParseUUIDPipe) checkId: string,
    @Body() body: ConflictDecisionRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<ConflictCheckDto> {
    return this.conflicts.decide(clientId, checkId, body, user.id);
  }
}
