import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { dossierSummaryView, stepView, supplementRequestView } from '../dossiers/dossier.views';
import { HandoffDto } from './dto/handoff.dto';
import { ResolveDto } from './dto/resolve.dto';
import { ReturnResultDto } from './dto/return.dto';
import { RefuseDto, StopDto, WithdrawDto } from './dto/stop.dto';
import { SupplementRequestDto } from './dto/supplement-request.dto';
import { HandoffService } from './handoff.service';
import { OutcomeService } from './outcome.service';
import { SupplementService } from './supplement.service';

/** The actions along a dossier's way: hand-offs, supplements, resolution, return, stop and withdrawal. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/v1/dossiers/:code')
export class TrackingController {
  constructor(
    private readonly handoffs: HandoffService,
    private readonly supplements: SupplementService,
    private readonly outcomes: OutcomeService,
  ) {}

  @Post('handoffs')
  @Roles('counter', 'officer', 'head', 'admin')
  async handOff(@Param('code') code: string, @Body() body: HandoffDto, @CurrentUser() user: StaffUser) {
    const { step, closed } = await this.handoffs.handOff(code, body, user);
    return { ...stepView(step), closedStep: closed ? stepView(closed) : null };
  }

  @Post('supplement-requests')
  @Roles('counter', 'officer', 'head', 'admin')
  async requestSupplement(@Param('code') code: string, @Body() body: SupplementRequestDto, @CurrentUser() user: StaffUser) {
    const { dossier, request } = await this.supplements.request(code, body, user);
    return { ...dossierSummaryView(dossier), supplementRequest: supplementRequestView(request) };
  }

  @Post('supplements')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  async receiveSupplement(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.supplements.receive(code, user));
  }

  @Post('resolve')
  @HttpCode(200)
  @Roles('officer', 'head', 'admin')
  async resolve(@Param('code') code: string, @Body() body: ResolveDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.resolve(code, body, user));
  }

  @Post('return')
  @HttpCode(200)
  @Roles('counter', 'admin')
  async returnResult(@Param('code') code: string, @Body() body: ReturnResultDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.returnResult(code, body, user));
  }

  @Post('refuse')
  @HttpCode(200)
  @Roles('officer', 'head', 'admin')
  async refuse(@Param('code') code: string, @Body() body: RefuseDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.refuse(code, body.reasons, user));
  }

  @Post('stop')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  async stop(@Param('code') code: string, @Body() body: StopDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.stop(code, body.reason, user));
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles('counter', 'officer', 'head', 'admin')
  async withdraw(@Param('code') code: string, @Body() body: WithdrawDto, @CurrentUser() user: StaffUser) {
    return dossierSummaryView(await this.outcomes.withdraw(code, body?.reason, user));
  }
}
