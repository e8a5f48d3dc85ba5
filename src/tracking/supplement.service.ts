import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { DossierClockService } from '../calendar';
import { Clock } from '../common/clock';
import { DocumentIssuer } from '../dossiers';
import type { DossierEntity, SupplementRequestEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { DocumentSubject } from '../dossiers';
import { SupplementRequestRepository } from '../dossiers';
import { DossierWorkflow } from './dossier-workflow';
import type { SupplementRequestDto } from './dto/supplement-request.dto';

/**
 * Requests to supplement a dossier (form 02) and their receipt. While the applicant supplements, the
 * clock waits; on receipt the due date is computed again from the events (restart by default, NĐ 61
 * Art. 19.4, or pause, per procedure). A request after the procedure's window or after the deadline
 * is recorded with its late reason (the agency's late request) and the clock runs on.
 */
@Injectable()
export class SupplementService {
  constructor(
    private readonly workflow: DossierWorkflow,
    private readonly clocks: DossierClockService,
    private readonly requests: SupplementRequestRepository,
    private readonly documents: DocumentIssuer,
    private readonly clock: Clock,
  ) {}

  request(code: string, input: SupplementRequestDto, user: StaffUser): Promise<{ dossier: DossierEntity; request: SupplementRequestEntity }> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const now = this.clock.now();
      this.workflow.nextStatus(dossier, 'request_supplement');
      // Within the window and before the deadline the clock stops; otherwise the request is recorded as late and moves nothing.
      const { verdict } = await this.clocks.judgeSupplementRequest(dossier, now);
      const number = (await this.requests.count(dossier.id)) + 1;
      const request = await this.requests.insert({
        dossierId: dossier.id,
        number,
        items: input.items.map((item) => ({ name: item.name.trim(), ...(item.kind ? { kind: item.kind } : {}) })),
        reason: input.reason.trim(),
        requestedAt: now,
        requestedBy: user.id,
        requestedByName: user.fullName,
        receivedAt: null,
        lateReason: verdict.lateReason,
      });
      await this.documents.issueForDossier({ form: 'supplement_request', dossier, subject: DocumentSubject.supplementRequest(dossier.id, number), issuedAt: now });
      await this.workflow.changeStatus(dossier, user, {
        action: 'request_supplement',
        eventType: DossierEventType.SupplementRequested,
        occurredAt: now,
        data: { number, items: request.items, reason: request.reason, lateReason: verdict.lateReason },
      });
      return { dossier, request };
    });
  }

  /**
   * What a request made now would do, for the console to warn before it is sent: a second request
   * (QĐ 766 counts the dossier as late), the window passed or the deadline passed (the request is
   * then the agency's late request and moves nothing). Nothing is written.
   */
  check(code: string, user: StaffUser): Promise<SupplementCheck> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      this.workflow.nextStatus(dossier, 'request_supplement');
      const now = this.clock.now();
      const { verdict, windowEndsAt, earlierRequests } = await this.clocks.judgeSupplementRequest(dossier, now);
      const warnings: SupplementWarning[] = [];
      if (earlierRequests > 0) warnings.push({ code: 'second_request', message: SECOND_REQUEST_WARNING });
      if (verdict.lateReason === 'after_window') warnings.push({ code: 'after_window', message: AFTER_WINDOW_WARNING });
      if (verdict.lateReason === 'after_due') warnings.push({ code: 'after_due', message: AFTER_DUE_WARNING });
      return {
        requestsSoFar: earlierRequests,
        windowEndsAt: windowEndsAt.toISOString(),
        dueAt: verdict.dueAtRequest.toISOString(),
        movesDeadline: verdict.granted,
        lateReason: verdict.lateReason,
        warnings,
      };
    });
  }

  receive(code: string, user: StaffUser): Promise<DossierEntity> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const now = this.clock.now();
      const open = await this.requests.lastOpen(dossier.id);
      await this.workflow.changeStatus(dossier, user, {
        action: 'receive_supplement',
        eventType: DossierEventType.SupplementReceived,
        occurredAt: now,
        data: { number: open?.number ?? null },
      });
      if (open) await this.requests.markReceived(open.id, now);
      await this.clocks.refresh(dossier, user, 'Nhận đủ hồ sơ bổ sung', now);
      await this.documents.issueRestartReceipt(dossier, now);
      return dossier;
    });
  }
}

export interface SupplementWarning {
  code: 'second_request' | 'after_window' | 'after_due';
  message: string;
}

export interface SupplementCheck {
  requestsSoFar: number;
  windowEndsAt: string;
  /** The deadline in force now. */
  dueAt: string;
  movesDeadline: boolean;
  lateReason: 'after_window' | 'after_due' | null;
  warnings: SupplementWarning[];
}

const SECOND_REQUEST_WARNING =
  'Hồ sơ đã có yêu cầu bổ sung: yêu cầu bổ sung lần thứ hai trở đi làm hồ sơ bị tính là quá hạn theo Quyết định 766/QĐ-TTg.';
const AFTER_WINDOW_WARNING =
  'Đã quá thời hạn yêu cầu bổ sung (tính từ ngày tiếp nhận): yêu cầu này được ghi nhận là yêu cầu muộn của cơ quan giải quyết và không làm thay đổi hạn giải quyết.';
const AFTER_DUE_WARNING =
  'Hồ sơ đã quá hạn giải quyết: yêu cầu bổ sung lúc này không làm tính lại thời hạn, hồ sơ vẫn bị tính là quá hạn trong mọi báo cáo.';
