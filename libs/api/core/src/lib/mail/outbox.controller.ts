import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListOutboxQuery, type OutboxMessageDto, type Page } from '@intake/shared/contracts';
import { AnyStaff } from '../auth/access.decorators';
import { MailService } from './mail.service';

/** What the product sent, or would have sent: the place to read e-mails while no SMTP is set. */
@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @AnyStaff()
  @Get()
  list(@Query() query: ListOutboxQuery): Promise<Page<OutboxMessageDto>> {
    return this.mail.list(query);
  }
}
