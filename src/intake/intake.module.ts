import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';

@Module({
  imports: [CatalogueModule, CalendarModule, DossiersModule],
  controllers: [IntakeController],
  providers: [IntakeService],
})
export class IntakeModule {}
