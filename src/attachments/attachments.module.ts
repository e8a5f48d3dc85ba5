import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TransactionContext } from '../database/transaction-context';
import { DossiersModule } from '../dossiers/dossiers.module';
import { AttachmentRepository } from './attachment.repository';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, RoutedFileStorage } from './file-storage';
import { PostgresFileStorage } from './stored-file.repository';
import { S3FileStorage } from './s3-file-storage';
import { uploadLimits } from './upload-limits';

/** PostgreSQL by default; an S3-compatible store when S3_ENDPOINT is set (rows written before still read from PostgreSQL). */
const storageProvider = {
  provide: FileStorage,
  inject: [TransactionContext, APP_CONFIG],
  useFactory: (tx: TransactionContext, config: AppConfig) => {
    const postgres = new PostgresFileStorage(tx);
    return config.s3 ? new RoutedFileStorage(new S3FileStorage(config.s3), postgres) : postgres;
  },
};

/** Digitised dossiers (issue 19): the storage port and the attachments API. */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), DossiersModule, CatalogueModule, uploadLimits],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentRepository, storageProvider],
  exports: [FileStorage, uploadLimits],
})
export class AttachmentsModule {}
