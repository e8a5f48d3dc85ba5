import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { startIntervalJob } from '../notifications';
import { DvcqgOutboxWorker } from './outbox-worker';

/** Says at start whether DVCQG sync is on, and drains the outbox every `dvcqgPollSeconds` (0 = off, as in the tests). */
@Injectable()
export class DvcqgScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DvcqgSync');
  private stop?: () => void;

  constructor(
    private readonly worker: DvcqgOutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.dvcqg) {
      this.logger.log('Đồng bộ Cổng DVCQG: TẮT (DVCQG_URL_ADD chưa đặt); thay đổi vẫn được ghi vào hàng đợi');
      return;
    }
    this.logger.log(`Đồng bộ Cổng DVCQG: BẬT (${new URL(this.config.dvcqg.addUrl).origin})`);
    const seconds = this.config.dvcqgPollSeconds ?? 2;
    if (seconds > 0) this.stop = startIntervalJob('DVCQG sync', seconds * 1000, () => this.worker.drain(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
