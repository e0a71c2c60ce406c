import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuditEntryDto, ListAuditQuery, type Page } from '@intake/shared/contracts';
import { Roles } from '../auth/access.decorators';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin', 'lawyer')
  @Get()
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }
}
