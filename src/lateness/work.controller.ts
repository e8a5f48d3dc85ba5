import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { ApiErrors } from '../common/openapi';
import { LatenessSettingsDto } from './dto/lateness-settings.dto';
import { ScanResultResponse, WarningPageResponse } from './dto/warning.response';
import { WorkPageDto } from './dto/work-page.dto';
import { MyWorkPageResponse, QueueCountsResponse, WindowsResponse } from './dto/work.response';
import { LatenessScanner } from './lateness-scanner';
import { LatenessWarnings } from './lateness-warnings';
import { LatenessWindows } from './lateness-windows';
import { myWorkItemView, queueCountsView, scanResultView, warningView, windowsView } from './work.views';
import { WorkQueues } from './work-queues';

/** The officers' and heads' work: lateness queues, "my work", the warnings of the lateness job. */
@ApiTags('work')
@ApiBearerAuth()
@Controller('api/v1/work')
export class WorkController {
  constructor(
    private readonly queues: WorkQueues,
    private readonly windows: LatenessWindows,
    private readonly warnings: LatenessWarnings,
    private readonly scanner: LatenessScanner,
    private readonly clock: Clock,
  ) {}

  /** Counts per queue in the caller's scope: dossiers due soon / overdue / late without an apology, open steps due soon / overdue, and the caller's own steps. */
  @Get('queues')
  @ApiOperation({ summary: 'Counts per lateness queue in the caller’s scope: dossiers {dueSoon, overdue, lateWithoutApology}, open steps {dueSoon, overdue}, mine {open, dueSoon, overdue}, and the due-soon windows' })
  @ApiOkResponse({ type: QueueCountsResponse })
  @ApiErrors(401)
  async counts(@CurrentUser() user: StaffUser) {
    const now = this.clock.now();
    const [counts, windows] = await Promise.all([this.queues.counts(user, now), this.windows.windows(user.agencyCode)]);
    return queueCountsView(counts, windows);
  }

  /** The open control-slip rows assigned to the caller, most urgent first, with their dossier. */
  @Get('mine')
  @ApiOperation({ summary: 'My work: open control-slip rows assigned to the caller (toUserId, or toOfficer = the caller’s name), most urgent first, with stepState and dossierState (in_time | due_soon | overdue)' })
  @ApiOkResponse({ type: MyWorkPageResponse })
  @ApiErrors(400, 401)
  async mine(@Query() query: WorkPageDto, @CurrentUser() user: StaffUser) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.queues.mine(user, this.clock.now(), page, pageSize);
    return { items: items.map(myWorkItemView), total, page, pageSize };
  }

  /** Warnings raised by the lateness job, newest first. */
  @Get('warnings')
  @ApiOperation({ summary: 'Warnings raised by the lateness job (due soon / overdue, dossiers and steps), newest first: all of the agency for heads, managers and admins; those addressed to the caller otherwise' })
  @ApiOkResponse({ type: WarningPageResponse })
  @ApiErrors(400, 401)
  async listWarnings(@Query() query: WorkPageDto, @CurrentUser() user: StaffUser) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.warnings.forUser(user, page, pageSize);
    return { items: items.map(warningView), total, page, pageSize };
  }

  /** Runs the lateness job now (it also runs on its timer). */
  @Post('lateness-scan')
  @ApiOperation({ summary: 'Runs the lateness job now (admin only); agencies outside working time are skipped' })
  @ApiOkResponse({ type: ScanResultResponse })
  @ApiErrors(401, 403)
  @HttpCode(200)
  @Roles('admin')
  async scan() {
    return scanResultView(await this.scanner.run());
  }

  @Get('settings/:agencyCode')
  @ApiOperation({ summary: 'The agency’s due-soon windows in working minutes (head, manager, admin)' })
  @ApiParam({ name: 'agencyCode', example: '000.17.22.H56' })
  @ApiOkResponse({ type: WindowsResponse })
  @ApiErrors(401, [403, 'Not head, manager or admin, or outside the caller’s scope'])
  @Roles('head', 'manager', 'admin')
  async settings(@Param('agencyCode') agencyCode: string, @CurrentUser() user: StaffUser) {
    inScope(user, agencyCode);
    return windowsView(await this.windows.windows(agencyCode));
  }

  @Put('settings/:agencyCode')
  @ApiOperation({ summary: 'Sets the agency’s due-soon windows (admin only); null returns to the service default' })
  @ApiParam({ name: 'agencyCode', example: '000.17.22.H56' })
  @ApiOkResponse({ type: WindowsResponse })
  @ApiErrors(400, 401, 403)
  @Roles('admin')
  async putSettings(@Param('agencyCode') agencyCode: string, @Body() body: LatenessSettingsDto, @CurrentUser() user: StaffUser) {
    inScope(user, agencyCode);
    return windowsView(await this.windows.put(agencyCode, body, user));
  }
}

function inScope(user: StaffUser, agencyCode: string): void {
  if (!user.visibleAgencyCodes.includes(agencyCode)) throw DomainError.forbidden(`Agency ${agencyCode} is outside your scope`);
}
