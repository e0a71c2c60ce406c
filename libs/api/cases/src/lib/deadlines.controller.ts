import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DeadlineDto, ListDeadlinesQuery, type Page, type SessionUser, UpdateDeadlineRequest } from '@intake/shared/contracts';
import { AnyStaff, CurrentUser, Roles } from '@intake/api/core';
import { DeadlinesService } from './deadlines.service';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** Open deadlines of open cases, earliest first (`overdue=true` for those past). */
  @AnyStaff()
  @Get()
  list(@Query() query: ListDeadlinesQuery): Promise<Page<DeadlineDto>> {
    return this.deadlines.list(query);
  }

  @AnyStaff()
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateDeadlineRequest, @CurrentUser() user: SessionUser): Promise<DeadlineDto> {
    return this.deadlines.update(id, body, user.id);
  }

  @Roles('admin', 'lawyer')
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string, @Query('version', ParseIntPipe) version: number): Promise<void> {
    return this.deadlines.remove(id, version);
  }
}
