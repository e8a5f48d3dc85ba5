import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { ProcedureCatalogue } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionContext } from '../database/transaction-context';
import { DossierEventRepository } from '../dossiers';
import { DossierQueries, isVisibleTo } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity } from '../dossiers';
import { AttachmentRepository } from './attachment.repository';
import { AttachmentEntity, SourceKind } from './attachment.entity';
import { findListedDocument, listedDocuments, ListedDocument } from './document-list';
import { FileStorage } from './file-storage';
import { assertIntact, CheckedFile } from './uploaded-file';

export interface NewAttachment {
  name?: string;
  documentCode?: string;
  kind?: SourceKind;
  digitised?: boolean;
  /** An earlier attachment of the same applicant, instead of a file. */
  reuseOf?: string;
  file?: CheckedFile;
}

export interface ReusableDocument {
  attachmentId: string;
  dossierCode: string;
  name: string;
  mediaType: string;
  size: number;
  createdAt: Date;
}

export interface ChecklistEntry extends ListedDocument {
  attachments: AttachmentEntity[];
  reusable: ReusableDocument[];
}

/** Digitised documents of a dossier (QĐ 766 indicators 4.2, 4.3): stored read-only, tied to the procedure's list. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly dossiers: DossierQueries,
    private readonly dossierRows: DossierRepository,
    private readonly attachments: AttachmentRepository,
    private readonly events: DossierEventRepository,
    private readonly procedures: ProcedureCatalogue,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async add(code: string, input: NewAttachment, user: StaffUser): Promise<AttachmentEntity> {
    const dossier = await this.dossiers.getVisible(code, user);
    const list = await this.documentList(dossier);
    if (input.file && input.reuseOf) throw DomainError.invalid('reuseOf', 'gửi tệp hoặc reuseOf, không gửi cả hai');
    if (!input.file && !input.reuseOf) throw DomainError.invalid('file', 'cần tệp (file) hoặc mã tệp dùng lại (reuseOf)');
    const source = input.reuseOf ? await this.reusableSource(input.reuseOf, dossier, user) : null;
    const listed = findListedDocument(list, { code: input.documentCode, name: input.name ?? source?.name });
    if (!listed) {
      const field = input.documentCode ? 'documentCode' : 'name';
      throw DomainError.invalid(field, `không có trong danh mục thành phần hồ sơ của thủ tục: ${list.map((d) => `${d.code} ${d.name}`).join('; ')}`);
    }
    const key = source?.storageKey ?? `attachments/${dossier.id}/${randomUUID()}`;
    const row: Partial<AttachmentEntity> = {
      dossierId: dossier.id,
      documentCode: listed.code,
      name: listed.name,
      mediaType: source?.mediaType ?? input.file!.mediaType,
      size: source?.size ?? input.file!.content.length,
      sha256: source?.sha256 ?? input.file!.sha256,
      storage: source?.storage ?? this.storage.kind,
      storageKey: key,
      digitised: source?.digitised ?? input.digitised ?? true,
      sourceKind: input.kind ?? source?.sourceKind ?? listed.kind,
      reuseOf: source?.id ?? null,
      applicantIdNumber: dossier.applicantIdNumber,
      uploadedBy: user.id,
      createdAt: this.clock.now(),
    };
    try {
      return await this.tx.run(async () => {
        if (!source) await this.storage.put(key, input.file!.content);
        const saved = await this.attachments.insert(row);
        await this.events.append({
          dossierId: dossier.id,
          type: 'attachment_added',
          occurredAt: row.createdAt!,
          actor: user,
          data: { attachmentId: saved.id, documentCode: listed.code, name: listed.name, sha256: row.sha256, reuseOf: row.reuseOf },
        });
        return saved;
      });
    } catch (error) {
      if (!source) await this.storage.discard(key);
      throw error;
    }
  }

  async list(code: string, user: StaffUser): Promise<AttachmentEntity[]> {
    const dossier = await this.dossiers.getVisible(code, user);
    return this.attachments.ofDossier(dossier.id);
  }

  async download(code: string, id: string, user: StaffUser): Promise<{ attachment: AttachmentEntity; bytes: Buffer }> {
    const dossier = await this.dossiers.getVisible(code, user);
    const attachment = isUuid(id) ? await this.attachments.find(id, dossier.id) : null;
    if (!attachment) throw DomainError.notFound(`Attachment ${id}`);
    const bytes = assertIntact(await this.storage.get(attachment.storageKey, attachment.storage), attachment.sha256, `Tệp ${attachment.id}`);
    return { attachment, bytes };
  }

  /** The procedure's document list at intake: what is attached, and what earlier dossiers of the applicant offer. */
  async checklist(code: string, user: StaffUser): Promise<ChecklistEntry[]> {
    const dossier = await this.dossiers.getVisible(code, user);
    const [list, attached, reusable] = await Promise.all([
      this.documentList(dossier),
      this.attachments.ofDossier(dossier.id),
      this.reusableFor(dossier, user),
    ]);
    const sameName = (a: { name: string }, b: { name: string }) => a.name.normalize('NFC').toLowerCase() === b.name.normalize('NFC').toLowerCase();
    return list.map((doc) => ({
      ...doc,
      attachments: attached.filter((a) => a.documentCode === doc.code),
      reusable: reusable.filter((r) => sameName(r, doc)),
    }));
  }

  private async documentList(dossier: DossierEntity): Promise<ListedDocument[]> {
    const procedure = await this.procedures.findById(dossier.procedureId);
    return listedDocuments(procedure?.documents ?? []);
  }

  /** Files of the applicant's earlier dossiers the caller may see (never another agency's). */
  private async reusableFor(dossier: DossierEntity, user: StaffUser): Promise<ReusableDocument[]> {
    const rows = await this.attachments.reusable(dossier.applicantIdNumber, dossier.id, user.visibleAgencyCodes);
    return rows
      .map((r) => ({ attachmentId: r.id, dossierCode: r.code, name: r.name, mediaType: r.media_type, size: r.size, createdAt: r.created_at }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  private async reusableSource(id: string, dossier: DossierEntity, user: StaffUser): Promise<AttachmentEntity> {
    const source = isUuid(id) ? await this.attachments.find(id) : null;
    const owner = source ? await this.dossierRows.findById(source.dossierId) : null;
    // One answer for unknown, invisible and another applicant's file: nothing tells them apart.
    if (!source || !owner || !isVisibleTo(owner, user) || source.applicantIdNumber !== dossier.applicantIdNumber || owner.id === dossier.id) {
      throw DomainError.invalid('reuseOf', 'không có tệp này trong các hồ sơ trước của cùng người nộp mà ông/bà được xem');
    }
    return source;
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
