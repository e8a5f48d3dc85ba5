import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import type { AgencyEntity } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { DomainError } from '../common/errors/domain-error';
import { type ApologyView, renderApology } from '../documents';
import { ApologyRepository } from '../dossiers';
import { DossierEventRepository } from '../dossiers';
import { DossierQueries } from '../dossiers';
import type { ApologyEntity, DossierEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { IssuedDocumentRepository } from '../dossiers';
import { contentText, DocumentSubject, numberOf } from '../dossiers';
import { FormSigner } from '../results';
import { applicantOf, issuingUnit } from '../slips';
import { DEFAULT_SIGNER_TITLE } from './apology.service';

export interface ApologyLetterRecord {
  dossier: DossierEntity;
  apology: ApologyEntity;
  resolving: AgencyEntity;
  receiving: AgencyEntity;
  procedureName: string;
  /** From the issued document (or, issued before numbering, the apology's audit event); the placeholder when absent. */
  signerTitle: string;
  /** "15/PXL": the number the apology was issued under; absent for one issued before numbering. */
  number?: string;
}

/** Form 04 from the stored apology: the same rows always print the same bytes. */
@Injectable()
export class ApologyLetters {
  constructor(
    private readonly dossiers: DossierQueries,
    private readonly apologies: ApologyRepository,
    private readonly events: DossierEventRepository,
    private readonly documents: IssuedDocumentRepository,
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly formSigner: FormSigner,
  ) {}

  async render(code: string, user: StaffUser, paperSize?: 'A4' | 'A5'): Promise<{ fileName: string; body: Buffer }> {
    const record = await this.record(code, user);
    const pdf = await renderApology({ ...apologyLetterView(record), ...(paperSize ? { paperSize } : {}) });
    const body = await this.formSigner.sign(pdf, record.dossier, 'Mẫu 04 phiếu xin lỗi và hẹn lại ngày trả kết quả', record.apology.issuedAt);
    return { fileName: `mau-04-xin-loi-${record.dossier.code}.pdf`, body };
  }

  private async record(code: string, user: StaffUser): Promise<ApologyLetterRecord> {
    const dossier = await this.dossiers.getVisible(code, user);
    const apology = await this.apologies.ofDossier(dossier.id);
    if (!apology) throw DomainError.notFound(`Apology of dossier ${code}`);
    const [resolving, receiving, procedure, event, issued] = await Promise.all([
      this.agencies.find(dossier.resolvingAgencyCode),
      this.agencies.find(dossier.receivingAgencyCode),
      this.procedures.findById(dossier.procedureId),
      this.events.first(dossier.id, DossierEventType.Apology),
      this.documents.bySubject(DocumentSubject.apology(dossier.id)),
    ]);
    const agency = (code: string): AgencyEntity => {
      const found = [resolving, receiving].find((a) => a?.code === code);
      if (!found) throw DomainError.notFound(`Agency ${code}`);
      return found;
    };
    const title = contentText(issued, 'signerTitle') ?? event?.data.signerTitle;
    return {
      number: numberOf(issued),
      dossier,
      apology,
      resolving: agency(dossier.resolvingAgencyCode),
      receiving: agency(dossier.receivingAgencyCode),
      procedureName: procedure?.name ?? dossier.procedureCode,
      signerTitle: typeof title === 'string' && title.trim() ? title : DEFAULT_SIGNER_TITLE,
    };
  }
}

/** Stored records → the view model of forms/apology.ts (pure: every date comes from the records). */
export function apologyLetterView(r: ApologyLetterRecord): ApologyView {
  const d = r.dossier;
  return {
    agency: issuingUnit(r.resolving),
    number: r.number,
    issuedAt: r.apology.issuedAt,
    receivingUnitName: r.receiving.name,
    receivedAt: d.receivedAt,
    procedureName: inSentence(r.procedureName),
    applicant: applicantOf(d),
    dossierCode: d.code,
    originalDueAt: r.apology.previousDueAt,
    reason: r.apology.reason,
    newDueAt: r.apology.newDueAt,
    head: { title: r.signerTitle, fullName: r.apology.signerName },
  };
}

/** "Đăng ký khai sinh" → "đăng ký khai sinh" inside a sentence; acronyms ("UBND …") are left alone. */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase('vi-VN') + name.slice(1);
}
