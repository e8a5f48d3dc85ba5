import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { DossierChangesModule } from '../database/dossier-change-listener';
import { PublicDossierCache } from './public-dossier-cache';
import { PublicDossierRepository } from './public-dossier.repository';
import { PublicLookupApiController } from './public-lookup-api.controller';
import { PublicLookupRoute } from './public-lookup.route';
import { PublicLookupService } from './public-lookup.service';
import { PublicPagesController } from './public-pages.controller';
import { PublicResultsController } from './public-results.controller';

/** The citizen's status look-up (issue 6): the QR page, the manual form and the public JSON. No login. */
@Module({
  imports: [ResultsModule, DossierChangesModule],
  controllers: [PublicPagesController, PublicLookupApiController, PublicResultsController],
  providers: [PublicLookupService, PublicLookupRoute, PublicDossierRepository, PublicDossierCache],
  exports: [PublicLookupService, PublicLookupRoute],
})
export class PublicLookupModule {}
