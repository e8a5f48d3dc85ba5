import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth';
import type { StaffUser } from '../auth';
import { ApiErrors } from '../common/openapi';
import { ParRubricDto } from './dto/par-rubric.dto';
import { ParRubricResponse } from './dto/par-rubric.response';
import { ParRubrics, rubricView } from './par-rubrics.service';

/** PAR INDEX rubrics as configuration: anyone who reads reports may list them, administrators edit them. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/par-rubrics')
export class ParRubricsController {
  constructor(private readonly rubrics: ParRubrics) {}

  @Get()
  @Roles('manager', 'head', 'admin')
  @ApiOperation({ summary: 'Every rubric: the default one (provinceCode null, seeded with an illustrative example) and the provinces’ own (manager, head, admin)' })
  @ApiOkResponse({ type: [ParRubricResponse] })
  @ApiErrors(401, 403)
  async list() {
    return (await this.rubrics.list()).map(rubricView);
  }

  @Get(':id')
  @Roles('manager', 'head', 'admin')
  @ApiOperation({ summary: 'One rubric (manager, head, admin)' })
  @ApiParam({ name: 'id', example: 'default', description: 'Rubric id: lowercase letters, digits and dashes' })
  @ApiOkResponse({ type: ParRubricResponse })
  @ApiErrors(401, 403, 404)
  async get(@Param('id') id: string) {
    return rubricView(await this.rubrics.get(id));
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace a rubric for a province (or the default) and a year (admin only)',
    description: 'Body: {name, description?, provinceCode?, year, definition: resolved|due_in_period|index766, maxScore, bands: [{minRate 0..1, points}]}. 422 when the bands are inconsistent.',
  })
  @ApiParam({ name: 'id', example: 'thanh-hoa-2026', description: 'Rubric id: lowercase letters, digits and dashes, at most 63 characters' })
  @ApiOkResponse({ type: ParRubricResponse })
  @ApiErrors(400, 401, 403, [409, 'Another rubric already covers this province and year'], [422, 'Inconsistent bands, or provinceCode is not a province'])
  async put(@Param('id') id: string, @Body() body: ParRubricDto, @CurrentUser() user: StaffUser) {
    return rubricView(await this.rubrics.put(id, body, user));
  }
}
