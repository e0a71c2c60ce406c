import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type NocDto, SearchNocQuery } from '@intake/shared/contracts';
import { NOC_2021_CREDIT, searchNoc } from '@intake/shared/cec-rules';
import { AnyStaff } from '@intake/api/core';

@ApiTags('noc')
@AnyStaff()
@Controller('noc')
export class NocController {
  /** NOC 2021 unit groups by code or title, in English or French. */
  @Get()
  search(@Query() query: SearchNocQuery): { items: NocDto[]; source: string } {
    const items = searchNoc(query.q, query.limit ?? 20).map(({ code, titleEn, titleFr, teer }) => ({ code, titleEn, titleFr, teer }));
    return { items, source: NOC_2021_CREDIT };
  }
}
