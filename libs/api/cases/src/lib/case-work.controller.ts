import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CaseNoteDto,
  type CaseTaskDto,
  CreateDeadlineRequest,
  CreateNoteRequest,
  CreateTaskRequest,
  type DeadlineDto,
  type SessionUser,
  UpdateTaskRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser } from '@intake/api/core';
import { CaseWorkService } from './case-work.service';
import { DeadlinesService } from './deadlines.service';

@ApiTags('cases')
@AnyStaff()
@Controller('cases/:id')
export class CaseWorkController {
  constructor(
    private readonly work: CaseWorkService,
    private readonly deadlines: DeadlinesService,
  ) {}

  @Get('notes')
  notes(@Param('id', ParseUUIDPipe) id: string): Promise<CaseNoteDto[]> {
    return this.work.listNotes(id);
  }

  @Post('notes')
  addNote(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateNoteRequest, @CurrentUser() user: SessionUser): Promise<CaseNoteDto> {
    return this.work.addNote(id, body, user.id);
  }

  @Get('tasks')
  tasks(@Param('id', ParseUUIDPipe) id: string): Promise<CaseTaskDto[]> {
    return this.work.listTasks(id);
  }

  @Post('tasks')
  addTask(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateTaskRequest, @CurrentUser() user: SessionUser): Promise<CaseTaskDto> {
    return this.work.addTask(id, body, user.id);
  }

  @Patch('tasks/:taskId')
  updateTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() body: UpdateTaskRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<CaseTaskDto> {
    return this.work.updateTask(id, taskId, body, user.id);
  }

  /** Derived and manual deadlines of the case, open ones first. */
  @Get('deadlines')
  deadlinesOf(@Param('id', ParseUUIDPipe) id: string): Promise<DeadlineDto[]> {
    return this.deadlines.forCase(id);
  }

  @Post('deadlines')
  addDeadline(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateDeadlineRequest, @CurrentUser() user: SessionUser): Promise<DeadlineDto> {
    return this.deadlines.create(id, body, user.id);
  }
}
