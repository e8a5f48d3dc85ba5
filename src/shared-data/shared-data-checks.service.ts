import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import { DossierQueries } from '../dossiers';
import type { RecordSharedDataCheckDto } from './dto/record-shared-data-check.dto';
import { SharedDataCheck, SharedDataCheckRepository } from './shared-data-check.repository';

/** Records that the applicant's data was checked against a shared national database (indicator 4.4). */
@Injectable()
export class SharedDataChecksService {
  constructor(
    private readonly dossiers: DossierQueries,
    private readonly checks: SharedDataCheckRepository,
    private readonly clock: Clock,
  ) {}

  async record(code: string, input: RecordSharedDataCheckDto, user: StaffUser): Promise<SharedDataCheck> {
    const dossier = await this.dossiers.getVisible(code, user);
    return this.checks.add({
      dossierId: dossier.id,
      source: input.source,
      outcome: input.outcome,
      reference: input.reference ?? null,
      checkedAt: this.clock.now(),
      checkedBy: user.id,
      checkedByName: user.fullName,
    });
  }

  async list(code: string, user: StaffUser): Promise<SharedDataCheck[]> {
    const dossier = await this.dossiers.getVisible(code, user);
    return this.checks.ofDossier(dossier.id);
  }
}
