import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { DigitisationIndicatorsService } from './digitisation-indicators';
import { DigitisationQueries } from './digitisation.queries';
import { DemoSigningCertificateRepository } from './demo-signing-certificate.repository';
import { DocumentSigner } from './document-signer';
import { DossierResultEntity } from './dossier-result.entity';
import { DossierResultRepository } from './dossier-result.repository';
import { FormSigner } from './form-signer';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { SigningCertificates } from './signing-certificates';

/** Electronic results (issue 19, QĐ 766 indicator 4.1): signing, storage, downloads; DanhSachGiayToKetQua for DVCQG. */
@Module({
  imports: [TypeOrmModule.forFeature([DossierResultEntity]), AttachmentsModule, DossiersModule, CatalogueModule],
  controllers: [ResultsController],
  providers: [ResultsService, DossierResultRepository, DigitisationQueries, DemoSigningCertificateRepository, SigningCertificates, DocumentSigner, FormSigner, DigitisationIndicatorsService],
  exports: [ResultsService, SigningCertificates, DocumentSigner, FormSigner, DigitisationIndicatorsService],
})
export class ResultsModule {}
