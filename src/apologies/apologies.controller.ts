import { Body, Controller, Get, Header, Inject, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors, ApiFileResponse } from '../common/openapi';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { apologyView, dossierSummaryView, ApiDossierCode } from '../dossiers';
import { ApologyLetters } from './apology-letter';
import { ApologyService } from './apology.service';
import { ApologyIssuedResponse } from './dto/apology-issued.response';
import { CreateApologyDto } from './dto/create-apology.dto';

export class ApologyPdfQuery {
  @ApiPropertyOptional({ enum: ['A4', 'A5'], description: 'Paper size; default A5' })
  @IsOptional()
  @IsIn(['A4', 'A5'], { message: 'paper must be A4 or A5' })
  paper?: 'A4' | 'A5';
}

/** The apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04). */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code')
export class ApologiesController {
  constructor(
    private readonly apologies: ApologyService,
    private readonly letters: ApologyLetters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('apologies')
  @Roles('head')
  @ApiOperation({
    summary: 'Issue the apology and new appointment, form 04 (head of the resolving agency only)',
    description:
      'At most once (422), new date after the current one and within working hours (422), open dossiers only (409); late: true when issued less than 1 working day before the due instant.',
  })
  @ApiCreatedResponse({ type: ApologyIssuedResponse })
  @ApiErrors(400, 401, [403, 'Not a head of the resolving agency'], 404, [409, 'The dossier is not being processed, or its clock is stopped'], [422, 'An apology exists, or newDueAt is not a later working instant'])
  async issue(@Param('code') code: string, @Body() body: CreateApologyDto, @CurrentUser() user: StaffUser) {
    const { dossier, apology } = await this.apologies.issue(code, body, user);
    return {
      ...apologyView(apology),
      dossier: dossierSummaryView(dossier),
      pdfUrl: `${this.config.publicBaseUrl}/api/v1/dossiers/${encodeURIComponent(dossier.code)}/apology.pdf`,
    };
  }

  @Get('apology.pdf')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Mẫu 04: phiếu xin lỗi và hẹn lại ngày trả kết quả (404 when no apology was issued)' })
  @ApiFileResponse('Form 04 (PDF)', 'application/pdf')
  @ApiErrors(400, 401, 404)
  async pdf(@Param('code') code: string, @Query() query: ApologyPdfQuery, @CurrentUser() user: StaffUser) {
    const file = await this.letters.render(code, user, query.paper);
    return new StreamableFile(file.body, { type: 'application/pdf', disposition: `inline; filename="${file.fileName}"`, length: file.body.length });
  }
}
