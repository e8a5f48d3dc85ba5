import { Injectable } from '@nestjs/common';
import { assertProvinceAdmin } from '../auth';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { checkRubric, type ParRubric } from '../domain/reports';
import type { ParRubricDto } from './dto/par-rubric.dto';
import type { ParRubricEntity } from './par-rubric.entity';
import { ParRubricRepository } from './par-rubric.repository';

const RUBRIC_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const UNIQUE_VIOLATION = '23505';

export interface ParRubricView {
  id: string;
  name: string;
  description: string;
  /** null: the default rubric for provinces without their own. */
  provinceCode: string | null;
  year: number;
  definition: ParRubric['definition'];
  maxScore: number;
  bands: ParRubric['bands'];
  /** The built-in illustrative rubric: its figures are examples, never a score. */
  example: boolean;
  updatedAt: string;
  updatedBy: string;
}

/** PAR INDEX rubrics stored as configuration, and the choice of the rubric that scores an agency's year. */
@Injectable()
export class ParRubrics {
  constructor(
    private readonly rubrics: ParRubricRepository,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  list(): Promise<ParRubricEntity[]> {
    return this.rubrics.all();
  }

  async get(id: string): Promise<ParRubricEntity> {
    const rubric = await this.rubrics.find(id);
    if (!rubric) throw DomainError.notFound(`Rubric ${id}`);
    return rubric;
  }

  /** Creates or replaces a rubric; an administrator edits the default one or their own province's. */
  async put(id: string, input: ParRubricDto, user: StaffUser): Promise<ParRubricEntity> {
    if (!RUBRIC_ID.test(id)) throw DomainError.invalid('id', 'lowercase letters, digits and dashes, at most 63 characters');
    const provinceCode = input.provinceCode ?? null;
    await this.checkProvince(provinceCode, user);
    const existing = await this.rubrics.find(id);
    if (existing && existing.provinceCode !== provinceCode) await this.checkProvince(existing.provinceCode, user);
    const candidate: ParRubric = {
      id,
      name: input.name,
      province: provinceCode ?? '',
      year: input.year,
      definition: input.definition,
      maxScore: input.maxScore,
      bands: input.bands.map((b) => ({ minRate: b.minRate, points: b.points })),
    };
    const problem = checkRubric(candidate);
    if (problem) throw DomainError.rule(problem, 'bands');
    const row: ParRubricEntity = {
      id,
      name: input.name.normalize('NFC'),
      description: (input.description ?? '').normalize('NFC'),
      provinceCode,
      year: input.year,
      definition: input.definition,
      maxScore: input.maxScore,
      bands: [...candidate.bands].sort((a, b) => b.minRate - a.minRate),
      updatedAt: this.clock.now(),
      updatedBy: user.username,
      example: false,
    };
    try {
      await this.rubrics.save(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict(`Another rubric already covers ${provinceCode ?? 'the default'} for ${input.year}`);
      }
      throw error;
    }
    return this.get(id);
  }

  /**
   * The rubric an administrator configured for the agency's province and the year (the province's
   * own, else a default one configured for that year), never the built-in example; null when none.
   */
  async configuredFor(agencyCode: string, year: number): Promise<ParRubricEntity | null> {
    const province = await this.provinceOf(agencyCode);
    return this.rubrics.configuredFor(province, year);
  }

  /** The built-in illustrative rubric as stored (it may have been edited), for figures labelled as an example. */
  async example(): Promise<ParRubricEntity | null> {
    return this.rubrics.example();
  }

  /**
   * The rubric that scores an agency's year: its province's rubric for that year, else the province's
   * latest earlier one, else the default rubric chosen the same way, else the nearest later one.
   */
  async forAgency(agencyCode: string, year: number): Promise<ParRubricEntity> {
    const province = await this.provinceOf(agencyCode);
    const found = await this.rubrics.nearestFor(province, year);
    if (!found) throw DomainError.rule('No PAR rubric is configured: an administrator must add one (PUT /api/v1/par-rubrics/{id})');
    return found;
  }

  /** The province-level agency an agency belongs to (itself for a province), or null. */
  provinceOf(agencyCode: string): Promise<string | null> {
    return this.rubrics.provinceOf(agencyCode);
  }

  /** The default rubric (null) is national; a province's rubric is its own administrators'. */
  private async checkProvince(code: string | null, user: StaffUser): Promise<void> {
    await assertProvinceAdmin(user, this.agencies, code === null ? 'The default PAR rubric' : `The PAR rubric of ${code}`);
    if (code === null) return;
    const agency = await this.agencies.find(code);
    if (!agency) throw DomainError.invalid('provinceCode', `unknown agency ${code}`);
    if (agency.level !== 'province') throw DomainError.rule(`${code} is not a province-level agency`, 'provinceCode');
    if (user.agencyCode !== code) throw DomainError.forbidden(`The rubric of province ${code} is outside your scope`);
  }
}

export function rubricView(r: ParRubricEntity): ParRubricView {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    provinceCode: r.provinceCode,
    year: r.year,
    definition: r.definition,
    maxScore: r.maxScore,
    bands: r.bands,
    example: r.example,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedBy,
  };
}

export function toDomainRubric(r: ParRubricEntity): ParRubric {
  return { id: r.id, name: r.name, province: r.provinceCode ?? '', year: r.year, definition: r.definition, maxScore: r.maxScore, bands: r.bands };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e?.code === UNIQUE_VIOLATION || e?.driverError?.code === UNIQUE_VIOLATION;
}
