import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddChecklistItemRequest,
  type CaseChecklistDto,
  ChangeItemStateRequest,
  type ChecklistItemDto,
  type SessionUser,
  UpdateChecklistItemRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser } from '@intake/api/core';
import { ChecklistsService } from './checklists.service';

@ApiTags('checklists')
@AnyStaff()
@Controller('cases/:id/checklist')
export class CaseChecklistController {
  constructor(private readonly checklists: ChecklistsService) {}

  /** Every checklist of the case with its items (missing, from whom, by when) and progress. */
  @Get()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CaseChecklistDto> {
    return this.checklists.forCase(id);
  }

  @Post('refresh')
  @HttpCode(200)
  refresh(@Param('id', ParseUUIDPipe) id: string): Promise<CaseChecklistDto> {
    return this.checklists.refresh(id);
  }

  @Post('items')
  add(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddChecklistItemRequest): Promise<ChecklistItemDto> {
    return this.checklists.addItem(id, body);
  }
}

@ApiTags('checklists')
@AnyStaff()
@Controller('checklist-items')
export class ChecklistItemsController {
  constructor(private readonly checklists: ChecklistsService) {}

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateChecklistItemRequest): Promise<ChecklistItemDto> {
    return this.checklists.updateItem(id, body);
  }

  /** Moves the item's state; waiving (and withdrawing a waiver) is for lawyers, rejecting needs a reason. */
  @Post(':id/state')
  @HttpCode(200)
  changeState(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeItemStateRequest, @CurrentUser() user: SessionUser): Promise<ChecklistItemDto> {
    return this.checklists.changeState(id, body, user);
  }
}
