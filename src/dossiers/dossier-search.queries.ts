import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AgencyEntity } from '../catalogue';
import { ProcedureEntity } from '../catalogue';
import type { StaffUser } from '../auth';
import { localInstant } from '../common/local-time';
import { TransactionContext } from '../database/transaction-context';
import { CLOCK_RUNNING_STATUSES } from './open-statuses';
import type { ListDossiersDto } from './dto/list-dossiers.dto';
import { DossierEntity } from './entities';

/** One line of the tracking register (sổ theo dõi), joined with its procedure and resolving agency. */
export interface RegisterRecord {
  dossier: DossierEntity;
  procedureName: string;
  resolvingAgencyName: string;
}

/** The staff's dossier list: filters, search and paging, always within the caller's agency scope. */
@Injectable()
export class DossierSearchQueries {
  constructor(private readonly tx: TransactionContext) {}

  async list(filter: ListDossiersDto, user: StaffUser, now: Date, dueSoonLimits?: Record<string, string>): Promise<{ items: DossierEntity[]; total: number }> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 20;
    const query = this.tx.manager
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
      const limits = JSON.stringify(dueSoonLimits ?? {});
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

  /** Dossiers received by one agency in [from, to), in register order (never renumbered). */
  async register(agencyCode: string, from: Date, to: Date): Promise<RegisterRecord[]> {
    const rows = await this.tx.manager
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .innerJoin(ProcedureEntity, 'p', 'p.id = d.procedure_id')
      .innerJoin(AgencyEntity, 'r', 'r.code = d.resolving_agency_code')
      .addSelect('p.name', 'procedure_name')
      .addSelect('r.name', 'resolving_name')
      .where('d.receiving_agency_code = :agencyCode', { agencyCode })
      .andWhere('d.received_at >= :from AND d.received_at < :to', { from, to })
      .orderBy('d.register_year', 'ASC')
      .addOrderBy('d.register_entry', 'ASC')
      .getRawAndEntities();
    const names = new Map(rows.raw.map((raw: Record<string, unknown>) => [String(raw.d_id), raw]));
    return rows.entities.map((dossier) => ({
      dossier,
      procedureName: String(names.get(dossier.id)?.procedure_name ?? dossier.procedureCode),
      resolvingAgencyName: String(names.get(dossier.id)?.resolving_name ?? dossier.resolvingAgencyCode),
    }));
  }
}

/** A bare date means "before the end of that day" in Vietnam. */
function dueBeforeInstant(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(localInstant(value).getTime() + 24 * 3600_000);
  return new Date(value);
}
