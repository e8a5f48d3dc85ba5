import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { SharedDataCheckRepository } from './shared-data-check.repository';
import { SharedDataChecksController } from './shared-data-checks.controller';
import { SharedDataChecksService } from './shared-data-checks.service';

/** Shared national databases the counter checks applicants' data against (QĐ 766 indicator 4.4). */
@Module({
  imports: [DossiersModule],
  controllers: [SharedDataChecksController],
  providers: [SharedDataChecksService, SharedDataCheckRepository],
})
export class SharedDataModule {}
