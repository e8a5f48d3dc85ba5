import { ApiProperty } from '@nestjs/swagger';
import { StepResponse, DossierSummaryResponse } from '../../dossiers';
import { PageResponse } from '../../common/openapi';

const DEADLINE_STATES = ['in_time', 'due_soon', 'overdue'];

export class AgencySettingResponse {
  @ApiProperty({ description: "The dossier window is the agency's own setting, not the service default" })
  dossier: boolean;

  @ApiProperty({ description: "The step window is the agency's own setting, not the service default" })
  step: boolean;
}

/** An agency's due-soon windows (windowsView). */
export class WindowsResponse {
  @ApiProperty({ example: '000.17.22.H56' })
  agencyCode: string;

  @ApiProperty({ type: 'integer', example: 480, description: 'Dossiers are due soon within this much working time of dueAt' })
  dueSoonWorkingMinutes: number;

  @ApiProperty({ type: 'integer', example: 120, description: 'Steps are due soon within this much working time of their deadline' })
  stepDueSoonWorkingMinutes: number;

  @ApiProperty({ type: 'integer', example: 480, description: "Minutes in the agency's working day" })
  dailyWorkingMinutes: number;

  @ApiProperty({ type: () => AgencySettingResponse })
  agencySetting: AgencySettingResponse;
}

export class DossierQueueCounts {
  @ApiProperty({ type: 'integer' })
  dueSoon: number;

  @ApiProperty({ type: 'integer' })
  overdue: number;

  @ApiProperty({ type: 'integer', description: 'Overdue with no apology issued' })
  lateWithoutApology: number;
}

export class StepQueueCounts {
  @ApiProperty({ type: 'integer' })
  dueSoon: number;

  @ApiProperty({ type: 'integer' })
  overdue: number;
}

export class MyQueueCounts {
  @ApiProperty({ type: 'integer', description: 'Open steps assigned to the caller' })
  open: number;

  @ApiProperty({ type: 'integer' })
  dueSoon: number;

  @ApiProperty({ type: 'integer' })
  overdue: number;
}

/** GET /api/v1/work/queues. */
export class QueueCountsResponse {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: () => DossierQueueCounts })
  dossiers: DossierQueueCounts;

  @ApiProperty({ type: () => StepQueueCounts, description: 'Open control-slip steps' })
  steps: StepQueueCounts;

  @ApiProperty({ type: () => MyQueueCounts })
  mine: MyQueueCounts;

  @ApiProperty({ type: () => WindowsResponse, description: "The caller's agency windows" })
  windows: WindowsResponse;
}

export class MyWorkItemResponse {
  @ApiProperty({ type: () => DossierSummaryResponse })
  dossier: DossierSummaryResponse;

  @ApiProperty({ type: () => StepResponse, description: 'The open control-slip row assigned to the caller' })
  step: StepResponse;

  @ApiProperty({ enum: DEADLINE_STATES })
  stepState: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  dossierState: string;

  @ApiProperty()
  hasApology: boolean;
}

export class MyWorkPageResponse extends PageResponse {
  @ApiProperty({ type: () => [MyWorkItemResponse] })
  items: MyWorkItemResponse[];
}
