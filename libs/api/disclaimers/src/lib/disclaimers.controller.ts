import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcknowledgeDisclaimerRequest,
  type AcknowledgmentDto,
  type DisclaimerVersionDto,
  PublicDisclaimerQuery,
  type PublicDisclaimerDto,
  PublishDisclaimerRequest,
  type SessionUser,
} from '@intake/shared/contracts';
import { CurrentUser, Roles } from '@intake/api/core';
import { DisclaimersService } from './disclaimers.service';
import { CurrentVisitor, PublicEndpoint, type Visitor } from './public-endpoint';

@ApiTags('disclaimers')
@Controller('disclaimers')
export class DisclaimersController {
  constructor(private readonly disclaimers: DisclaimersService) {}

  /** Every published version, newest (the current one) first. */
  @Roles('admin', 'lawyer')
  @Get()
  list(): Promise<DisclaimerVersionDto[]> {
    return this.disclaimers.list();
  }

  /** Publishes a new version; it applies to every acknowledgment and report from now on. */
  @Roles('admin')
  @Post()
  publish(
    @Body() body: PublishDisclaimerRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<DisclaimerVersionDto> {
    return this.disclaimers.publish(body, user);
  }
}

@ApiTags('public')
@Controller('public')
export class PublicDisclaimerController {
  constructor(private readonly disclaimers: DisclaimersService) {}

  /** The current text in one language (default English), with the version and hash to acknowledge. */
  @PublicEndpoint()
  @Get('disclaimer')
  current(@Query() query: PublicDisclaimerQuery): Promise<PublicDisclaimerDto> {
    return this.disclaimers.publicText(query.locale ?? 'en');
  }

  /** 201 with a token for the booking or self-assessment; 409 disclaimer-outdated when the text shown is not current. */
  @PublicEndpoint()
  @Post('acknowledgments')
  acknowledge(
    @Body() body: AcknowledgeDisclaimerRequest,
    @CurrentVisitor() visitor: Visitor,
  ): Promise<AcknowledgmentDto> {
    return this.disclaimers.acknowledge(body, visitor);
  }
}
