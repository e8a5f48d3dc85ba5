import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceCachesModule } from '../database/reference-cache';
import { AgencyDirectory } from './agency.repository';
import { AgencyEntity } from './agency.entity';
import { CatalogueController } from './catalogue.controller';
import { FieldEntity } from './field.entity';
import { ProcedureCatalogue } from './procedure.repository';
import { ProcedureEntity } from './procedure.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity, FieldEntity, ProcedureEntity]), ReferenceCachesModule],
  controllers: [CatalogueController],
  providers: [AgencyDirectory, ProcedureCatalogue],
  exports: [AgencyDirectory, ProcedureCatalogue],
})
export class CatalogueModule {}
