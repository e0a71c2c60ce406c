import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseDataModule } from '@intake/api/case-data';
import { DisclaimerDataModule } from '@intake/api/disclaimers';
import { IntakeDataModule } from '@intake/api/intake';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { BookingMailer } from './booking-mailer';
import { BookingRemindersService } from './booking-reminders.service';
import { BOOKING_ENTITIES } from './booking.entities';
import {
  ConsultationRequestsController,
  StaffBookingsController,
} from './consultation-requests.controller';
import { ConsultationRequestsService } from './consultation-requests.service';
import { ConsultationTypesController } from './consultation-types.controller';
import { ConsultationTypesService } from './consultation-types.service';
import { ConversionService } from './conversion.service';
import { ManageBookingsService } from './manage-bookings.service';
import { PublicBookingsController } from './public-bookings.controller';
import { PublicBookingsService } from './public-bookings.service';
import { PublicSelfAssessmentController } from './self-assessment.controller';
import { SelfAssessmentService } from './self-assessment.service';
import { SlotIds } from './slot-ids';
import { SlotsService } from './slots.service';

/**
 * Public booking of consultations (types, staff availability, free slots, bookings, their
 * e-mails and reminders) and the staff side: consultation requests, conversion, calendar.
 */
@Module({
  imports: [
    DisclaimerDataModule,
    IntakeDataModule,
    CaseDataModule,
    TypeOrmModule.forFeature(BOOKING_ENTITIES),
  ],
  controllers: [
    AvailabilityController,
    ConsultationTypesController,
    PublicBookingsController,
    ConsultationRequestsController,
    StaffBookingsController,
    PublicSelfAssessmentController,
  ],
  providers: [
    AvailabilityService,
    ConsultationTypesService,
    SlotsService,
    SlotIds,
    BookingMailer,
    PublicBookingsService,
    ManageBookingsService,
    BookingRemindersService,
    ConsultationRequestsService,
    ConversionService,
    SelfAssessmentService,
  ],
})
export class BookingsModule {}
