import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasRole, StaffUser } from '../auth';
import { LatenessWarningEntity } from './lateness-warning.entity';

/** Reads of the warnings: heads, managers and administrators see their agencies'; officers those addressed to them. */
@Injectable()
export class LatenessWarnings {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forUser(user: StaffUser, page: number, pageSize: number): Promise<{ items: (LatenessWarningEntity & { dossierCode: string })[]; total: number }> {
    const query = this.db
      .getRepository(LatenessWarningEntity)
      .createQueryBuilder('w')
      .innerJoin('dossiers', 'd', 'd.id = w.dossier_id')
      .addSelect('d.code', 'dossier_code')
      .where('w.agency_code IN (:...agencies)', { agencies: user.visibleAgencyCodes });
    if (!hasRole(user, 'head', 'manager', 'admin')) {
      query.andWhere('(w.recipient_user_id = :me OR w.recipient_name = :myName)', { me: user.id, myName: user.fullName });
    }
    const total = await query.getCount();
    const { entities, raw } = await query
      .orderBy('w.raised_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities();
    const codes = new Map(raw.map((r: { w_id: string; dossier_code: string }) => [String(r.w_id), r.dossier_code]));
    return { items: entities.map((w) => Object.assign(w, { dossierCode: codes.get(String(w.id)) ?? '' })), total };
  }
}
