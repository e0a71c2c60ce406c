import { Module } from '@nestjs/common';
import { StaffController, UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController, StaffController],
  providers: [UsersService],
})
export class UsersModule {}
