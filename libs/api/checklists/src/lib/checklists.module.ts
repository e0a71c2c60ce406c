import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@intake/api/core';
import { CaseDataModule } from '@intake/api/case-data';
import { IntakeDataModule } from '@intake/api/intake';
import { ChecklistGenerator } from './checklist-generator.service';
import { ChecklistViews } from './checklist-views';
import { CHECKLIST_ENTITIES } from './checklist.entities';
import { CaseChecklistController, ChecklistItemsController } from './checklists.controller';
import { ChecklistsService } from './checklists.service';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** Document checklists: templates, generation from the intake, items and their files. */
@Module({
  imports: [
    IntakeDataModule,
    CaseDataModule,
    TypeOrmModule.forFeature(CHECKLIST_ENTITIES),
    // Memory storage: the content is checked before anything reaches the disk.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10 } }),
    }),
  ],
  controllers: [CaseChecklistController, ChecklistItemsController, FilesController, TemplatesController],
  providers: [ChecklistViews, ChecklistGenerator, ChecklistsService, FilesService, TemplatesService],
})
export class ChecklistsModule {}
