import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateUserRequest,
  ListUsersQuery,
  type Page,
  ResetPasswordRequest,
  type StaffMemberDto,
  UpdateUserRequest,
  type UserDto,
} from '@intake/shared/contracts';
import { AnyStaff, Roles } from '@intake/api/core';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  create(@Body() body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(body);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserRequest): Promise<UserDto> {
    return this.users.update(id, body);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@Param('id', ParseUUIDPipe) id: string, @Body() body: ResetPasswordRequest): Promise<void> {
    return this.users.resetPassword(id, body.password);
  }
}

/** Colleagues by name, for assignment pickers: any staff member may read it. */
@ApiTags('users')
@AnyStaff()
@Controller('staff')
export class StaffController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<StaffMemberDto[]> {
    return this.users.staff();
  }
}
