import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { MetricsModule } from '../metrics/metrics.module';
import { DossierSnapshots } from './dossier-snapshots.queries';
import { DvcqgController } from './dvcqg.controller';
import { DvcqgMetrics } from './dvcqg-metrics';
import { DvcqgScheduler } from './dvcqg-scheduler';
import { DvcqgOutboxWorker } from './outbox-worker';

/** Sync with the national public-service portal (DVCQG): the outbox (filled by a trigger on the audit trail), its worker and its admin page. */
@Module({
  imports: [DossiersModule, MetricsModule],
  controllers: [DvcqgController],
  providers: [DossierSnapshots, DvcqgOutboxWorker, DvcqgMetrics, DvcqgScheduler],
  exports: [DvcqgOutboxWorker],
})
export class DvcqgModule {}
