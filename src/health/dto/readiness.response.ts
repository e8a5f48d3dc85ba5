import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CheckResult {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  status: 'up' | 'down';

  @ApiPropertyOptional({ example: 'timeout of 3000ms exceeded', description: 'Why the check is down, when it failed outright' })
  message?: string;

  @ApiPropertyOptional({ example: 8, description: 'Milliseconds the database took to answer (database check)' })
  responseTime?: number;
}

export class MigrationsCheck extends CheckResult {
  @ApiPropertyOptional({ example: 5, description: 'Migrations recorded in schema_migrations' })
  applied?: number;

  @ApiPropertyOptional({ type: [String], example: ['SatisfactionSource1764000800000'], description: 'Migrations of this version not yet applied' })
  pending?: string[];
}

export class OutboxCheck extends CheckResult {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { notifications: 3 },
    description: 'Items waiting per outbox',
  })
  backlog?: Record<string, number>;

  @ApiPropertyOptional({ example: 3, description: 'Items waiting in all outboxes' })
  total?: number;

  @ApiProperty({ example: 1000, description: 'READY_MAX_OUTBOX_BACKLOG: not ready from this many waiting items on' })
  limit: number;
}

export class ReplicaCheck extends CheckResult {
  @ApiPropertyOptional({ example: 0.012, description: 'Seconds the replica is behind: age of its last replayed commit while received WAL waits to be replayed, else 0' })
  lagSeconds?: number;

  @ApiPropertyOptional({ example: 0, description: "Bytes of the primary's WAL the replica has not replayed yet" })
  behindBytes?: number;

  @ApiProperty({ example: 30, description: 'READY_MAX_REPLICA_LAG_SECONDS: not ready beyond this lag' })
  limit: number;
}

export class ReadinessChecks {
  @ApiProperty({ type: CheckResult, description: 'The database answers SELECT 1 within 3 s' })
  database: CheckResult;

  @ApiProperty({ type: MigrationsCheck, description: 'Every migration of this version is applied' })
  migrations: MigrationsCheck;

  @ApiProperty({ type: OutboxCheck, description: 'The outboxes hold fewer items than the limit' })
  outbox: OutboxCheck;

  @ApiPropertyOptional({ type: ReplicaCheck, description: 'Only with DATABASE_REPLICA_URL: the hot standby answers and lags less than the limit' })
  replica?: ReplicaCheck;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';

  @ApiProperty({ type: ReadinessChecks })
  details: ReadinessChecks;
}

/** The 503 of /health/ready: the shared error body plus the result of every check. */
export class NotReadyResponse {
  @ApiProperty({ example: 503 })
  statusCode: number;

  @ApiProperty({ example: 'Service Unavailable' })
  error: string;

  @ApiProperty({ example: 'Not ready: outbox' })
  message: string;

  @ApiProperty({ enum: ['error'], example: 'error' })
  status: 'error';

  @ApiProperty({ type: ReadinessChecks })
  details: ReadinessChecks;
}
