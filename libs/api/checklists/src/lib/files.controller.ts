import { Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ChecklistFileDto, SessionUser } from '@intake/shared/contracts';
import { AnyStaff, CurrentUser } from '@intake/api/core';
import { FilesService, type UploadedDocument } from './files.service';

@ApiTags('checklists')
@AnyStaff()
@Controller()
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** A new version of the item's document (PDF, JPEG, PNG or HEIC, by content; UPLOAD_MAX_BYTES at most). */
  @Post('checklist-items/:id/files')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  upload(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @CurrentUser() user: SessionUser,
  ): Promise<ChecklistFileDto> {
    return this.files.upload(id, file, user.id);
  }

  /** Every version, newest first. */
  @Get('checklist-items/:id/files')
  list(@Param('id', ParseUUIDPipe) id: string): Promise<ChecklistFileDto[]> {
    return this.files.list(id);
  }

  /** The stored bytes of one version; each download is audited. */
  @Get('checklist-files/:id/content')
  async download(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.files.open(id);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      length: file.size,
      disposition: `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
