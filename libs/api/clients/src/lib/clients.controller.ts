import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddVerificationRequest,
  type ClientDto,
  type ClientSummaryDto,
  CreateClientRequest,
  IdentificationRequest,
  ListClientsQuery,
  type Page,
  ReplaceEducationRequest,
  ReplaceFamilyRequest,
  ReplaceLanguageTestsRequest,
  ReplacePartiesRequest,
  ReplaceStatusHistoryRequest,
  ReplaceWorkRequest,
  type SessionUser,
  UpdateClientRequest,
} from '@intake/shared/contracts';
import { AnyStaff, CurrentUser, Roles } from '@intake/api/core';
import { ClientSearchService } from './client-search.service';
import { ClientSectionsService } from './client-sections.service';
import { ClientsService } from './clients.service';

@ApiTags('clients')
@AnyStaff()
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly sections: ClientSectionsService,
    private readonly search: ClientSearchService,
  ) {}

  @Get()
  list(@Query() query: ListClientsQuery): Promise<Page<ClientSummaryDto>> {
    return this.search.list(query);
  }

  @Post()
  create(@Body() body: CreateClientRequest, @CurrentUser() user: SessionUser): Promise<ClientDto> {
    return this.clients.create(body, user.id);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ClientDto> {
    return this.clients.get(id);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateClientRequest): Promise<ClientDto> {
    return this.clients.update(id, body);
  }

  @Roles('admin', 'lawyer')
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string, @Query('version', ParseIntPipe) version: number): Promise<void> {
    return this.clients.remove(id, version);
  }

  @Put(':id/status-history')
  statusHistory(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceStatusHistoryRequest): Promise<ClientDto> {
    return this.sections.replaceStatusHistory(id, body);
  }

  @Put(':id/language-tests')
  languageTests(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceLanguageTestsRequest): Promise<ClientDto> {
    return this.sections.replaceLanguageTests(id, body);
  }

  @Put(':id/education')
  education(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceEducationRequest): Promise<ClientDto> {
    return this.sections.replaceEducation(id, body);
  }

  @Put(':id/work')
  work(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceWorkRequest): Promise<ClientDto> {
    return this.sections.replaceWork(id, body);
  }

  @Put(':id/family')
  family(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceFamilyRequest): Promise<ClientDto> {
    return this.sections.replaceFamily(id, body);
  }

  @Put(':id/parties')
  parties(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplacePartiesRequest): Promise<ClientDto> {
    return this.sections.replaceParties(id, body);
  }

  @Put(':id/identification')
  identification(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IdentificationRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<ClientDto> {
    return this.sections.saveIdentification(id, body, user.id);
  }

  @Post(':id/verifications')
  addVerification(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddVerificationRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<ClientDto> {
    return this.sections.addVerification(id, body, user.id);
  }

  @Roles('admin', 'lawyer')
  @Get(':id/verifications/:verificationId/document-number')
  async documentNumber(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('verificationId', ParseUUIDPipe) verificationId: string,
  ): Promise<{ documentNumber: string }> {
    return { documentNumber: await this.sections.revealDocumentNumber(id, verificationId) };
  }

  @Roles('admin', 'lawyer')
  @Get(':id/status-history/:entryId/permit-number')
  async permitNumber(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
  ): Promise<{ permitNumber: string | null }> {
    return { permitNumber: await this.sections.revealPermitNumber(id, entryId) };
  }
}
