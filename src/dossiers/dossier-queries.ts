import { Inject, Injectable, Optional } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import type { DossierEntity } from './entities';
import { DossierRepository } from './dossier.repository';
import { DossierSearchQueries } from './dossier-search.queries';
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

export { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from './open-statuses';

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
    private readonly dossiers: DossierRepository,
    private readonly search: DossierSearchQueries,
    @Optional() @Inject(DUE_SOON_LIMITS) private readonly dueSoonLimits?: DueSoonLimits,
  ) {}

  /** The dossier if the caller may see it; otherwise 404, the same as an unknown code. */
  async getVisible(code: string, user: StaffUser): Promise<DossierEntity> {
    const dossier = await this.dossiers.findByCode(code);
    if (!dossier || !isVisibleTo(dossier, user)) throw DomainError.notFound(`Dossier ${code}`);
    return dossier;
  }

  async parts(dossier: Pick<DossierEntity, 'id' | 'receivingAgencyCode' | 'resolvingAgencyCode'>) {
    const { steps, events, supplementRequests, apology, agencies, issued } = await this.dossiers.details(dossier);
    const ref = (code: string): AgencyRef => agencies.find((a) => a.code === code) ?? { code, name: code };
    return {
      steps,
      events,
      supplementRequests,
      apology,
      receivingAgency: ref(dossier.receivingAgencyCode),
      resolvingAgency: ref(dossier.resolvingAgencyCode),
      issuedDocuments: issued,
    };
  }

  async list(filter: ListDossiersDto, user: StaffUser, now: Date): Promise<{ items: DossierEntity[]; total: number }> {
    if (filter.dueSoon !== undefined && !this.dueSoonLimits) throw DomainError.invalid('dueSoon', 'the due-soon window is not available');
    const dueSoonLimits = filter.dueSoon !== undefined ? await this.dueSoonLimits!.dossierLimits(now) : undefined;
    return this.search.list(filter, user, now, dueSoonLimits);
  }
}

export function isVisibleTo(dossier: DossierEntity, user: StaffUser): boolean {
  return user.visibleAgencyCodes.includes(dossier.receivingAgencyCode) || user.visibleAgencyCodes.includes(dossier.resolvingAgencyCode);
}
