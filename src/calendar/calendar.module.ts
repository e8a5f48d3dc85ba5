import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceCachesModule } from '../database/reference-cache';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { AgencyCalendarDayEntity } from './agency-calendar-day.entity';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarRepository } from './calendar.repository';
import { CalendarYearEntity } from './calendar-year.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DossierClockService } from './dossier-clock.service';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarYearEntity, AgencyCalendarDayEntity]), CatalogueModule, DossiersModule, ReferenceCachesModule],
  controllers: [CalendarController],
  providers: [CalendarRepository, CalendarService, CalendarAdminService, DossierClockService],
  exports: [CalendarService, DossierClockService],
})
export class CalendarModule {}
