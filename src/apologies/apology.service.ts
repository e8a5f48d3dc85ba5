import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { CalendarService } from '../calendar';
import { DossierClockService } from '../calendar';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { WorkingCalendar } from '../domain/calendar';
import { statusLabel, type DossierStatus } from '../domain/dossier';
import { checkApology } from '../domain/lateness';
import { appointmentVi } from '../locale';
import { ApologyRepository } from '../dossiers';
import { DocumentIssuer } from '../dossiers';
import { DossierEventRepository } from '../dossiers';
import type { ApologyEntity, DossierEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { DocumentSubject, PLACEHOLDER_HEAD_TITLE } from '../dossiers';
import { OPEN_STATUSES } from '../dossiers';
import { NotificationOutbox } from '../notifications';
import { appointmentMovedMessage } from '../notifications';
import { DossierWorkflow } from '../tracking';
import type { CreateApologyDto } from './dto/create-apology.dto';

/** Printed when neither the user nor the catalogue gives the head's title. */
export const DEFAULT_SIGNER_TITLE = PLACEHOLDER_HEAD_TITLE;

/**
 * The apology and new appointment (form 04; NĐ 61 Art. 19.9): by a head of the resolving agency, at
 * most once per dossier, for a dossier still being processed. The appointment (dueAt) moves through
 * the clock (an `apology` event, then a recomputation); originalDueAt stays the reference for the
 * on-time classes. The applicant's notification is queued in the same transaction.
 */
@Injectable()
export class ApologyService {
  constructor(
    private readonly workflow: DossierWorkflow,
    private readonly calendars: CalendarService,
    private readonly clocks: DossierClockService,
    private readonly outbox: NotificationOutbox,
    private readonly apologies: ApologyRepository,
    private readonly events: DossierEventRepository,
    private readonly documents: DocumentIssuer,
    private readonly clock: Clock,
  ) {}

  issue(code: string, input: CreateApologyDto, user: StaffUser): Promise<{ dossier: DossierEntity; apology: ApologyEntity }> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      if (user.agencyCode !== dossier.resolvingAgencyCode) {
        throw DomainError.forbidden(`Only a head of the resolving agency (${dossier.resolvingAgencyCode}) may issue the apology`);
      }
      if (!OPEN_STATUSES.includes(dossier.status)) {
        throw DomainError.conflict(`An apology is only for a dossier still being processed; this one is "${statusLabel(dossier.status as DossierStatus)}"`);
      }
      const earlier = await this.apologies.ofDossier(dossier.id);
      if (earlier) {
        throw DomainError.rule(`An apology was already issued for this dossier (new appointment ${appointmentVi(earlier.newDueAt)}); at most one per dossier`);
      }
      const now = this.clock.now();
      if (!(await this.clocks.evaluate(dossier, now)).running) {
        throw DomainError.conflict('The processing clock is stopped (waiting for a supplement or paused): the appointment is set again when it resumes');
      }
      const calendar = await this.calendars.calendarFor(dossier.resolvingAgencyCode);
      const newDueAt = appointmentOf(calendar, input.newDueAt);
      const verdict = checkApology({ calendar, now, currentDueAt: dossier.dueAt, newDueAt });
      if (!verdict.ok) throw DomainError.rule(`newDueAt: ${verdict.message}`, verdict.field);

      const apology = await this.apologies.insert({
        dossierId: dossier.id,
        reason: input.reason.normalize('NFC').trim(),
        previousDueAt: dossier.dueAt,
        newDueAt,
        signerName: input.signerName.normalize('NFC').trim(),
        issuedAt: now,
        issuedBy: user.id,
        late: verdict.late,
      });
      // Form 04 is issued now, by the resolving authority: its number and signer are kept for reprints.
      const signerTitle = input.signerTitle?.trim() || (await this.documents.headTitleOf(dossier.resolvingAgencyCode));
      await this.documents.issueForDossier({
        form: 'apology',
        dossier,
        subject: DocumentSubject.apology(dossier.id),
        issuedAt: now,
        content: { signerName: apology.signerName },
        signerTitle,
      });
      await this.events.append({
        dossierId: dossier.id,
        type: DossierEventType.Apology,
        occurredAt: now,
        actor: user,
        fromStatus: dossier.status,
        toStatus: dossier.status,
        data: {
          newDueAt: newDueAt.toISOString(),
          previousDueAt: dossier.dueAt.toISOString(),
          reason: apology.reason,
          signerName: apology.signerName,
          signerTitle,
          late: verdict.late,
        },
      });
      const previousDueAt = dossier.dueAt;
      await this.clocks.refresh(dossier, user, 'Xin lỗi và hẹn lại ngày trả kết quả', now);
      if (dossier.dueAt.getTime() !== newDueAt.getTime()) {
        throw new Error(`The clock did not move the appointment of ${dossier.code} to ${newDueAt.toISOString()}`); // rolls everything back
      }
      await this.notify(dossier, apology, previousDueAt, now);
      return { dossier, apology };
    });
  }

  private notify(dossier: DossierEntity, apology: ApologyEntity, previousDueAt: Date, now: Date): Promise<number> {
    return this.outbox.enqueue({
      dossier,
      kind: 'appointment_moved',
      dedupeBase: `apology:${dossier.id}`,
      now,
      text: (ctx) => appointmentMovedMessage(ctx, { previousDueAt, newDueAt: apology.newDueAt, reason: apology.reason }),
    });
  }
}

/** A date alone means close of business that day (422 on a day off); an instant is taken as given. */
function appointmentOf(calendar: WorkingCalendar, value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!calendar.isWorkingDay(value)) throw DomainError.rule(`newDueAt: ${value} is a day off: choose a working day`, 'newDueAt');
    return calendar.closeOfBusiness(value);
  }
  if (!/T\d{2}:\d{2}/.test(value) || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value)) {
    throw DomainError.invalid('newDueAt', 'an instant needs a time and an offset (Z or +07:00), e.g. 2026-12-03T17:00:00+07:00');
  }
  return new Date(value);
}
