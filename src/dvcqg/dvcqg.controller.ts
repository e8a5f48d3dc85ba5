import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { localInstant } from '../common/local-time';
import { ApiErrors } from '../common/openapi';
import { DossierQueries, ApiDossierCode } from '../dossiers';
import { BackfillDto, OutboxQueryDto } from './dto/outbox.dto';
import { DrainResponse, OutboxListResponse, RequeuedResponse } from './dto/outbox.response';
import { DvcqgOutboxStatus } from './outbox-status';
import { DvcqgOutboxWorker } from './outbox-worker';

const DAY_MS = 24 * 3600_000;

/** The national portal outbox for administrators: what waits or was refused and why, resend, backfill, deliver now. */
@ApiTags('dvcqg')
@ApiBearerAuth()
@Controller('api/v1/dvcqg')
@Roles('admin')
export class DvcqgController {
  constructor(
    private readonly status: DvcqgOutboxStatus,
    private readonly worker: DvcqgOutboxWorker,
    private readonly dossiers: DossierQueries,
  ) {}

  @Get('outbox')
  @ApiOperation({ summary: "Dossiers of the caller's agencies waiting for DVCQG or refused by it, oldest change first, with the totals (admin)" })
  @ApiOkResponse({ type: OutboxListResponse })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: OutboxQueryDto, @CurrentUser() user: StaffUser) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [summary, list] = await Promise.all([this.status.depth(), this.status.list(user.visibleAgencyCodes, query.state ?? 'pending', page, pageSize)]);
    return { summary, ...list, page, pageSize };
  }

  @Post('outbox/:code/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queues one dossier for DVCQG again, due now (after fixing what the portal refused) (admin)' })
  @ApiDossierCode()
  @ApiOkResponse({ type: RequeuedResponse })
  @ApiErrors(401, 403, 404)
  async resend(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    const dossier = await this.dossiers.getVisible(code, user);
    return { queued: await this.status.requeue([dossier.id]) };
  }

  @Post('backfill')
  @HttpCode(200)
  @ApiOperation({ summary: "Queues every dossier of the caller's agencies received in a period (both days included) for DVCQG (admin)" })
  @ApiOkResponse({ type: RequeuedResponse })
  @ApiErrors(400, 401, 403)
  async backfill(@Body() input: BackfillDto, @CurrentUser() user: StaffUser) {
    if (input.to < input.from) throw DomainError.invalid('to', 'must not be before from');
    const from = localInstant(input.from);
    const to = new Date(localInstant(input.to).getTime() + DAY_MS);
    const ids = await this.status.receivedBetween(user.visibleAgencyCodes, from, to);
    return { queued: ids.length === 0 ? 0 : await this.status.requeue(ids) };
  }

  @Post('sync')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delivers the due outbox items now (the worker also runs on its timer); nothing when sync is off (admin)' })
  @ApiOkResponse({ type: DrainResponse })
  @ApiErrors(401, 403)
  sync() {
    return this.worker.drain();
  }
}
