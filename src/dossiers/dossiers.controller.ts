import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import { ApiErrors } from '../common/openapi';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ProcedureCatalogue } from '../catalogue';
import { DossierQueries } from './dossier-queries';
import { dossierDetailView, dossierSummaryView } from './dossier.views';
import { ApiDossierCode } from './dto/dossier-code.param';
import { DossierDetailResponse } from './dto/dossier-detail.response';
import { DossierListResponse } from './dto/dossier-summary.response';
import { ListDossiersDto } from './dto/list-dossiers.dto';
import { trackingUrl } from './tracking-url';
import { TrackingTokens } from './tracking-tokens';
import { DvcqgOutboxStatus } from '../dvcqg';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/v1/dossiers')
export class DossiersController {
  constructor(
    private readonly queries: DossierQueries,
    private readonly procedures: ProcedureCatalogue,
    private readonly clock: Clock,
    private readonly dvcqg: DvcqgOutboxStatus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TrackingTokens,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Dossiers of the caller’s agencies, filtered and paged',
    description: 'Ordered by appointment (dueAt): earliest first with overdue, dueSoon, lateWithoutApology or dueBefore, latest first otherwise.',
  })
  @ApiOkResponse({ type: DossierListResponse })
  @ApiErrors(400, 401)
  async list(@Query() filter: ListDossiersDto, @CurrentUser() user: StaffUser) {
    const { items, total } = await this.queries.list(filter, user, this.clock.now());
    return { items: items.map(dossierSummaryView), total, page: filter.page ?? 1, pageSize: filter.pageSize ?? 20 };
  }

  @Get(':code')
  @ApiOperation({ summary: 'A dossier with its current and original appointment, control slip, audit trail, supplement requests and apology' })
  @ApiDossierCode()
  @ApiOkResponse({ type: DossierDetailResponse })
  @ApiErrors(401, 404)
  async detail(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    const dossier = await this.queries.getVisible(code, user);
    const [parts, procedure, dvcqgSync] = await Promise.all([this.queries.parts(dossier), this.procedures.findById(dossier.procedureId), this.dvcqg.ofDossier(dossier.id)]);
    return dossierDetailView({
      dvcqgSync,
      dossier,
      ...parts,
      procedureName: procedure?.name ?? dossier.procedureCode,
      trackingUrl: trackingUrl(this.config.publicBaseUrl, dossier.code, this.tokens.tokenOf(dossier.id)),
    });
  }
}
