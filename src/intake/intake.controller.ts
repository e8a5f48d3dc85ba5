import { Body, Controller, Headers, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors } from '../common/openapi';
import { statusLabel, DossierStatus } from '../domain/dossier';
import { CreateDossierDto } from './dto/create-dossier.dto';
import { DossierCreatedResponse } from './dto/dossier-created.response';
import { IntakeService } from './intake.service';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/v1/dossiers')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Post()
  @Roles('counter', 'admin')
  @ApiOperation({ summary: 'Receive a dossier at the counter (counter, admin): code, appointment and tracking URL for the receipt slip' })
  @ApiCreatedResponse({ type: DossierCreatedResponse, description: 'Registered' })
  @ApiOkResponse({ type: DossierCreatedResponse, description: 'A repeat with the same Idempotency-Key: the dossier registered the first time' })
  @ApiErrors(400, 401, [403, 'Not counter or admin, another agency, or receivedAt without admin'], [409, 'Idempotency-Key already used with a different request'])
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeat with the same key returns the same dossier (200).' })
  async create(
    @Body() body: CreateDossierDto,
    @CurrentUser() user: StaffUser,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw DomainError.invalid('Idempotency-Key', 'must be 1–200 visible ASCII characters');
    }
    const result = await this.intake.receive(body, user, idempotencyKey);
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    const d = result.dossier;
    return {
      code: d.code,
      status: statusLabel(d.status as DossierStatus),
      statusCode: d.status,
      receivedAt: d.receivedAt.toISOString(),
      dueAt: d.dueAt.toISOString(),
      provisional: d.provisional,
      trackingUrl: result.trackingUrl,
    };
  }
}
