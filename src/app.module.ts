import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApologiesModule } from './apologies/apologies.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ConsoleModule } from './console/console.module';
import { Clock, SystemClock } from './common/clock';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import { APP_CONFIG, AppConfig, poolOptionsOf } from './config/app-config';
import { DossiersModule } from './dossiers/dossiers.module';
import { TrackingTokens } from './dossiers';
import { AppSecretRepository } from './dossiers';
import { DvcqgModule } from './dvcqg/dvcqg.module';
import { ReadReplicaModule } from './database/read-replica';
import { TransactionContext, TransactionModule } from './database/transaction-context';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { LatenessModule } from './lateness/lateness.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { TrackingModule } from './tracking/tracking.module';
import { PublicLookupModule } from './public-lookup/public-lookup.module';
import { ResultsModule } from './results/results.module';
import { SlipsModule } from './slips/slips.module';
import { ReportsModule } from './reports/reports.module';
import { SatisfactionModule } from './satisfaction/satisfaction.module';
import { SharedDataModule } from './shared-data/shared-data.module';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        {
          provide: TrackingTokens,
          useFactory: (tx: TransactionContext) => TrackingTokens.load(new AppSecretRepository(tx), config.trackingTokenKey),
          inject: [TransactionContext],
        },
      ],
      exports: [APP_CONFIG, Clock, TrackingTokens],
    };
  }
}

/** The whole service; `databaseUrl` must already point at a migrated database. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          extra: poolOptionsOf(config),
        }),
        ReadReplicaModule,
        TransactionModule,
        CatalogueModule,
        AuthModule,
        CalendarModule,
        DossiersModule,
        IntakeModule,
        TrackingModule,
        LatenessModule,
        ConsoleModule,
        PublicLookupModule,
        SlipsModule,
        ReportsModule,
        SatisfactionModule,
        HealthModule,
        DvcqgModule,
        AttachmentsModule,
        ResultsModule,
        SharedDataModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }], // Cache-Control: no-store is a default header of the HTTP app (security/no-store.ts)
    };
  }
}
