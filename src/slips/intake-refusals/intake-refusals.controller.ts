import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../auth';
import type { StaffUser } from '../../auth';
import { ApiErrors, ApiFileResponse } from '../../common/openapi';
import { PaperQueryDto, paperOf } from '../dto/paper-query.dto';
import { documentFile, PDF_MIME, PrivateDocument } from '../file-response';
import { CreateIntakeRefusalDto } from './dto/create-intake-refusal.dto';
import { IntakeRefusalCreatedResponse, IntakeRefusalResponse } from './dto/intake-refusal.response';
import { IntakeRefusalsService } from './intake-refusals.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/intake-refusals')
export class IntakeRefusalsController {
  constructor(private readonly refusals: IntakeRefusalsService) {}

  @Post()
  @Roles('counter', 'admin')
  @ApiOperation({ summary: 'Refuse a dossier at the counter, form 03 (counter, admin): 201 {id, number, pdfUrl}; nothing is written on a 400' })
  @ApiCreatedResponse({ type: IntakeRefusalCreatedResponse })
  @ApiErrors(400, 401, [403, 'Not counter or admin, or another agency'])
  async create(@Body() body: CreateIntakeRefusalDto, @CurrentUser() user: StaffUser) {
    const refusal = await this.refusals.refuse(body, user);
    return { id: refusal.id, number: refusal.number, pdfUrl: this.refusals.pdfUrl(refusal.id) };
  }

  @Get(':id.pdf')
  @PrivateDocument(PDF_MIME)
  @ApiOperation({ summary: 'Mẫu 03: phiếu từ chối tiếp nhận hồ sơ, numbered per agency' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Id of the refusal' })
  @ApiFileResponse('Form 03 (PDF)', PDF_MIME)
  @ApiErrors(400, 401, 404)
  async pdf(@Param('id') id: string, @Query() query: PaperQueryDto, @CurrentUser() user: StaffUser) {
    return documentFile(await this.refusals.pdf(id, user, paperOf(query)), PDF_MIME);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A refusal at the counter as stored' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Id of the refusal' })
  @ApiOkResponse({ type: IntakeRefusalResponse })
  @ApiErrors(401, 404)
  async detail(@Param('id') id: string, @CurrentUser() user: StaffUser) {
    return this.refusals.view(await this.refusals.getVisible(id, user));
  }
}
