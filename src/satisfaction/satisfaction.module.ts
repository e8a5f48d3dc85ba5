import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DossiersModule } from '../dossiers/dossiers.module';
import { PublicLookupModule } from '../public-lookup/public-lookup.module';
import { TrackingModule } from '../tracking/tracking.module';
import { PublicSatisfactionApiController } from './public-satisfaction-api.controller';
import { PublicSatisfactionController } from './public-satisfaction.controller';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SatisfactionRatingRepository } from './satisfaction-rating.repository';
import { SatisfactionController } from './satisfaction.controller';
import { SatisfactionService } from './satisfaction.service';

/** Satisfaction ratings (DOMAIN.md §6, QĐ 766 indicator 5.4): at the counter, and by the citizen from the QR status page. */
@Module({
  imports: [TypeOrmModule.forFeature([SatisfactionRatingEntity]), DossiersModule, TrackingModule, PublicLookupModule],
  controllers: [SatisfactionController, PublicSatisfactionController, PublicSatisfactionApiController],
  providers: [SatisfactionService, SatisfactionRatingRepository],
})
export class SatisfactionModule {}
