import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { startIntervalJob } from './interval-job';
import { NotificationDispatcher } from './notification-dispatcher';

/** Runs the event feed and the dispatcher every `notificationDispatchSeconds` (AppConfig; 0 = off, as in the tests). */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationScheduler');
  private stop?: () => void;

  constructor(
    private readonly dispatcher: NotificationDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.notificationDispatchSeconds ?? 60;
    if (seconds > 0) this.stop = startIntervalJob('Notification dispatch', seconds * 1000, () => this.dispatcher.run(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
