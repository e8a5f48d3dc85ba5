import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PaperQueryDto, paperOf } from './dto/paper-query.dto';
import { documentFile, PDF_MIME, PrivateDocument } from './file-response';
import { SlipsService } from './slips.service';

/** The printed forms of one dossier, for any staff member who may see it (404 otherwise). */
@ApiTags('documents')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code')
export class DossierDocumentsController {
  constructor(private readonly slips: SlipsService) {}

  @Get('receipt.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả, with the QR code of the tracking page' })
  @ApiFileResponse('Form 01 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async receipt(@Param('code') code: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.receipt(code, user, paperOf(query)), PDF_MIME);
  }

  @Get('supplement-requests/:n.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the n-th request of the dossier)' })
  @ApiParam({ name: 'n', type: 'integer', example: 1, description: 'Number of the supplement request within the dossier' })
  @ApiFileResponse('Form 02 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async supplementRequest(@Param('code') code: string, @Param('n') n: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    if (!/^[1-9]\d{0,5}$/.test(n)) throw DomainError.notFound(`Supplement request ${n} of dossier ${code}`);
    return documentFile(await this.slips.supplementRequest(code, Number(n), user, paperOf(query)), PDF_MIME);
  }

  @Get('refusal.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 03: phiếu từ chối giải quyết hồ sơ, for a dossier refused after appraisal (status 3); 404 otherwise' })
  @ApiFileResponse('Form 03 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async refusal(@Param('code') code: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.refusal(code, user, paperOf(query)), PDF_MIME);
  }

  @Get('stop-notice.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 05: thông báo dừng giải quyết hồ sơ, for a stopped (8) or withdrawn (7) dossier; 404 otherwise' })
  @ApiFileResponse('Form 05 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async stopNotice(@Param('code') code: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.stopNotice(code, user, paperOf(query)), PDF_MIME);
  }

  @Get('control-slip.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 06: phiếu kiểm soát quá trình giải quyết hồ sơ, every hand-off with its class, and blank rows for the next ones' })
  @ApiFileResponse('Form 06 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async controlSlip(@Param('code') code: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.slips.controlSlip(code, user, paperOf(query)), PDF_MIME);
  }
}
