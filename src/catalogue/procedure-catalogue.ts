import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { ProcedureEntity } from './procedure.entity';

/** Procedures with their versions: a dossier always uses the version in force on its receipt date. */
@Injectable()
export class ProcedureCatalogue {
  constructor(@InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>) {}

  /** Versions in force on `date` (YYYY-MM-DD), optionally for one agency level and a search text. */
  async inForce(date: string, filter: { level?: 'province' | 'commune'; q?: string } = {}): Promise<ProcedureEntity[]> {
    const query = this.procedures
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.field', 'field')
      .where('p.effective_from <= :date AND (p.effective_to IS NULL OR p.effective_to > :date)', { date })
      .orderBy('field.name', 'ASC')
      .addOrderBy('p.name', 'ASC');
    if (filter.level) query.andWhere('p.agency_level = :level', { level: filter.level });
    if (filter.q) {
      query.andWhere(`(unaccent_vi(p.name) ILIKE unaccent_vi(:q) OR p.code ILIKE :q)`, { q: `%${escapeLike(filter.q)}%` });
    }
    return query.getMany();
  }

  async versionInForce(code: string, date: string): Promise<ProcedureEntity> {
    const found = await this.procedures
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.field', 'field')
      .where('p.code = :code', { code })
      .andWhere('p.effective_from <= :date AND (p.effective_to IS NULL OR p.effective_to > :date)', { date })
      .getOne();
    if (!found) throw DomainError.invalid('procedureCode', `no procedure ${code} in force on ${date}`);
    return found;
  }

  findById(id: string): Promise<ProcedureEntity | null> {
    return this.procedures.findOne({ where: { id }, relations: { field: true } });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
