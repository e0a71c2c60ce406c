import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListOutboxQuery, type OutboxMessageDto, type Page } from '@intake/shared/contracts';
import { Roles } from '../auth/access.decorators';
import { MailService } from './mail.service';

/**
 * What the product sent, or would have sent: the place to read e-mails while no SMTP is set.
 * Admins only: the messages name clients and their deadlines.
 */
@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @Roles('admin')
  @Get()
  list(@Query() query: ListOutboxQuery): Promise<Page<OutboxMessageDto>> {
    return this.mail.list(query);
  }
}
