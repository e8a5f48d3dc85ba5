import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApologiesModule } from './apologies/apologies.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ConsoleModule } from './console/console.module';
import { Clock, SystemClock } from './common/clock';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import { APP_CONFIG, AppConfig, defaultPoolSize } from './config/app-config';
import { DossiersModule } from './dossiers/dossiers.module';
import { DvcqgModule } from './dvcqg/dvcqg.module';
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
import { NoStoreInterceptor } from './security';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
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
          extra: { max: config.databasePoolSize ?? defaultPoolSize() },
        }),
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
        // Also reached through the modules above; listed so that this list names every feature module.
        ApologiesModule,
        NotificationsModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }, { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor }],
    };
  }
}
