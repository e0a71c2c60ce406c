import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Page, type PipelineCardDto, PipelineColumnQuery, type PipelineDto, PipelineQuery } from '@intake/shared/contracts';
import { AnyStaff } from '@intake/api/core';
import { PipelineService } from './pipeline.service';

@ApiTags('pipeline')
@AnyStaff()
@Controller('pipeline')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  /** Columns by stage with counts and overdue counts, and the first cards of each. */
  @Get()
  board(@Query() query: PipelineQuery): Promise<PipelineDto> {
    return this.pipeline.board(query);
  }

  /** More cards of one column: `?offset=50&limit=50`. */
  @Get(':stage')
  column(@Param('stage') stage: string, @Query() query: PipelineColumnQuery): Promise<Page<PipelineCardDto>> {
    return this.pipeline.column(stage, query);
  }
}
