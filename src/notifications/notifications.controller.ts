import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { ApiDossierCode, DossierQueries } from '../dossiers';
import { DispatchResultResponse, NotificationResponse } from './dto/notification.response';
import { NotificationDispatcher } from './notification-dispatcher';
import type { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';

/** What the applicant was told, and whether it arrived. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly dossiers: DossierQueries,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  @Get('dossiers/:code/notifications')
  @ApiOperation({ summary: 'Messages to the applicant about this dossier (appointment moved, result ready, supplement needed) with their delivery state' })
  @ApiDossierCode()
  @ApiOkResponse({ type: [NotificationResponse] })
  @ApiErrors(401, 404)
  async forDossier(@Param('code') code: string, @CurrentUser() user: StaffUser) {
    const dossier = await this.dossiers.getVisible(code, user);
    const rows = await this.notifications.ofDossier(dossier.id);
    return rows.map(notificationView);
  }

  /** Delivers due messages now (the dispatcher also runs on its timer). */
  @Post('notifications/dispatch')
  @ApiOperation({ summary: 'Collects new events and delivers due messages now (admin only)' })
  @ApiOkResponse({ type: DispatchResultResponse })
  @ApiErrors(401, 403)
  @HttpCode(200)
  @Roles('admin')
  dispatch() {
    return this.dispatcher.run();
  }
}

export function notificationView(n: NotificationEntity) {
  return {
    id: Number(n.id),
    kind: n.kind,
    channel: n.channel,
    recipient: n.recipient,
    subject: n.subject,
    body: n.body,
    status: n.status,
    attempts: n.attempts,
    nextAttemptAt: n.status === 'pending' ? n.nextAttemptAt.toISOString() : null,
    lastError: n.lastError,
    sentAt: n.sentAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
