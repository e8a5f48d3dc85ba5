import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { NotificationEventFeed } from './event-feed';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationOutbox } from './notification-outbox';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationEntity, NotificationSourceEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationsController } from './notifications.controller';
import { NOTIFICATION_TRANSPORTS, transportsFromConfig } from './transports';

/** Messages to applicants: the outbox, the audit-event feed, the dispatcher and its transports (SMTP email, HTTP SMS gateway). */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationSourceEntity]), DossiersModule, CatalogueModule],
  controllers: [NotificationsController],
  providers: [
    NotificationRepository,
    NotificationOutbox,
    NotificationEventFeed,
    NotificationDispatcher,
    NotificationScheduler,
    { provide: NOTIFICATION_TRANSPORTS, useFactory: (config: AppConfig) => transportsFromConfig(config), inject: [APP_CONFIG] },
  ],
  exports: [NotificationOutbox, NotificationDispatcher],
})
export class NotificationsModule {}
