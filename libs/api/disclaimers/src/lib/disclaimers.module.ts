import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DISCLAIMER_ENTITIES } from './disclaimer.entities';
import { DisclaimersController, PublicDisclaimerController } from './disclaimers.controller';
import { DisclaimersService } from './disclaimers.service';
import { PublicRequestGuard } from './public-endpoint';

/** The disclaimer versions and acknowledgments, for every feature that needs them (no routes). */
@Module({
  imports: [TypeOrmModule.forFeature(DISCLAIMER_ENTITIES)],
  providers: [DisclaimersService, PublicRequestGuard],
  exports: [DisclaimersService, PublicRequestGuard],
})
export class DisclaimerDataModule {}

/** Disclaimer administration and the public text and acknowledgment routes. */
@Module({
  imports: [DisclaimerDataModule],
  controllers: [DisclaimersController, PublicDisclaimerController],
})
export class DisclaimersModule {}
