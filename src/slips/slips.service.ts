import { Inject, Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DossierStatus } from '../domain/dossier';
import { renderControlSlip, renderReceipt, renderRefusal, renderRegister, renderStopNotice, renderSupplementRequest, type PaperOptions } from '../documents';
import { DossierQueries } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { trackingUrl } from '../dossiers';
import { TrackingTokens } from '../dossiers';
import { renderRegisterXlsx } from './register-xlsx';
import { registerPeriod } from './register-period';
import { SlipRecords } from './slip-records';
import { FormSigner } from '../results';
import { controlSlipView, dossierRefusalView, receiptView, registerView, stopNoticeView, supplementRequestView } from './slip-views';

/** A rendered document and the ASCII file name it is served under. */
export interface RenderedFile {
  body: Buffer;
  fileName: string;
}

/** Safe in a quoted Content-Disposition filename: dossier codes are ASCII already. */
export function asciiFileName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9._-]+/g, '-');
}

/**
 * The printed forms of a dossier (01, 02, 03, 05, 06) and the register (07), rendered from stored
 * rows only, so a reprint is byte-identical while the dossier has not changed.
 */
@Injectable()
export class SlipsService {
  constructor(
    private readonly dossiers: DossierQueries,
    private readonly records: SlipRecords,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly formSigner: FormSigner,
    private readonly tokens: TrackingTokens,
  ) {}

  async receipt(code: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const record = await this.records.forDossier(await this.dossiers.getVisible(code, user));
    const url = trackingUrl(this.config.publicBaseUrl, record.dossier.code, this.tokens.tokenOf(record.dossier.id));
    return { body: await renderReceipt(receiptView(record, url, paper)), fileName: `${record.dossier.code}-giay-hen.pdf` };
  }

  async supplementRequest(code: string, number: number, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const dossier = await this.dossiers.getVisible(code, user);
    const request = await this.records.supplementRequest(dossier.id, number);
    if (!request) throw DomainError.notFound(`Supplement request ${number} of dossier ${code}`);
    const record = await this.records.forDossier(dossier);
    return { body: await renderSupplementRequest(supplementRequestView(record, request, paper)), fileName: `${dossier.code}-yeu-cau-bo-sung-${number}.pdf` };
  }

  /** Form 03 of a dossier refused after appraisal (status 3); 404 for any other dossier. */
  async refusal(code: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const dossier = await this.dossiers.getVisible(code, user);
    if (dossier.status !== DossierStatus.Refused) throw DomainError.notFound(`Refusal of dossier ${code}`);
    const [record, event] = await Promise.all([this.records.forDossier(dossier), this.records.lastEvent(dossier.id, [DossierEventType.Refused])]);
    return { body: await renderRefusal(dossierRefusalView(record, event, paper)), fileName: `${dossier.code}-tu-choi.pdf` };
  }

  /** Form 05 of a stopped (8) or withdrawn (7) dossier; 404 for any other. */
  async stopNotice(code: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const dossier = await this.dossiers.getVisible(code, user);
    if (dossier.status !== DossierStatus.Stopped && dossier.status !== DossierStatus.Withdrawn) {
      throw DomainError.notFound(`Stop notice of dossier ${code}`);
    }
    const [record, event] = await Promise.all([
      this.records.forDossier(dossier),
      this.records.lastEvent(dossier.id, [DossierEventType.Stopped, DossierEventType.Withdrawn]),
    ]);
    const view = stopNoticeView(record, event, paper);
    const body = await this.formSigner.sign(await renderStopNotice(view), dossier, 'Mẫu 05 thông báo dừng giải quyết', view.issuedAt);
    return { body, fileName: `${dossier.code}-thong-bao-dung.pdf` };
  }

  async controlSlip(code: string, user: StaffUser, paper: PaperOptions): Promise<RenderedFile> {
    const dossier = await this.dossiers.getVisible(code, user);
    const [record, steps] = await Promise.all([this.records.forDossier(dossier), this.records.steps(dossier.id)]);
    return { body: await renderControlSlip(controlSlipView(record, steps, paper)), fileName: `${dossier.code}-phieu-kiem-soat.pdf` };
  }

  async register(
    query: { from?: string; to?: string; agencyCode?: string },
    user: StaffUser,
    format: 'pdf' | 'xlsx',
    paper: PaperOptions,
  ): Promise<RenderedFile> {
    const period = registerPeriod(query, this.clock.now());
    const code = query.agencyCode ?? user.agencyCode;
    if (!user.visibleAgencyCodes.includes(code)) throw DomainError.forbidden(`The register of agency ${code} is outside your scope`);
    const agency = await this.records.agency(code);
    if (!agency) throw DomainError.notFound(`Agency ${code}`);
    const rows = await this.records.register(agency.code, period.from, period.end);
    const view = registerView(agency, { from: period.from, to: period.lastDay, issuedAt: period.lastDay }, rows, paper);
    const body = format === 'pdf' ? await renderRegister(view) : await renderRegisterXlsx(view);
    return { body, fileName: asciiFileName(`so-theo-doi-ho-so-${agency.code}-${period.fromDate}-${period.toDate}.${format}`) };
  }
}
