import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ConsultationRequestDto,
  type ConsultationRequestPage,
  type ConversionDto,
  ListConsultationRequestsQuery,
  type SessionUser,
  type StaffBookingDto,
  StaffBookingsQuery,
  UpdateConsultationRequestRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser } from '@intake/api/core';
import { ConsultationRequestsService } from './consultation-requests.service';
import { ConversionService } from './conversion.service';

@ApiTags('consultation requests')
@AnyStaff()
@Controller('consultation-requests')
export class ConsultationRequestsController {
  constructor(
    private readonly requests: ConsultationRequestsService,
    private readonly conversion: ConversionService,
  ) {}

  /** Newest first, with the number of requests in each status. */
  @Get()
  list(@Query() query: ListConsultationRequestsQuery): Promise<ConsultationRequestPage> {
    return this.requests.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ConsultationRequestDto> {
    return this.requests.get(id);
  }

  /** Status (new → contacted → booked → declined | no_show) and notes, under the version. */
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateConsultationRequestRequest,
  ): Promise<ConsultationRequestDto> {
    return this.requests.update(id, body);
  }

  /** Creates the client and the case in one transaction; a second call returns the first result. */
  @Post(':id/convert')
  convert(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ConversionDto> {
    return this.conversion.convert(id, user);
  }
}

@ApiTags('bookings')
@AnyStaff()
@Controller('bookings')
export class StaffBookingsController {
  constructor(private readonly requests: ConsultationRequestsService) {}

  /** The bookings calendar of the firm, or of one staff member. */
  @Get()
  calendar(@Query() query: StaffBookingsQuery): Promise<StaffBookingDto[]> {
    return this.requests.calendar(query);
  }
}
