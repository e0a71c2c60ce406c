import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ChecklistTemplateDto,
  CreateChecklistTemplateRequest,
  ListChecklistTemplatesQuery,
  type SessionUser,
  UpdateChecklistTemplateRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser, Roles } from '@intake/api/core';
import { TemplatesService } from './templates.service';

@ApiTags('checklist templates')
@Controller('checklist-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @AnyStaff()
  @Get()
  list(@Query() query: ListChecklistTemplatesQuery): Promise<ChecklistTemplateDto[]> {
    return this.templates.list(query.caseType);
  }

  @AnyStaff()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ChecklistTemplateDto> {
    return this.templates.get(id);
  }

  @Roles('admin')
  @Post()
  create(@Body() body: CreateChecklistTemplateRequest, @CurrentUser() user: SessionUser): Promise<ChecklistTemplateDto> {
    return this.templates.create(body, user.id);
  }

  @Roles('admin')
  @Put(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateChecklistTemplateRequest, @CurrentUser() user: SessionUser): Promise<ChecklistTemplateDto> {
    return this.templates.update(id, body, user.id);
  }
}
