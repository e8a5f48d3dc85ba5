import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { dossierSummaryView, stepView, supplementRequestView, ApiDossierCode, DossierSummaryResponse } from '../dossiers';
import { HandoffDto } from './dto/handoff.dto';
import { ResolveDto } from './dto/resolve.dto';
import { ReturnResultDto } from './dto/return.dto';
import { RefuseDto, StopDto, WithdrawDto } from './dto/stop.dto';
import { SupplementRequestDto } from './dto/supplement-request.dto';
import { HandoffResponse, SupplementCheckResponse, SupplementRequestedResponse } from './dto/tracking.response';
import { HandoffService } from './handoff.service';
import { OutcomeService } from './outcome.service';
import { SupplementService } from './supplement.service';

/** The actions along a dossier's way: hand-offs, supplements, resolution, return, stop and withdrawal. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiDossierCode()
@Controller('api/v1/dossiers/:code')
export class TrackingController {
  constructor(
    private readonly handoffs: HandoffService,
    private readonly supplements: SupplementService,
    private readonly outcomes: OutcomeService,
  ) {}

  @Post('handoffs')
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({ summary: 'Hand the dossier on to a unit or officer (counter, officer, head, admin): a new control-slip row with its deadline; the row it closes gets its class' })
  @ApiCreatedResponse({ type: HandoffResponse })
  @ApiErrors(400, 401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async handOff(@Param('code') code: string, @Body() body: HandoffDto, @CurrentUser() user: StaffUser) {
    const { step, closed } = await this.handoffs.handOff(code, body, user);
    return { ...stepView(step), closedStep: closed ? stepView(closed) : null };
  }

  @Post('supplement-requests')
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({ summary: 'Ask the applicant to supplement the dossier (form 02; counter, officer, head, admin): status 5, the clock stops' })
  @ApiCreatedResponse({ type: SupplementRequestedResponse })
  @ApiErrors(400, 401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async requestSupplement(@Param('code') code: string, @Body() body: SupplementRequestDto, @CurrentUser() user: StaffUser) {
    const { dossier, request } = await this.supplements.request(code, body, user);
    return { ...dossierSummaryView(dossier), supplementRequest: supplementRequestView(request) };
  }

  @Get('supplement-check')
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({
    summary:
      'What a supplement request made now would do (counter, officer, head, admin): whether it moves the deadline (within the procedure’s window and before the deadline), and the warnings to show before sending it',
  })
  @ApiOkResponse({ type: SupplementCheckResponse })
  @ApiErrors(401, 403, 404, [409, 'No supplement can be requested in the dossier’s current status'])
  checkSupplement(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return this.supplements.check(code, user);
  }

  @Post('supplements')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({ summary: 'The supplement arrived (counter, officer, head, admin): processing resumes and dueAt is recomputed; no body needed' })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async receiveSupplement(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.supplements.receive(code, user));
  }

  @Post('resolve')
  @HttpCode(200)
  @Roles('officer', 'head', 'admin')
  @ApiOperation({ summary: 'Record the result, approved or rejected (officer, head, admin): status 9' })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(400, 401, [403, 'Not officer, head or admin, or resolvedAt without admin'], 404, [409, 'Not allowed in the dossier’s current status'])
  async resolve(@Param('code') code: string, @Body() body: ResolveDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.resolve(code, body, user));
  }

  @Post('return')
  @HttpCode(200)
  @Roles('counter', 'admin')
  @ApiOperation({ summary: 'Hand the result to the applicant (counter, admin): status 10' })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(400, 401, [403, 'Not counter or admin, or returnedAt without admin'], 404, [409, 'Not allowed in the dossier’s current status'])
  async returnResult(@Param('code') code: string, @Body() body: ReturnResultDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.returnResult(code, body, user));
  }

  @Post('refuse')
  @HttpCode(200)
  @Roles('officer', 'head', 'admin')
  @ApiOperation({ summary: 'Refuse the dossier after appraisal (form 03; officer, head, admin): status 3' })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(400, 401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async refuse(@Param('code') code: string, @Body() body: RefuseDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.refuse(code, body.reasons, user));
  }

  @Post('stop')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({ summary: 'Stop processing at the applicant’s request (form 05; counter, officer, head, admin): status 8' })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(400, 401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async stop(@Param('code') code: string, @Body() body: StopDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.stop(code, body.reason, user, body));
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  @ApiOperation({ summary: 'The applicant withdraws the dossier (counter, officer, head, admin): status 7; the body is optional' })
  @ApiBody({ type: WithdrawDto, required: false })
  @ApiOkResponse({ type: DossierSummaryResponse })
  @ApiErrors(400, 401, 403, 404, [409, 'Not allowed in the dossier’s current status'])
  async withdraw(@Param('code') code: string, @Body() body: WithdrawDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.withdraw(code, body?.reason, user, body ?? {}));
  }
}
