import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import type { AgencyEntity } from '../catalogue';
import { DomainError } from '../common/errors/domain-error';

/** The agency a report is about and every agency whose dossiers it counts (a province counts its communes). */
export interface ReportScope {
  agency: AgencyEntity;
  agencyCodes: string[];
}

@Injectable()
export class ReportScopes {
  constructor(private readonly agencies: AgencyDirectory) {}

  /** The caller's own agency by default; another one only within the caller's scope (403 otherwise). */
  async resolve(user: StaffUser, agencyCode?: string): Promise<ReportScope> {
    const code = agencyCode ?? user.agencyCode;
    const agency = await this.agencies.find(code);
    if (!agency) throw DomainError.notFound(`Agency ${code}`);
    if (!user.visibleAgencyCodes.includes(code)) throw DomainError.forbidden(`Reports of agency ${code} are outside your scope`);
    return { agency, agencyCodes: await this.agencies.visibleFrom(code) };
  }

  /** Without a caller (the CLI): any existing agency. */
  async forAgency(code: string): Promise<ReportScope> {
    const agency = await this.agencies.get(code);
    return { agency, agencyCodes: await this.agencies.visibleFrom(code) };
  }
}
