import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DossierMetrics } from './dossier-metrics';
import { DossierMetricsQueries } from './dossier-metrics.queries';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';

/** GET /metrics (Prometheus text format) and the HTTP request metrics of every route. */
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, DossierMetrics, DossierMetricsQueries],
  exports: [MetricsRegistry],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
