import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ConsultationTypeDto,
  ConsultationTypeRequest,
  UpdateConsultationTypeRequest,
} from '@intake/shared/contracts';
import { AnyStaff, Roles } from '@intake/api/core';
import { ConsultationTypesService } from './consultation-types.service';

@ApiTags('consultation types')
@Controller('consultation-types')
export class ConsultationTypesController {
  constructor(private readonly types: ConsultationTypesService) {}

  @AnyStaff()
  @Get()
  list(): Promise<ConsultationTypeDto[]> {
    return this.types.list();
  }

  @Roles('admin')
  @Post()
  create(@Body() body: ConsultationTypeRequest): Promise<ConsultationTypeDto> {
    return this.types.create(body);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateConsultationTypeRequest,
  ): Promise<ConsultationTypeDto> {
    return this.types.update(id, body);
  }

  /** Only a type never booked; otherwise 409 (deactivate it instead). */
  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.types.remove(id);
  }
}
