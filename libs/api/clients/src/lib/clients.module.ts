import { Module } from '@nestjs/common';
import { IntakeDataModule } from '@intake/api/intake';
import { ClientSearchService } from './client-search.service';
import { ClientSectionsService } from './client-sections.service';
import { ClientViews } from './client-views';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';
import { ConflictsController } from './conflicts.controller';
import { ConflictsService } from './conflicts.service';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { NocController } from './noc.controller';

@Module({
  imports: [IntakeDataModule],
  controllers: [ClientsController, ConflictsController, DraftsController, NocController],
  providers: [ClientsService, ClientSectionsService, ClientSearchService, ClientViews, ConflictsService, DraftsService],
})
export class ClientsModule {}
