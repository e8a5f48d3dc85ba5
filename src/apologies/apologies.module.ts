import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ResultsModule } from '../results/results.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TrackingModule } from '../tracking/tracking.module';
import { ApologiesController } from './apologies.controller';
import { ApologyLetters } from './apology-letter';
import { ApologyService } from './apology.service';

@Module({
  imports: [DossiersModule, CatalogueModule, CalendarModule, TrackingModule, NotificationsModule, ResultsModule],
  controllers: [ApologiesController],
  providers: [ApologyService, ApologyLetters],
})
export class ApologiesModule {}
