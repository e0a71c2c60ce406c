import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DraftDto, SaveDraftRequest, type SessionUser } from '@intake/shared/contracts';
import { AnyStaff, CurrentUser, InvalidInput } from '@intake/api/core';
import { DraftsService } from './drafts.service';

const KEY = /^[a-z0-9:-]{1,100}$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new InvalidInput([{ field: 'key', message: 'must be lower-case letters, digits, ":" or "-"' }]);
  return key;
}

@ApiTags('drafts')
@AnyStaff()
@Controller('drafts')
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Get(':key')
  async get(@Param('key') key: string, @CurrentUser() user: SessionUser): Promise<DraftDto | { key: string; data: null }> {
    return (await this.drafts.get(user.id, checkKey(key))) ?? { key, data: null };
  }

  @Put(':key')
  save(@Param('key') key: string, @Body() body: SaveDraftRequest, @CurrentUser() user: SessionUser): Promise<DraftDto> {
    return this.drafts.save(user.id, checkKey(key), body.data);
  }

  @Delete(':key')
  @HttpCode(204)
  remove(@Param('key') key: string, @CurrentUser() user: SessionUser): Promise<void> {
    return this.drafts.remove(user.id, checkKey(key));
  }
}
