import { Module } from '@nestjs/common';
import { DossierChangesModule } from '../database/dossier-change-listener';
import { DossierMetrics } from './dossier-metrics';
import { DossierMetricsQueries } from './dossier-metrics.queries';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';

/** GET /metrics (Prometheus text format); the HTTP request metrics are a hook of the HTTP app (http-metrics.ts). */
@Module({
  imports: [DossierChangesModule],
  controllers: [MetricsController],
  providers: [MetricsRegistry, DossierMetrics, DossierMetricsQueries],
  exports: [MetricsRegistry],
})
export class MetricsModule {}
