import type { AttachmentEntity } from './attachment.entity';
import type { ChecklistEntry } from './attachments.service';

export function attachmentView(dossierCode: string, a: AttachmentEntity) {
  return {
    id: a.id,
    name: a.name,
    documentCode: a.documentCode,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    reused: a.reuseOf !== null,
    reuseOf: a.reuseOf,
    digitised: a.digitised,
    kind: a.sourceKind,
    createdAt: a.createdAt.toISOString(),
    url: `/api/v1/dossiers/${encodeURIComponent(dossierCode)}/attachments/${a.id}`,
  };
}

export function checklistView(dossierCode: string, entries: ChecklistEntry[]) {
  return entries.map((entry) => ({
    code: entry.code,
    name: entry.name,
    required: entry.required,
    kind: entry.kind,
    attachments: entry.attachments.map((a) => attachmentView(dossierCode, a)),
    reusable: entry.reusable.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  }));
}
