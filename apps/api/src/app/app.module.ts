import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, CoreModule } from '@intake/api/core';
import { AssessmentsModule } from '@intake/api/assessments';
import { BookingsModule } from '@intake/api/bookings';
import { CasesModule } from '@intake/api/cases';
import { ChecklistsModule } from '@intake/api/checklists';
import { ClientsModule } from '@intake/api/clients';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { UsersModule } from '@intake/api/users';

/** Feature modules of the API; each later feature adds its module here. */
export const FEATURE_MODULES = [UsersModule, ClientsModule, AssessmentsModule, CasesModule, ChecklistsModule, DisclaimersModule, BookingsModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(config, databaseUrl), ...FEATURE_MODULES] };
  }
}
