import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { StaffUser } from '../auth/staff-user';
import { DossierClockService } from '../calendar/dossier-clock.service';
import { Clock } from '../common/clock';
import { DossierEntity, SupplementRequestEntity } from '../dossiers/entities';
import { DossierEventType } from '../dossiers/event-types';
import { DocumentSubject, issueDossierDocument, issueRestartReceipt } from '../dossiers/issued-documents';
import { DossierWorkflow } from './dossier-workflow';
import type { SupplementRequestDto } from './dto/supplement-request.dto';

/**
 * Requests to supplement a dossier (form 02) and their receipt. While the applicant supplements, the
 * clock waits; on receipt the due date is computed again from the events (restart by default, NĐ 61
 * Art. 19.4, or pause, per procedure).
 */
@Injectable()
export class SupplementService {
  constructor(
    private readonly workflow: DossierWorkflow,
    private readonly clocks: DossierClockService,
    private readonly clock: Clock,
  ) {}

  request(code: string, input: SupplementRequestDto, user: StaffUser): Promise<{ dossier: DossierEntity; request: SupplementRequestEntity }> {
    return this.workflow.withLockedDossier(code, user, async (manager, dossier) => {
      const now = this.clock.now();
      this.workflow.nextStatus(dossier, 'request_supplement');
      const number = (await manager.count(SupplementRequestEntity, { where: { dossierId: dossier.id } })) + 1;
      const request = manager.create(SupplementRequestEntity, {
        dossierId: dossier.id,
        number,
        items: input.items.map((item) => ({ name: item.name.trim(), ...(item.kind ? { kind: item.kind } : {}) })),
        reason: input.reason.trim(),
        requestedAt: now,
        requestedBy: user.id,
        requestedByName: user.fullName,
        receivedAt: null,
      });
      await manager.insert(SupplementRequestEntity, request);
      await issueDossierDocument(manager, { form: 'supplement_request', dossier, subject: DocumentSubject.supplementRequest(dossier.id, number), issuedAt: now });
      await this.workflow.changeStatus(manager, dossier, user, {
        action: 'request_supplement',
        eventType: DossierEventType.SupplementRequested,
        occurredAt: now,
        data: { number, items: request.items, reason: request.reason },
      });
      return { dossier, request };
    });
  }

  receive(code: string, user: StaffUser): Promise<DossierEntity> {
    return this.workflow.withLockedDossier(code, user, async (manager, dossier) => {
      const now = this.clock.now();
      const open = await manager.findOne(SupplementRequestEntity, { where: { dossierId: dossier.id, receivedAt: IsNull() }, order: { number: 'DESC' } });
      await this.workflow.changeStatus(manager, dossier, user, {
        action: 'receive_supplement',
        eventType: DossierEventType.SupplementReceived,
        occurredAt: now,
        data: { number: open?.number ?? null },
      });
      if (open) await manager.update(SupplementRequestEntity, { id: open.id }, { receivedAt: now });
      await this.clocks.refresh(manager, dossier, user, 'Nhận đủ hồ sơ bổ sung', now);
      await issueRestartReceipt(manager, dossier, now);
      return dossier;
    });
  }
}
