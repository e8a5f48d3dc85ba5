import { Injectable } from '@nestjs/common';
import { issuerCode, issuingSide, stageOf, type IssuedForm } from '../domain/documents';
import { DossierStepRepository } from './dossier-step.repository';
import { IssuedDocumentRepository } from './issued-document.repository';
import { DocumentSubject, PLACEHOLDER_HEAD_TITLE, type IssuedDocument } from './issued-documents';

type DossierRef = { id: string; receivingAgencyCode: string; resolvingAgencyCode: string };

/** Issues a dossier's documents from the body the rules name, inside the caller's transaction. */
@Injectable()
export class DocumentIssuer {
  constructor(
    private readonly documents: IssuedDocumentRepository,
    private readonly steps: DossierStepRepository,
  ) {}

  /**
   * From the body the rules name (issuingSide), with the signer's title defaulting to that body's
   * head's real title. A 02 or 03 is the counter's while the dossier has not been handed on, the
   * resolving authority's once it is under appraisal.
   */
  async issueForDossier(args: {
    form: IssuedForm;
    dossier: DossierRef;
    subject: string;
    issuedAt: Date;
    content?: Record<string, unknown>;
    /** For forms signed by the body's head: the title typed by the user, if any. */
    signerTitle?: string | null;
  }): Promise<IssuedDocument> {
    const side = issuingSide(args.form, stageOf(await this.steps.count(args.dossier.id)));
    const issuer = issuerCode(side, args.dossier);
    const content = { ...(args.content ?? {}) };
    // An authority's refusal after appraisal is signed by its head, like its 04 and 05.
    const signedByHead = args.signerTitle !== undefined || (args.form === 'refusal' && side === 'resolving');
    if (signedByHead) content.signerTitle = args.signerTitle?.trim() || (await this.headTitleOf(issuer));
    return this.documents.issue({ form: args.form, issuerCode: issuer, dossierId: args.dossier.id, subject: args.subject, issuedAt: args.issuedAt, content });
  }

  /** The head's title as the body signs ("CHỦ TỊCH", "GIÁM ĐỐC"), or the placeholder when none is configured. */
  async headTitleOf(agencyCode: string): Promise<string> {
    return (await this.documents.headTitleOf(agencyCode)) || PLACEHOLDER_HEAD_TITLE;
  }

  /**
   * A restart after a supplement (NĐ 61 Art. 19.4) is a new receipt: a new form 01 with its own
   * date, number and appointment; the first one stays as it was issued. A paused clock issues none.
   */
  async issueRestartReceipt(dossier: DossierRef & { procedureId: string; dueAt: Date }, at: Date): Promise<IssuedDocument | null> {
    if ((await this.documents.supplementPolicyOf(dossier.procedureId)) !== 'restart') return null;
    const n = await this.documents.countOfDossier(dossier.id, 'receipt');
    return this.issueForDossier({
      form: 'receipt',
      dossier,
      subject: DocumentSubject.receipt(dossier.id, n + 1),
      issuedAt: at,
      content: { receivedAt: at.toISOString(), dueAt: dossier.dueAt.toISOString(), restart: true },
    });
  }

  /** Form 03 after appraisal, or form 05 for a stop or a withdrawal: issued with the ending. */
  issueEnding(dossier: DossierRef, action: 'refuse' | 'stop' | 'withdraw', at: Date, data: Record<string, unknown>): Promise<IssuedDocument> {
    const form: IssuedForm = action === 'refuse' ? 'refusal' : action === 'stop' ? 'stop_notice' : 'withdrawal_notice';
    const signer = action === 'refuse' ? {} : { signerTitle: typeof data.signerTitle === 'string' ? data.signerTitle : null };
    const subject = action === 'refuse' ? DocumentSubject.refusal(dossier.id) : DocumentSubject.ending(dossier.id);
    const content = typeof data.signerName === 'string' ? { signerName: data.signerName } : {};
    return this.issueForDossier({ form, dossier, subject, issuedAt: at, content, ...signer });
  }
}
