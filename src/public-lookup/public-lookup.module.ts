import { Module } from '@nestjs/common';
import { PublicDossierRepository } from './public-dossier.repository';
import { PublicLookupApiController } from './public-lookup-api.controller';
import { PublicLookupService } from './public-lookup.service';
import { PublicPagesController } from './public-pages.controller';

/** The citizen's status look-up (issue 6): the QR page, the manual form and the public JSON. No login. */
@Module({
  controllers: [PublicPagesController, PublicLookupApiController],
  providers: [PublicLookupService, PublicDossierRepository],
  exports: [PublicLookupService],
})
export class PublicLookupModule {}
