import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseDataModule } from '@intake/api/case-data';
import { IntakeDataModule } from '@intake/api/intake';
import { CaseViews } from './case-views';
import { CaseWorkController } from './case-work.controller';
import { CaseWorkService } from './case-work.service';
import { CasesController, CaseStagesController } from './cases.controller';
import { CasesService } from './cases.service';
import { DeadlineDeriver } from './deadline-deriver.service';
import { DeadlinesController } from './deadlines.controller';
import { DeadlinesService } from './deadlines.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';
import { TransitionsService } from './transitions.service';
import { WORKFLOW_ENTITIES } from './workflow.entities';

/** Cases, their stages and moves, notes, tasks, deadlines and reminders, and the board. */
@Module({
  imports: [IntakeDataModule, CaseDataModule, TypeOrmModule.forFeature(WORKFLOW_ENTITIES)],
  controllers: [CasesController, CaseStagesController, CaseWorkController, DeadlinesController, PipelineController, RemindersController],
  providers: [
    CaseViews,
    CasesService,
    TransitionsService,
    CaseWorkService,
    DeadlineDeriver,
    DeadlinesService,
    PipelineService,
    RemindersService,
  ],
  exports: [RemindersService],
})
export class CasesModule {}
