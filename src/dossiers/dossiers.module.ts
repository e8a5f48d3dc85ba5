import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossierQueries } from './dossier-queries';
import { DossiersController } from './dossiers.controller';
import { DOSSIER_ENTITIES } from './entities';
import { DvcqgOutboxStatus } from '../dvcqg';

/** Dossier persistence shared by every capability, and the staff read endpoints. */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogueModule],
  controllers: [DossiersController],
  providers: [DossierQueries, DvcqgOutboxStatus],
  exports: [DossierQueries, DvcqgOutboxStatus, TypeOrmModule],
})
export class DossiersModule {}
