import { Controller, Get, HttpException, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { HealthCheckResult, HealthIndicatorFunction } from '@nestjs/terminus';
import type { FastifyReply as Response } from 'fastify';
import { Public } from '../auth';
import { ErrorResponse } from '../common/openapi';
import { HealthResponse } from './dto/health.response';
import { NotReadyResponse, ReadinessResponse } from './dto/readiness.response';
import { HealthRepository } from './health.repository';
import { ReadinessIndicators } from './readiness.indicators';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    private readonly db: HealthRepository,
    private readonly checks: HealthCheckService,
    private readonly indicators: ReadinessIndicators,
  ) {}

  /** Liveness: the process serves and its database answers (unchanged since issue 1). */
  @Public()
  @Get('health')
  @ApiOperation({ summary: 'Liveness: the service answers and its database is reachable (public)' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'The database is unreachable' })
  async health() {
    try {
      await this.db.ping();
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'database unreachable' });
    }
  }

  /** Readiness for a load balancer: database, migrations and outbox backlog; 503 with every check's result otherwise. */
  @Public()
  @Get('health/ready')
  @ApiOperation({ summary: 'Readiness: database reachable, migrations applied, outbox backlog below READY_MAX_OUTBOX_BACKLOG, read replica (if any) within READY_MAX_REPLICA_LAG_SECONDS (public)' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: NotReadyResponse, description: 'A check is down; `details` gives every check' })
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      const checks: HealthIndicatorFunction[] = [() => this.indicators.database(), () => this.indicators.migrations(), () => this.indicators.outbox()];
      if (this.indicators.hasReplica) checks.push(() => this.indicators.replica());
      const result = await this.checks.check(checks);
      return { status: 'ok', details: result.details };
    } catch (error) {
      if (!(error instanceof HttpException) || error.getStatus() !== 503) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.keys(result.error ?? {});
      res.status(503);
      return { statusCode: 503, error: 'Service Unavailable', message: `Not ready: ${down.join(', ')}`, status: 'error', details: result.details };
    }
  }
}
