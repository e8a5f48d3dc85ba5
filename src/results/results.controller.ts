import { Body, Controller, Get, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { checkUploadedFile, UploadedPart } from '../attachments';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { ApiDossierCode } from '../dossiers';
import { PDF_MIME, PrivateDocument } from '../slips';
import type { DossierResultEntity } from './dossier-result.entity';
import { IssueResultDto, ResultResponse } from './dto/issue-result.dto';
import { ResultsService } from './results.service';

const RESULT_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['title'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'The result as PDF (judged from its bytes); absent with generate=true' },
      title: { type: 'string', description: 'TenGiayTo, e.g. Giấy xác nhận tình trạng hôn nhân' },
      generate: { type: 'boolean', description: 'Lay out a one-page result instead of a file' },
    },
  },
};

export function resultView(dossierCode: string, r: DossierResultEntity) {
  return {
    id: r.id,
    title: r.title,
    code: r.code,
    sha256: r.sha256,
    size: r.size,
    signed: true,
    signer: r.signerSubject,
    demo: r.demoCertificate,
    signedAt: r.signedAt.toISOString(),
    url: `/api/v1/dossiers/${encodeURIComponent(dossierCode)}/results/${r.id}.pdf`,
  };
}

/** Electronic results of a dossier, signed by the resolving authority (QĐ 766 indicator 4.1). */
@ApiTags('results')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Post('results')
  @Roles('officer', 'head', 'admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(RESULT_BODY)
  @ApiOperation({ summary: 'Issue an electronic result (officer, head, admin of the resolving authority): the PDF is signed (PAdES) with the authority’s certificate and stored read-only' })
  @ApiCreatedResponse({ type: ResultResponse })
  @ApiErrors(400, 401, [403, 'Not officer, head or admin of the resolving authority'], 404, [409, 'The dossier ended without a result'], 413, 415, [422, 'No signing certificate, or a PDF that cannot be read'])
  async issue(@Param('code') code: string, @Body() body: IssueResultDto, @UploadedFile() file: UploadedPart | undefined, @CurrentUser() user: StaffUser) {
    const pdf = file ? checkUploadedFile(file, ['application/pdf']).content.toBuffer() : undefined;
    return resultView(code, await this.results.issue(code, { title: body.title, generate: body.generate, pdf }, user));
  }

  @Get('results')
  @ApiOperation({ summary: 'The dossier’s electronic results' })
  @ApiOkResponse({ type: [ResultResponse] })
  @ApiErrors(401, 404)
  async list(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return (await this.results.list(code, user)).map((r) => resultView(code, r));
  }

  @Get('results/:id.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Download a signed result (hash checked first; the download is recorded)' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Result id' })
  @ApiFileResponse('The signed PDF', PDF_MIME)
  @ApiErrors(401, 404)
  async download(@Param('code') code: string, @Param('id') id: string, @CurrentUser() user: StaffUser): Promise<StreamableFile> {
    const { result, bytes } = await this.results.staffDownload(code, id, user);
    return new StreamableFile(bytes, { type: PDF_MIME, disposition: `inline; filename="${result.code.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf"`, length: bytes.length });
  }
}
