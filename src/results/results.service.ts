import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FileContent, FileStorage } from '../attachments';
import { assertIntact, sha256Hex } from '../attachments';
import { isUuid } from '../attachments';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TransactionContext } from '../database/transaction-context';
import { renderElectronicResult } from '../documents';
import { DossierEventRepository } from '../dossiers';
import { DossierQueries } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity } from '../dossiers';
import { issuingUnit, applicantOf } from '../slips';
import { DocumentSigner } from './document-signer';
import { TrackingTokens } from '../dossiers';
import type { DossierResultEntity } from './dossier-result.entity';
import { DossierResultRepository } from './dossier-result.repository';
import { signingAuthorityCode } from './signing-authority';
import { SigningCertificates, SigningIdentityOf } from './signing-certificates';

/** Statuses that ended without a result (refused, withdrawn, stopped): nothing to issue. */
const ENDED_WITHOUT_RESULT = [3, 7, 8];

export interface IssueResult {
  title: string;
  /** The authority's own PDF; absent with `generate`. */
  pdf?: Buffer;
  generate?: boolean;
}

/** A result as DVCQG's DanhSachGiayToKetQua lists it (DVCQG.md). */
export interface DvcqgResultItem {
  TenGiayTo: string;
  MaGiayToKetQua: string;
  DuongDanTepTinKetQua: string;
}

/** The citizen's download path of a result (opened with the QR token). */
export function publicResultPath(dossierCode: string, resultId: string, token: string): string {
  return `/api/v1/public/dossiers/${encodeURIComponent(dossierCode)}/results/${resultId}.pdf?t=${encodeURIComponent(token)}`;
}

/** Electronic results (QĐ 766 indicator 4.1): the authority's PDF, signed (PAdES), stored read-only. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly tokens: TrackingTokens,
    private readonly dossiers: DossierQueries,
    private readonly dossierRows: DossierRepository,
    private readonly results: DossierResultRepository,
    private readonly events: DossierEventRepository,
    private readonly procedures: ProcedureCatalogue,
    private readonly agencies: AgencyDirectory,
    private readonly storage: FileStorage,
    private readonly certificates: SigningCertificates,
    private readonly signer: DocumentSigner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(code: string, input: IssueResult, user: StaffUser): Promise<DossierResultEntity> {
    const dossier = await this.dossiers.getVisible(code, user);
    const authority = signingAuthorityCode(dossier);
    // Its own staff (or the staff of the centre that serves it) only: a province-level account sees the
    // commune's dossiers but does not sign for it.
    if (user.agencyCode !== authority && (await this.agencies.get(user.agencyCode)).authorityCode !== authority) {
      throw DomainError.forbidden('Only the resolving authority issues the result');
    }
    if (ENDED_WITHOUT_RESULT.includes(dossier.status)) throw DomainError.conflict('The dossier ended without a result');
    if (!input.pdf && !input.generate) throw DomainError.invalid('file', 'cần tệp PDF kết quả, hoặc generate=true để hệ thống lập');
    const identity = await this.certificates.identityFor(authority);
    if (!identity) throw DomainError.rule('No signing certificate is configured for the resolving authority (SIGNING_P12_FILE)');
    const pdf = input.pdf ?? (await this.generate(dossier, input.title, identity));
    const signed = await this.signer.sign(pdf, identity, `Kết quả giải quyết hồ sơ ${dossier.code}`).catch(() => {
      throw DomainError.rule('The PDF cannot be read to be signed (damaged or encrypted)', 'file');
    });
    const key = `results/${dossier.id}/${randomUUID()}`;
    const now = this.clock.now();
    try {
      return await this.tx.run(async () => {
        await this.dossierRows.lockById(dossier.id);
        const next = await this.results.nextNumber(dossier.id);
        await this.storage.put(key, FileContent.of(signed));
        const saved = await this.results.insert({
          dossierId: dossier.id,
          number: next,
          code: `${dossier.code}-KQ${String(next).padStart(2, '0')}`,
          title: input.title,
          size: signed.length,
          sha256: sha256Hex(signed),
          storage: this.storage.kind,
          storageKey: key,
          signerSubject: identity.signer.subject,
          demoCertificate: identity.demo,
          signedAt: now,
          createdBy: user.id,
        });
        await this.events.append({
          dossierId: dossier.id,
          type: 'result_issued',
          occurredAt: now,
          actor: user,
          data: { resultId: saved.id, code: saved.code, title: saved.title, sha256: saved.sha256, demo: identity.demo },
        });
        return saved;
      });
    } catch (error) {
      await this.storage.discard(key);
      throw error;
    }
  }

  async list(code: string, user: StaffUser): Promise<DossierResultEntity[]> {
    const dossier = await this.dossiers.getVisible(code, user);
    return this.ofDossier(dossier.id);
  }

  ofDossier(dossierId: string): Promise<DossierResultEntity[]> {
    return this.results.ofDossier(dossierId);
  }

  async staffDownload(code: string, id: string, user: StaffUser): Promise<{ result: DossierResultEntity; bytes: Buffer }> {
    const dossier = await this.dossiers.getVisible(code, user);
    return this.download(dossier.id, id, { channel: 'staff', userId: user.id, client: null });
  }

  /** For the public page, once the QR token proved the dossier. */
  publicDownload(dossierId: string, id: string, client: string | undefined): Promise<{ result: DossierResultEntity; bytes: Buffer }> {
    return this.download(dossierId, id, { channel: 'public', userId: null, client: client ?? null });
  }

  /** DanhSachGiayToKetQua of the DVCQG record: each result's title, code and the citizen's download link. */
  async dvcqgResults(dossierId: string): Promise<DvcqgResultItem[]> {
    const dossier = await this.dossierRows.findById(dossierId);
    if (!dossier) return [];
    return (await this.ofDossier(dossierId)).map((r) => ({
      TenGiayTo: r.title,
      MaGiayToKetQua: r.code,
      DuongDanTepTinKetQua: `${this.config.publicBaseUrl}${publicResultPath(dossier.code, r.id, this.tokens.tokenOf(dossier.id))}`,
    }));
  }

  private async download(dossierId: string, id: string, by: { channel: 'staff' | 'public'; userId: string | null; client: string | null }) {
    const result = isUuid(id) ? await this.results.find(id, dossierId) : null;
    if (!result) throw DomainError.notFound(`Result ${id}`);
    const bytes = assertIntact(await this.storage.get(result.storageKey, result.storage), result.sha256, `Kết quả ${result.code}`);
    await this.results.recordDownload({ resultId: result.id, channel: by.channel, at: this.clock.now(), client: by.client, userId: by.userId });
    return { result, bytes };
  }

  private async generate(dossier: DossierEntity, title: string, identity: SigningIdentityOf): Promise<Buffer> {
    const [procedure, agency] = await Promise.all([this.procedures.findById(dossier.procedureId), this.agencies.get(signingAuthorityCode(dossier))]);
    const unit = issuingUnit(agency);
    return renderElectronicResult({
      authority: { ...unit, governingBody: '', name: unit.governingBody },
      title,
      issuedAt: this.clock.now(),
      procedureName: procedure?.name ?? dossier.procedureCode,
      dossierCode: dossier.code,
      applicant: applicantOf(dossier),
      outcome: dossier.outcome,
      demo: identity.demo,
      signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    });
  }
}
