import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AvailableMoveDto,
  type CaseDto,
  type CaseTransitionDto,
  type CaseWorkflowDto,
  CaseTypeQuery,
  CreateCaseRequest,
  ListCasesQuery,
  type Page,
  type SessionUser,
  TransitionCaseRequest,
  UpdateCaseRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser } from '@intake/api/core';
import { CasesService } from './cases.service';
import { TransitionsService } from './transitions.service';

@ApiTags('cases')
@AnyStaff()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly transitions: TransitionsService,
  ) {}

  @Get()
  list(@Query() query: ListCasesQuery): Promise<Page<CaseDto>> {
    return this.cases.list(query);
  }

  @Post()
  create(@Body() body: CreateCaseRequest, @CurrentUser() user: SessionUser): Promise<CaseDto> {
    return this.cases.create(body, user.id);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CaseDto> {
    return this.cases.get(id);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCaseRequest): Promise<CaseDto> {
    return this.cases.update(id, body);
  }

  /** Moves the case to another stage; lawyer-only moves and guards refuse with the reason. */
  @Post(':id/transitions')
  move(@Param('id', ParseUUIDPipe) id: string, @Body() body: TransitionCaseRequest, @CurrentUser() user: SessionUser): Promise<CaseDto> {
    return this.transitions.move(id, body, user);
  }

  @Get(':id/transitions')
  history(@Param('id', ParseUUIDPipe) id: string): Promise<CaseTransitionDto[]> {
    return this.transitions.history(id);
  }

  /** The moves from the current stage, each allowed or refused with its reason, for the caller. */
  @Get(':id/moves')
  moves(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SessionUser): Promise<AvailableMoveDto[]> {
    return this.transitions.available(id, user.role);
  }
}

@ApiTags('cases')
@AnyStaff()
@Controller('case-stages')
export class CaseStagesController {
  constructor(private readonly transitions: TransitionsService) {}

  @Get()
  workflow(@Query() query: CaseTypeQuery): Promise<CaseWorkflowDto> {
    return this.transitions.workflow(query.type);
  }
}
