import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DisclaimerDataModule } from '@intake/api/disclaimers';
import { IntakeDataModule } from '@intake/api/intake';
import { AssessmentEntity, AssessmentReleaseEntity } from './assessment.entities';
import { AssessmentReportService } from './assessment-report.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [IntakeDataModule, DisclaimerDataModule, TypeOrmModule.forFeature([AssessmentEntity, AssessmentReleaseEntity])],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentReportService],
})
export class AssessmentsModule {}
