import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { StaffUser } from '../auth/staff-user';
import { ParRubricDto } from './dto/par-rubric.dto';
import { ParRubrics, rubricView } from './par-rubrics.service';

/** PAR INDEX rubrics as configuration: anyone who reads reports may list them, administrators edit them. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/par-rubrics')
export class ParRubricsController {
  constructor(private readonly rubrics: ParRubrics) {}

  @Get()
  @Roles('manager', 'head', 'admin')
  @ApiOperation({ summary: 'Every rubric: the default one (provinceCode null, seeded with an illustrative example) and the provinces’ own' })
  async list() {
    return (await this.rubrics.list()).map(rubricView);
  }

  @Get(':id')
  @Roles('manager', 'head', 'admin')
  async get(@Param('id') id: string) {
    return rubricView(await this.rubrics.get(id));
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace a rubric for a province (or the default) and a year',
    description: 'Body: {name, description?, provinceCode?, year, definition: resolved|due_in_period|index766, maxScore, bands: [{minRate 0..1, points}]}. 422 when the bands are inconsistent.',
  })
  async put(@Param('id') id: string, @Body() body: ParRubricDto, @CurrentUser() user: StaffUser) {
    return rubricView(await this.rubrics.put(id, body, user));
  }
}
