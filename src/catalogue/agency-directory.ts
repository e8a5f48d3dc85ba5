import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AgencyEntity } from './agency.entity';

/** Look-ups of agencies and the province → commune hierarchy used for access scope. */
@Injectable()
export class AgencyDirectory {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  list(): Promise<AgencyEntity[]> {
    return this.agencies.find({ order: { level: 'DESC', code: 'ASC' } });
  }

  exists(code: string): Promise<boolean> {
    return this.agencies.existsBy({ code });
  }

  find(code: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ code });
  }

  async get(code: string): Promise<AgencyEntity> {
    const agency = await this.find(code);
    if (!agency) throw DomainError.notFound(`Agency ${code}`);
    return agency;
  }

  /** The agency itself and, for a province, every agency under it. */
  async visibleFrom(code: string): Promise<string[]> {
    const rows: { code: string }[] = await this.agencies.query(
      `WITH RECURSIVE tree AS (
         SELECT code FROM agencies WHERE code = $1
         UNION ALL
         SELECT a.code FROM agencies a JOIN tree t ON a.parent_code = t.code
       ) SELECT code FROM tree`,
      [code],
    );
    return rows.map((row) => row.code);
  }
}
