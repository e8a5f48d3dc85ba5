import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ApologyRepository } from './apology.repository';
import { DocumentIssuer } from './document-issuer';
import { DossierEventRepository } from './dossier-event.repository';
import { DossierQueries } from './dossier-queries';
import { DossierSearchQueries } from './dossier-search.queries';
import { DossierStepRepository } from './dossier-step.repository';
import { DossierRepository } from './dossier.repository';
import { DossiersController } from './dossiers.controller';
import { DOSSIER_ENTITIES } from './entities';
import { IssuedDocumentRepository } from './issued-document.repository';
import { SupplementRequestRepository } from './supplement-request.repository';
import { DvcqgOutboxRepository } from '../dvcqg';
import { DvcqgOutboxStatus } from '../dvcqg';

const REPOSITORIES = [DossierRepository, DossierEventRepository, DossierStepRepository, SupplementRequestRepository, ApologyRepository, IssuedDocumentRepository];

/** Dossier persistence shared by every capability, and the staff read endpoints. */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogueModule],
  controllers: [DossiersController],
  providers: [...REPOSITORIES, DvcqgOutboxRepository, DossierSearchQueries, DossierQueries, DocumentIssuer, DvcqgOutboxStatus],
  exports: [...REPOSITORIES, DvcqgOutboxRepository, DossierSearchQueries, DossierQueries, DocumentIssuer, DvcqgOutboxStatus, TypeOrmModule],
})
export class DossiersModule {}
