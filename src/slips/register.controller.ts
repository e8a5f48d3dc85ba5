import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { paperOf } from './dto/paper-query.dto';
import { RegisterQueryDto } from './dto/register-query.dto';
import { documentFile, PDF_MIME, PrivateDocument } from './file-response';
import { XLSX_MIME } from './register-xlsx';
import { SlipsService } from './slips.service';

/** Mẫu 07, the tracking register of the dossiers an agency received in a period. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1')
export class RegisterController {
  constructor(private readonly slips: SlipsService) {}

  @Get('register.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 07: sổ theo dõi hồ sơ (A4 landscape) of the dossiers received from `from` to `to` (included)' })
  @ApiFileResponse('Form 07 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, [403, 'agencyCode outside the caller’s scope'], [404, 'Unknown agency'])
  async pdf(@Query() query: RegisterQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.register(query, user, 'pdf', paperOf(query)), PDF_MIME);
  }

  @Get('register.xlsx')
  @PrivateDocument(XLSX_MIME)
  @ApiOperation({ summary: 'Mẫu 07 as an Excel workbook: title rows, the eleven columns, one row per dossier' })
  @ApiFileResponse('Form 07 (Excel workbook)', XLSX_MIME)
  @ApiErrors(400, 401, [403, 'agencyCode outside the caller’s scope'], [404, 'Unknown agency'])
  async xlsx(@Query() query: RegisterQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.register(query, user, 'xlsx', {}), XLSX_MIME, 'attachment');
  }
}
