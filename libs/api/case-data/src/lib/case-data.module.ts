import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseHooks } from './case-hooks';
import { CaseEntity, DeadlineEntity } from './case.entities';
import { DeadlineWriter } from './deadline-writer';

/** The case and deadline tables and the hooks that the case features share. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity, DeadlineEntity])],
  providers: [CaseHooks, DeadlineWriter],
  exports: [TypeOrmModule, CaseHooks, DeadlineWriter],
})
export class CaseDataModule {}
