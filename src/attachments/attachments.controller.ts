import { Body, Controller, Get, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PrivateDocument } from '../slips';
import { attachmentView, checklistView } from './attachment.views';
import { AttachmentsService } from './attachments.service';
import { AttachmentResponse, ChecklistEntryResponse } from './dto/attachment.response';
import { NewAttachmentDto } from './dto/new-attachment.dto';
import { checkUploadedFile, UploadedPart } from './uploaded-file';

const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: {
      file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG (judged from the bytes); absent with reuseOf' },
      name: { type: 'string', description: 'The document’s name in the procedure’s list' },
      documentCode: { type: 'string', description: 'Or its code (MaThanhPhanHoSo), e.g. TP1' },
      kind: { type: 'string', enum: ['original', 'certified_copy', 'copy'] },
      digitised: { type: 'boolean', description: 'Scanned from paper at the counter (default true)' },
      reuseOf: { type: 'string', format: 'uuid', description: 'An earlier attachment of the same applicant instead of a file' },
    },
  },
};

/** Digitised documents of a dossier (QĐ 766 group 4): upload, reuse, list, download. */
@ApiTags('attachments')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('attachments')
  @Roles('counter', 'officer', 'head', 'admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({ summary: 'Attach a digitised document (multipart: file, name; or reuseOf an earlier file of the same applicant): stored read-only with its SHA-256' })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiErrors(400, 401, 403, 404, 413, 415)
  async add(@Param('code') code: string, @Body() body: NewAttachmentDto, @UploadedFile() file: UploadedPart | undefined, @CurrentUser() user: StaffUser) {
    const checked = file ? checkUploadedFile(file) : undefined;
    const saved = await this.attachments.add(code, { ...body, file: checked }, user);
    return attachmentView(code, saved);
  }

  @Get('attachments')
  @ApiOperation({ summary: 'The dossier’s digitised documents' })
  @ApiOkResponse({ type: [AttachmentResponse] })
  @ApiErrors(401, 404)
  async list(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return (await this.attachments.list(code, user)).map((a) => attachmentView(code, a));
  }

  @Get('attachments/:id')
  @PrivateDocument('application/pdf')
  @ApiOperation({ summary: 'Download a digitised document (its SHA-256 is checked first; a changed file is never served)' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Attachment id' })
  @ApiFileResponse('The stored file', 'application/pdf', 'image/jpeg', 'image/png')
  @ApiErrors(401, 404)
  async download(@Param('code') code: string, @Param('id') id: string, @CurrentUser() user: StaffUser): Promise<StreamableFile> {
    const { attachment, bytes } = await this.attachments.download(code, id, user);
    const extension = attachment.mediaType.replace(/^.*\//, '').replace('jpeg', 'jpg');
    return new StreamableFile(bytes, { type: attachment.mediaType, disposition: `inline; filename="${attachment.documentCode}-${attachment.id.slice(0, 8)}.${extension}"`, length: bytes.length });
  }

  @Get('checklist')
  @ApiOperation({ summary: 'The procedure’s document list for this dossier: what is digitised, and what earlier dossiers of the same applicant offer for reuse' })
  @ApiOkResponse({ type: [ChecklistEntryResponse] })
  @ApiErrors(401, 404)
  async checklist(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return checklistView(code, await this.attachments.checklist(code, user));
  }
}
