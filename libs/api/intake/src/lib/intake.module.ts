import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientEntity } from './client.entity';
import { ConflictCheckEntity } from './conflict-check.entity';
import { IntakeEvents } from './intake-events';
import { SECTION_ENTITIES } from './section.entities';

/** The client and intake tables, for every feature that reads a client. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity, ConflictCheckEntity, ...SECTION_ENTITIES])],
  providers: [IntakeEvents],
  exports: [TypeOrmModule, IntakeEvents],
})
export class IntakeDataModule {}
