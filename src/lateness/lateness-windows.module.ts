import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DUE_SOON_LIMITS } from '../dossiers';
import { LatenessSettingsEntity } from './lateness-settings.entity';
import { LatenessSettingsRepository } from './lateness-settings.repository';
import { LatenessWindows } from './lateness-windows';

/**
 * Global so that the dossier list (DossiersModule, which the calendar itself depends on) can offer the
 * dueSoon filter without a module cycle: it injects DUE_SOON_LIMITS optionally.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([LatenessSettingsEntity]), CalendarModule, CatalogueModule],
  providers: [LatenessSettingsRepository, LatenessWindows, { provide: DUE_SOON_LIMITS, useExisting: LatenessWindows }],
  exports: [LatenessWindows, DUE_SOON_LIMITS],
})
export class LatenessWindowsModule {}
