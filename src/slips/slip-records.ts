import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { UserEntity } from '../auth';
import { AgencyEntity, ProcedureEntity } from '../catalogue';
import { DomainError } from '../common/errors/domain-error';
import { DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from '../dossiers';
import type { IssuedDocument } from '../dossiers';

/** Everything a dossier's forms are printed from: stored rows only, never "now". */
export interface DossierRecord {
  dossier: DossierEntity;
  receiving: AgencyEntity;
  resolving: AgencyEntity;
  /** The procedure version the dossier was received under. */
  procedure: ProcedureEntity;
  /** users.full_name of the officer who received the dossier (created_by), or the name on the receipt event. */
  receivingOfficerName: string | null;
  /** The documents issued for the dossier, oldest first: what reprints repeat. */
  issued: IssuedDocument[];
}

/** One line of the tracking register (sổ theo dõi), joined with its procedure and resolving agency. */
export interface RegisterRecord {
  dossier: DossierEntity;
  procedureName: string;
  resolvingAgencyName: string;
}

/** Reads for the printed forms. Scope is checked by the caller (DossierQueries.getVisible). */
@Injectable()
export class SlipRecords {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forDossier(dossier: DossierEntity): Promise<DossierRecord> {
    const agencies = await this.db.getRepository(AgencyEntity).findBy({ code: In([dossier.receivingAgencyCode, dossier.resolvingAgencyCode]) });
    const agency = (code: string) => {
      const found = agencies.find((a) => a.code === code);
      if (!found) throw DomainError.notFound(`Agency ${code}`);
      return found;
    };
    const procedure = await this.db.getRepository(ProcedureEntity).findOne({ where: { id: dossier.procedureId }, relations: { field: true } });
    if (!procedure) throw DomainError.notFound(`Procedure ${dossier.procedureCode} v${dossier.procedureVersion}`);
    return {
      dossier,
      receiving: agency(dossier.receivingAgencyCode),
      resolving: agency(dossier.resolvingAgencyCode),
      procedure,
      receivingOfficerName: await this.receivingOfficerName(dossier),
      issued: await this.db.query(
        `SELECT id, issuer_code AS "issuerCode", year, number, form, dossier_id AS "dossierId", subject, issued_at AS "issuedAt", content
           FROM issued_documents WHERE dossier_id = $1 ORDER BY issued_at, number`,
        [dossier.id],
      ),
    };
  }

  steps(dossierId: string): Promise<DossierStepEntity[]> {
    return this.db.getRepository(DossierStepEntity).find({ where: { dossierId }, order: { position: 'ASC' } });
  }

  supplementRequest(dossierId: string, number: number): Promise<SupplementRequestEntity | null> {
    return this.db.getRepository(SupplementRequestEntity).findOneBy({ dossierId, number });
  }

  /** The last event of one of these types (e.g. the stop or the refusal the form reports). */
  lastEvent(dossierId: string, types: string[]): Promise<DossierEventEntity | null> {
    return this.db.getRepository(DossierEventEntity).findOne({ where: { dossierId, type: In(types) }, order: { id: 'DESC' } });
  }

  agency(code: string): Promise<AgencyEntity | null> {
    return this.db.getRepository(AgencyEntity).findOneBy({ code });
  }

  procedure(id: string): Promise<ProcedureEntity | null> {
    return this.db.getRepository(ProcedureEntity).findOneBy({ id });
  }

  /** Dossiers received by one agency in [from, to), in the order they were entered in the register (never renumbered). */
  async register(agencyCode: string, from: Date, to: Date): Promise<RegisterRecord[]> {
    const rows = await this.db
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

  private async receivingOfficerName(dossier: DossierEntity): Promise<string | null> {
    if (dossier.createdBy) {
      const user = await this.db.getRepository(UserEntity).findOneBy({ id: dossier.createdBy });
      if (user) return user.fullName;
    }
    const received = await this.db.getRepository(DossierEventEntity).findOne({ where: { dossierId: dossier.id, type: 'received' }, order: { id: 'ASC' } });
    return received?.actorName ?? null;
  }
}
