import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { MetricsModule } from '../metrics/metrics.module';
import { ResultsModule } from '../results/results.module';
import { IndexExportController } from './index-export.controller';
import { IndicatorDossiers } from './indicator-dossiers.queries';
import { IndexExportService } from './index-export.service';
import { ParRubricEntity } from './par-rubric.entity';
import { ParRubricsController } from './par-rubrics.controller';
import { ParRubricRepository } from './par-rubric.repository';
import { ParRubrics } from './par-rubrics.service';
import { ReportQueries } from './report.queries';
import { ReportScopes } from './report-scope';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Biểu 06, on-time rates, the PAR score with its configurable rubrics, the index export, and (MetricsModule) GET /metrics. */
@Module({
  imports: [TypeOrmModule.forFeature([ParRubricEntity]), CatalogueModule, CalendarModule, MetricsModule, ResultsModule],
  controllers: [ReportsController, IndexExportController, ParRubricsController],
  providers: [ReportQueries, ReportScopes, ReportsService, ParRubricRepository, ParRubrics, IndexExportService, IndicatorDossiers],
  exports: [ReportQueries, ReportScopes, ReportsService, IndexExportService],
})
export class ReportsModule {}
