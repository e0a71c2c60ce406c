import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CreatePublicBookingRequest,
  IDEMPOTENCY_HEADER,
  type PublicConsultationTypeDto,
  type PublicFirmDto,
  PublicConsultationTypesQuery,
  type PublicBookingDto,
  type PublicSlotsDto,
  PublicSlotsQuery,
  RescheduleBookingRequest,
} from '@intake/shared/contracts';
import { AppConfig } from '@intake/api/core';
import { PublicEndpoint } from '@intake/api/disclaimers';
import { ConsultationTypesService } from './consultation-types.service';
import { ManageBookingsService } from './manage-bookings.service';
import { PublicBookingsService } from './public-bookings.service';
import { SlotsService } from './slots.service';

@ApiTags('public')
@Controller('public')
export class PublicBookingsController {
  constructor(
    private readonly slots: SlotsService,
    private readonly bookings: PublicBookingsService,
    private readonly manage: ManageBookingsService,
    private readonly consultationTypes: ConsultationTypesService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The firm the public pages speak for (configuration: FIRM_NAME, FIRM_ADDRESS, FIRM_TIME_ZONE). */
  @PublicEndpoint()
  @Get('firm')
  firm(): PublicFirmDto {
    return {
      name: this.config.FIRM_NAME,
      addressLines: this.config.FIRM_ADDRESS.split('|')
        .map((line) => line.trim())
        .filter(Boolean),
      timeZone: this.config.FIRM_TIME_ZONE,
    };
  }

  /** The consultations a visitor can book, active ones only. */
  @PublicEndpoint()
  @Get('consultation-types')
  types(@Query() query: PublicConsultationTypesQuery): Promise<PublicConsultationTypeDto[]> {
    return this.consultationTypes.offered(query.locale);
  }

  /** Free times of a consultation type (instants with the firm's offset); who would meet stays hidden. */
  @PublicEndpoint()
  @Get('slots')
  list(@Query() query: PublicSlotsQuery): Promise<PublicSlotsDto> {
    return this.slots.publicSlots(query);
  }

  /**
   * 201 with the booking; a repeat with the same Idempotency-Key gets the first answer again.
   * 409 slot-taken, 428 disclaimer-not-acknowledged, 409 disclaimer-outdated, 400 (a filled
   * `website` honeypot included), 422 for a time that is not offered or a reused key.
   */
  @PublicEndpoint()
  @Post('bookings')
  @ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: true,
    description: 'A new random value (16–100 of A-Z a-z 0-9 - _) per submission',
  })
  async create(
    @Body() body: CreatePublicBookingRequest,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PublicBookingDto> {
    const answer = await this.bookings.create(body, key);
    response.status(answer.status);
    return answer.body;
  }

  /** The visitor's own booking, through the private token of the e-mailed link (404 once the meeting is over). */
  @PublicEndpoint()
  @Get('bookings/:token')
  get(@Param('token') token: string): Promise<PublicBookingDto> {
    return this.manage.get(token);
  }

  @PublicEndpoint()
  @Post('bookings/:token/cancel')
  @HttpCode(200)
  cancel(@Param('token') token: string): Promise<PublicBookingDto> {
    return this.manage.cancel(token);
  }

  /** 200 with the moved booking; 409 slot-taken, 422 for a time not offered. */
  @PublicEndpoint()
  @Post('bookings/:token/reschedule')
  @HttpCode(200)
  reschedule(
    @Param('token') token: string,
    @Body() body: RescheduleBookingRequest,
  ): Promise<PublicBookingDto> {
    return this.manage.reschedule(token, body);
  }
}
