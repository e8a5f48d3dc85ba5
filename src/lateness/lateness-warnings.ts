import { Injectable } from '@nestjs/common';
import { hasRole, StaffUser } from '../auth';
import type { LatenessWarningEntity } from './lateness-warning.entity';
import { LatenessWarningRepository } from './lateness-warning.repository';

/** Reads of the warnings: heads, managers and administrators see their agencies'; officers those addressed to them. */
@Injectable()
export class LatenessWarnings {
  constructor(private readonly warnings: LatenessWarningRepository) {}

  forUser(user: StaffUser, page: number, pageSize: number): Promise<{ items: (LatenessWarningEntity & { dossierCode: string })[]; total: number }> {
    const recipient = hasRole(user, 'head', 'manager', 'admin') ? null : { id: user.id, name: user.fullName };
    return this.warnings.page(user.visibleAgencyCodes, recipient, page, pageSize);
  }
}
