import { Inject, Injectable } from '@nestjs/common';
import type { StaffUser } from '../../auth';
import { AgencyDirectory } from '../../catalogue';
import { ProcedureCatalogue } from '../../catalogue';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { toLocalDate } from '../../common/local-time';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionContext } from '../../database/transaction-context';
import { renderRefusal, type PaperOptions } from '../../documents';
import { applicantKindOf } from '../../intake';
import { IssuedDocumentRepository } from '../../dossiers';
import { DocumentSubject } from '../../dossiers';
import type { RenderedFile } from '../slips.service';
import { intakeRefusalView } from '../slip-views';
import type { CreateIntakeRefusalDto } from './dto/create-intake-refusal.dto';
import type { IntakeRefusalEntity } from './intake-refusal.entity';
import { IntakeRefusalRepository } from './intake-refusal.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refusals at the counter (phiếu từ chối tiếp nhận, form 03): no dossier is registered, the slip
 * gets the agency's next number and is printed from the stored row.
 */
@Injectable()
export class IntakeRefusalsService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly refusals: IntakeRefusalRepository,
    private readonly documents: IssuedDocumentRepository,
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async refuse(input: CreateIntakeRefusalDto, user: StaffUser): Promise<IntakeRefusalEntity> {
    const agencyCode = input.receivingAgencyCode ?? user.agencyCode;
    if (!user.visibleAgencyCodes.includes(agencyCode)) throw DomainError.forbidden('You can only refuse dossiers for your own agency');
    const refusedAt = this.clock.now();
    const procedure = await this.procedures.versionInForce(input.procedureCode, toLocalDate(refusedAt));
    return this.tx.run(async () => {
      const number = await this.refusals.nextNumber(agencyCode);
      if (number === null) throw DomainError.invalid('receivingAgencyCode', `unknown agency ${agencyCode}`);
      const a = input.applicant;
      const refusal = await this.refusals.insert({
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
      // Form 03 at the counter is the centre's document: numbered among its documents of the year.
      await this.documents.issue({ form: 'refusal', issuerCode: agencyCode, dossierId: null, subject: DocumentSubject.intakeRefusal(refusal.id), issuedAt: refusedAt });
      return refusal;
    });
  }

  /** The refusal if the caller may see it; 404 otherwise, the same as an unknown id. */
  async getVisible(id: string, user: StaffUser): Promise<IntakeRefusalEntity> {
    const refusal = UUID.test(id) ? await this.refusals.find(id) : null;
    if (!refusal || !user.visibleAgencyCodes.includes(refusal.agencyCode)) throw DomainError.notFound(`Intake refusal ${id}`);
    return refusal;
  }

  async pdf(id: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const refusal = await this.getVisible(id, user);
    const [agency, procedure, issued] = await Promise.all([
      this.agencies.get(refusal.agencyCode),
      this.procedures.getById(refusal.procedureId),
      this.documents.bySubject(DocumentSubject.intakeRefusal(refusal.id)),
    ]);
    return {
      body: await renderRefusal(intakeRefusalView(refusal, agency, procedure, paper, issued)),
      fileName: `tu-choi-tiep-nhan-${agency.code}-${String(refusal.number).padStart(4, '0')}.pdf`,
    };
  }

  async view(refusal: IntakeRefusalEntity) {
    const procedure = await this.procedures.findById(refusal.procedureId);
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
