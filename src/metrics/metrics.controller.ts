import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { Public } from '../auth';
import { Clock } from '../common/clock';
import { ApiTextResponse } from '../common/openapi';
import { DossierMetrics } from './dossier-metrics';
import { MetricsRegistry } from './metrics-registry';

/**
 * Prometheus scrape endpoint. Public, like /health: it carries counts per agency code and process
 * figures, never a dossier, a person or a token; restrict it at the reverse proxy if the counts
 * themselves should stay internal.
 */
@ApiTags('operations')
@Controller()
export class MetricsController {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly dossiers: DossierMetrics,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics: dossiers received/resolved by channel and class, pending and overdue per agency, processing time, HTTP requests' })
  @ApiTextResponse(200, 'Prometheus text exposition format', 'text/plain')
  async metrics(@Res() res: Response): Promise<void> {
    await this.dossiers.refresh(this.clock.now());
    res.header('Content-Type', this.registry.registry.contentType);
    res.send(await this.registry.registry.metrics());
  }
}
