import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UserEntity } from '../auth';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ResultsModule } from '../results/results.module';
import { DossierDocumentsController } from './dossier-documents.controller';
import { IntakeRefusalEntity } from './intake-refusals/intake-refusal.entity';
import { IntakeRefusalRepository } from './intake-refusals/intake-refusal.repository';
import { IntakeRefusalsController } from './intake-refusals/intake-refusals.controller';
import { IntakeRefusalsService } from './intake-refusals/intake-refusals.service';
import { RegisterController } from './register.controller';
import { SlipRecords } from './slip-records';
import { SlipsService } from './slips.service';

/** documents/slips: the printed forms of the counter (01, 02, 03, 05, 06, 07) and refusals at intake. */
@Module({
  imports: [TypeOrmModule.forFeature([IntakeRefusalEntity, UserEntity]), DossiersModule, CatalogueModule, ResultsModule, AuthModule],
  controllers: [DossierDocumentsController, RegisterController, IntakeRefusalsController],
  providers: [SlipRecords, SlipsService, IntakeRefusalsService, IntakeRefusalRepository],
  exports: [SlipRecords, SlipsService],
})
export class SlipsModule {}
