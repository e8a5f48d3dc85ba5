import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DossiersModule } from '../dossiers/dossiers.module';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, PostgresFileStorage, RoutedFileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';
import { uploadLimits } from './upload-limits';

/** PostgreSQL by default; an S3-compatible store when S3_ENDPOINT is set (rows written before still read from PostgreSQL). */
const storageProvider = {
  provide: FileStorage,
  inject: [getDataSourceToken(), APP_CONFIG],
  useFactory: (db: DataSource, config: AppConfig) => {
    const postgres = new PostgresFileStorage((sql, params) => db.query(sql, params));
    return config.s3 ? new RoutedFileStorage(new S3FileStorage(config.s3), postgres) : postgres;
  },
};

/** Digitised dossiers (issue 19): the storage port and the attachments API. */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), DossiersModule, CatalogueModule, uploadLimits],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, storageProvider],
  exports: [FileStorage, uploadLimits],
})
export class AttachmentsModule {}
