import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { StaffUser } from '../../auth';
import { AgencyEntity, ProcedureCatalogue, ProcedureEntity } from '../../catalogue';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { toLocalDate } from '../../common/local-time';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { renderRefusal, type PaperOptions } from '../../documents';
import { applicantKindOf } from '../../intake';
import { DocumentSubject, issueDocument, issuedDocument } from '../../dossiers';
import type { RenderedFile } from '../slips.service';
import { intakeRefusalView } from '../slip-views';
import type { CreateIntakeRefusalDto } from './dto/create-intake-refusal.dto';
import { IntakeRefusalEntity } from './intake-refusal.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refusals at the counter (phiếu từ chối tiếp nhận, form 03): no dossier is registered, the slip
 * gets the agency's next number and is printed from the stored row.
 */
@Injectable()
export class IntakeRefusalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly procedures: ProcedureCatalogue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async refuse(input: CreateIntakeRefusalDto, user: StaffUser): Promise<IntakeRefusalEntity> {
    const agencyCode = input.receivingAgencyCode ?? user.agencyCode;
    if (!user.visibleAgencyCodes.includes(agencyCode)) throw DomainError.forbidden('You can only refuse dossiers for your own agency');
    const refusedAt = this.clock.now();
    const procedure = await this.procedures.versionInForce(input.procedureCode, toLocalDate(refusedAt));
    return this.db.transaction(async (manager) => {
      const number = await this.nextNumber(manager, agencyCode);
      const a = input.applicant;
      const refusal = manager.create(IntakeRefusalEntity, {
        agencyCode,
        procedureId: procedure.id,
        applicant: {
          kind: applicantKindOf(a.idNumber),
          fullName: a.fullName,
          idNumber: a.idNumber,
          phone: a.phone,
          ...(a.email ? { email: a.email } : {}),
          address: a.address,
        },
        reasons: input.reasons,
        refusedAt,
        refusedBy: user.id,
        refusedByName: user.fullName,
        number,
      });
      await manager.insert(IntakeRefusalEntity, refusal);
      // Form 03 at the counter is the centre's document: numbered among its documents of the year.
      await issueDocument(manager, { form: 'refusal', issuerCode: agencyCode, dossierId: null, subject: DocumentSubject.intakeRefusal(refusal.id), issuedAt: refusedAt });
      return refusal;
    });
  }

  /**
   * The agency's next refusal number. The agency row is locked first (FOR NO KEY UPDATE: it does not
   * block dossier inserts referencing the agency), so concurrent refusals take turns and each sees
   * the number the previous one committed: unique, and a rolled-back refusal leaves no gap.
   */
  private async nextNumber(manager: EntityManager, agencyCode: string): Promise<number> {
    const agency: unknown[] = await manager.query(`SELECT code FROM agencies WHERE code = $1 FOR NO KEY UPDATE`, [agencyCode]);
    if (agency.length === 0) throw DomainError.invalid('receivingAgencyCode', `unknown agency ${agencyCode}`);
    const rows: { next: number }[] = await manager.query(
      `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM intake_refusals WHERE agency_code = $1`,
      [agencyCode],
    );
    return Number(rows[0].next);
  }

  /** The refusal if the caller may see it; 404 otherwise, the same as an unknown id. */
  async getVisible(id: string, user: StaffUser): Promise<IntakeRefusalEntity> {
    const refusal = UUID.test(id) ? await this.db.getRepository(IntakeRefusalEntity).findOneBy({ id }) : null;
    if (!refusal || !user.visibleAgencyCodes.includes(refusal.agencyCode)) throw DomainError.notFound(`Intake refusal ${id}`);
    return refusal;
  }

  async pdf(id: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const refusal = await this.getVisible(id, user);
    const [agency, procedure, issued] = await Promise.all([
      this.db.getRepository(AgencyEntity).findOneByOrFail({ code: refusal.agencyCode }),
      this.db.getRepository(ProcedureEntity).findOneByOrFail({ id: refusal.procedureId }),
      issuedDocument(this.db, DocumentSubject.intakeRefusal(refusal.id)),
    ]);
    return {
      body: await renderRefusal(intakeRefusalView(refusal, agency, procedure, paper, issued)),
      fileName: `tu-choi-tiep-nhan-${agency.code}-${String(refusal.number).padStart(4, '0')}.pdf`,
    };
  }

  async view(refusal: IntakeRefusalEntity) {
    const procedure = await this.db.getRepository(ProcedureEntity).findOneBy({ id: refusal.procedureId });
    return {
      id: refusal.id,
      number: refusal.number,
      agencyCode: refusal.agencyCode,
      procedureCode: procedure?.code ?? null,
      procedureName: procedure?.name ?? null,
      applicant: refusal.applicant,
      reasons: refusal.reasons,
      refusedAt: refusal.refusedAt.toISOString(),
      refusedByName: refusal.refusedByName,
      pdfUrl: this.pdfUrl(refusal.id),
    };
  }

  pdfUrl(id: string): string {
    return `${this.config.publicBaseUrl}/api/v1/intake-refusals/${id}.pdf`;
  }
}
