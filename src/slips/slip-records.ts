import { Injectable } from '@nestjs/common';
import { UserRepository } from '../auth';
import type { AgencyEntity } from '../catalogue';
import { AgencyDirectory } from '../catalogue';
import type { ProcedureEntity } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { DomainError } from '../common/errors/domain-error';
import { DossierEventRepository } from '../dossiers';
import { DossierSearchQueries } from '../dossiers';
import { DossierStepRepository } from '../dossiers';
import type { DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from '../dossiers';
import { IssuedDocumentRepository } from '../dossiers';
import type { IssuedDocument } from '../dossiers';
import type { RegisterRecord } from '../dossiers';
import { SupplementRequestRepository } from '../dossiers';

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

export type { RegisterRecord } from '../dossiers/dossier-search.queries';

/** Reads for the printed forms. Scope is checked by the caller (DossierQueries.getVisible). */
@Injectable()
export class SlipRecords {
  constructor(
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly users: UserRepository,
    private readonly stepRows: DossierStepRepository,
    private readonly events: DossierEventRepository,
    private readonly requests: SupplementRequestRepository,
    private readonly documents: IssuedDocumentRepository,
    private readonly search: DossierSearchQueries,
  ) {}

  async forDossier(dossier: DossierEntity): Promise<DossierRecord> {
    const agencies = await Promise.all([this.agencies.find(dossier.receivingAgencyCode), this.agencies.find(dossier.resolvingAgencyCode)]);
    const agency = (code: string): AgencyEntity => {
      const found = agencies.find((a) => a?.code === code);
      if (!found) throw DomainError.notFound(`Agency ${code}`);
      return found;
    };
    const procedure = await this.procedures.findById(dossier.procedureId);
    if (!procedure) throw DomainError.notFound(`Procedure ${dossier.procedureCode} v${dossier.procedureVersion}`);
    return {
      dossier,
      receiving: agency(dossier.receivingAgencyCode),
      resolving: agency(dossier.resolvingAgencyCode),
      procedure,
      receivingOfficerName: await this.receivingOfficerName(dossier),
      issued: await this.documents.allOfDossier(dossier.id),
    };
  }

  steps(dossierId: string): Promise<DossierStepEntity[]> {
    return this.stepRows.list(dossierId);
  }

  supplementRequest(dossierId: string, number: number): Promise<SupplementRequestEntity | null> {
    return this.requests.byNumber(dossierId, number);
  }

  /** The last event of one of these types (e.g. the stop or the refusal the form reports). */
  lastEvent(dossierId: string, types: string[]): Promise<DossierEventEntity | null> {
    return this.events.latest(dossierId, types);
  }

  agency(code: string): Promise<AgencyEntity | null> {
    return this.agencies.find(code);
  }

  procedure(id: string): Promise<ProcedureEntity | null> {
    return this.procedures.findById(id);
  }

  /** Dossiers received by one agency in [from, to), in the order they were entered in the register (never renumbered). */
  register(agencyCode: string, from: Date, to: Date): Promise<RegisterRecord[]> {
    return this.search.register(agencyCode, from, to);
  }

  private async receivingOfficerName(dossier: DossierEntity): Promise<string | null> {
    if (dossier.createdBy) {
      const user = await this.users.findById(dossier.createdBy);
      if (user) return user.fullName;
    }
    const received = await this.events.first(dossier.id, 'received');
    return received?.actorName ?? null;
  }
}
