import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type BookingSettingsDto,
  type HolidayDto,
  HolidayRequest,
  HolidaysQuery,
  PutAvailabilityRequest,
  PutBookingSettingsRequest,
  type StaffAvailabilityDto,
} from '@intake/shared/contracts';
import { InvalidInput, Roles } from '@intake/api/core';
import { AvailabilityService } from './availability.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fixed paths (settings, holidays) are declared before `:staffId` so they match first. */
@ApiTags('availability')
@Roles('admin')
@Controller('availability')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get('settings')
  settings(): Promise<BookingSettingsDto> {
    return this.availability.settings();
  }

  @Put('settings')
  putSettings(@Body() body: PutBookingSettingsRequest): Promise<BookingSettingsDto> {
    return this.availability.putSettings(body);
  }

  @Get('holidays')
  holidays(@Query() query: HolidaysQuery): Promise<HolidayDto[]> {
    return this.availability.holidays(query.year);
  }

  @Post('holidays')
  addHoliday(@Body() body: HolidayRequest): Promise<HolidayDto> {
    return this.availability.addHoliday(body);
  }

  @Delete('holidays/:date')
  @HttpCode(204)
  removeHoliday(@Param('date') date: string): Promise<void> {
    if (!DATE.test(date))
      throw new InvalidInput([{ field: 'date', message: 'must be a date written YYYY-MM-DD' }]);
    return this.availability.removeHoliday(date);
  }

  @Get(':staffId')
  get(@Param('staffId', ParseUUIDPipe) staffId: string): Promise<StaffAvailabilityDto> {
    return this.availability.get(staffId);
  }

  @Put(':staffId')
  put(
    @Param('staffId', ParseUUIDPipe) staffId: string,
    @Body() body: PutAvailabilityRequest,
  ): Promise<StaffAvailabilityDto> {
    return this.availability.put(staffId, body);
  }
}
