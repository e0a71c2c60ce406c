import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@intake/api/core';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** Runs the reminder sweep now instead of waiting for its schedule. */
  @Roles('admin')
  @Post('run')
  @HttpCode(200)
  run(): Promise<{ queued: number }> {
    return this.reminders.sweep();
  }
}
