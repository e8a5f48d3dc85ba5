import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { localInstant } from '../common/local-time';
import { ApologyEntity, DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from './entities';
import type { ListDossiersDto } from './dto/list-dossiers.dto';
import type { IssuedForm } from '../domain/documents';

export interface AgencyRef {
  code: string;
  name: string;
}

export interface IssuedDocumentRow {
  form: IssuedForm;
  number: number;
  issuerCode: string;
  issuedAt: Date;
}

/** Statuses in which processing is still going on (the deadline matters). */
export const OPEN_STATUSES = [1, 2, 4, 5, 6];

/**
 * Open statuses in which the legal clock runs: while the applicant supplements (5) the deadline
 * waits (it restarts or resumes on receipt), so such a dossier is neither due soon nor overdue.
 */
export const CLOCK_RUNNING_STATUSES = OPEN_STATUSES.filter((status) => status !== 5);

/**
 * The last due instant that is "due soon" at `now`, per resolving agency (working time, so it comes
 * from each agency's calendar): provided by the lateness module for the dueSoon filter.
 */
export interface DueSoonLimits {
  /** Agency code → ISO instant. */
  dossierLimits(now: Date): Promise<Record<string, string>>;
}
export const DUE_SOON_LIMITS = Symbol('DUE_SOON_LIMITS');

/** Reads of dossiers, always within the caller's agency scope. */
@Injectable()
export class DossierQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(DUE_SOON_LIMITS) private readonly dueSoonLimits?: DueSoonLimits,
  ) {}

  /** The dossier if the caller may see it; otherwise 404, the same as an unknown code. */
  async getVisible(code: string, user: StaffUser): Promise<DossierEntity> {
    const dossier = await this.db.getRepository(DossierEntity).findOneBy({ code });
    if (!dossier || !isVisibleTo(dossier, user)) throw DomainError.notFound(`Dossier ${code}`);
    return dossier;
  }

  async parts(dossier: Pick<DossierEntity, 'id' | 'receivingAgencyCode' | 'resolvingAgencyCode'>) {
    const dossierId = dossier.id;
    const [steps, events, supplementRequests, apology, agencies, issued] = await Promise.all([
      this.db.getRepository(DossierStepEntity).find({ where: { dossierId }, order: { position: 'ASC' } }),
      this.db.getRepository(DossierEventEntity).find({ where: { dossierId }, order: { id: 'ASC' } }),
      this.db.getRepository(SupplementRequestEntity).find({ where: { dossierId }, order: { number: 'ASC' } }),
      this.db.getRepository(ApologyEntity).findOneBy({ dossierId }),
      this.db.query(`SELECT code, name FROM agencies WHERE code IN ($1, $2)`, [dossier.receivingAgencyCode, dossier.resolvingAgencyCode]) as Promise<AgencyRef[]>,
      this.db.query(`SELECT form, number, issuer_code AS "issuerCode", issued_at AS "issuedAt" FROM issued_documents WHERE dossier_id = $1 ORDER BY issued_at, number`, [dossierId]),
    ]);
    const ref = (code: string): AgencyRef => agencies.find((a) => a.code === code) ?? { code, name: code };
    return {
      steps,
      events,
      supplementRequests,
      apology,
      receivingAgency: ref(dossier.receivingAgencyCode),
      resolvingAgency: ref(dossier.resolvingAgencyCode),
      issuedDocuments: issued as IssuedDocumentRow[],
    };
  }

  async list(filter: ListDossiersDto, user: StaffUser, now: Date): Promise<{ items: DossierEntity[]; total: number }> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 20;
    const query = this.db
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where(
        new Brackets((scope) =>
          scope
            .where('d.receiving_agency_code IN (:...agencies)', { agencies: user.visibleAgencyCodes })
            .orWhere('d.resolving_agency_code IN (:...agencies)', { agencies: user.visibleAgencyCodes }),
        ),
      );
    if (filter.agencyCode) {
      query.andWhere('(d.receiving_agency_code = :agency OR d.resolving_agency_code = :agency)', { agency: filter.agencyCode });
    }
    if (filter.status) query.andWhere('d.status IN (:...statuses)', { statuses: filter.status.split(',').map(Number) });
    if (filter.overdue !== undefined) {
      const comparison = filter.overdue ? 'd.due_at < :now' : 'd.due_at >= :now';
      query.andWhere(`d.status IN (:...open) AND ${comparison}`, { open: CLOCK_RUNNING_STATUSES, now });
    }
    if (filter.dueSoon !== undefined) {
      if (!this.dueSoonLimits) throw DomainError.invalid('dueSoon', 'the due-soon window is not available');
      const limits = JSON.stringify(await this.dueSoonLimits.dossierLimits(now));
      const within = 'd.due_at >= :now AND d.due_at <= (CAST(:dueSoonLimits AS jsonb) ->> d.resolving_agency_code)::timestamptz';
      query.andWhere(`d.status IN (:...open) AND ${filter.dueSoon ? '' : 'NOT '}COALESCE(${within}, false)`, { open: CLOCK_RUNNING_STATUSES, now, dueSoonLimits: limits });
    }
    if (filter.lateWithoutApology !== undefined) {
      const late = 'd.due_at < :now AND NOT EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id)';
      query.andWhere(`d.status IN (:...open) AND ${filter.lateWithoutApology ? '' : 'NOT '}(${late})`, { open: CLOCK_RUNNING_STATUSES, now });
    }
    if (filter.apology) {
      query.andWhere(`${filter.apology === 'none' ? 'NOT ' : ''}EXISTS (SELECT 1 FROM apologies a WHERE a.dossier_id = d.id)`);
    }
    const mine = filter.assignee === 'me' ? true : filter.mine;
    if (mine !== undefined) {
      const assigned = 'EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id AND s.finished_at IS NULL AND (s.to_user_id = :me OR s.to_officer = :myName))';
      query.andWhere(`${mine ? '' : 'NOT '}${assigned}`, { me: user.id, myName: user.fullName });
    }
    if (filter.dueBefore) query.andWhere('d.due_at < :dueBefore', { dueBefore: dueBeforeInstant(filter.dueBefore) });
    if (filter.procedureCode) query.andWhere('d.procedure_code = :procedureCode', { procedureCode: filter.procedureCode });
    if (filter.q) {
      const text = filter.q.normalize('NFC').trim();
      const digits = text.replace(/\D/g, '');
      query.andWhere(
        new Brackets((search) => {
          search.where('d.code ILIKE :like', { like: `%${text}%` });
          search.orWhere('unaccent_vi(d.applicant_name) LIKE unaccent_vi(:like)');
          if (digits.length >= 4) search.orWhere('d.applicant_phone LIKE :phone', { phone: `%${digits}%` });
        }),
      );
    }
    const [items, total] = await query
      .orderBy('d.due_at', filter.overdue || filter.dueBefore || filter.dueSoon || filter.lateWithoutApology ? 'ASC' : 'DESC')
      .addOrderBy('d.code', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

export function isVisibleTo(dossier: DossierEntity, user: StaffUser): boolean {
  return user.visibleAgencyCodes.includes(dossier.receivingAgencyCode) || user.visibleAgencyCodes.includes(dossier.resolvingAgencyCode);
}

/** A bare date means "before the end of that day" in Vietnam. */
function dueBeforeInstant(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(localInstant(value).getTime() + 24 * 3600_000);
  return new Date(value);
}
