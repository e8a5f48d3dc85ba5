import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { DossierWorkflow } from './dossier-workflow';
import { HandoffService } from './handoff.service';
import { OutcomeService } from './outcome.service';
import { SupplementService } from './supplement.service';
import { TrackingController } from './tracking.controller';

@Module({
  imports: [DossiersModule, CalendarModule, CatalogueModule, AuthModule],
  controllers: [TrackingController],
  providers: [DossierWorkflow, HandoffService, SupplementService, OutcomeService],
  exports: [DossierWorkflow, HandoffService],
})
export class TrackingModule {}
