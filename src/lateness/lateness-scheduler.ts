import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { startIntervalJob } from '../notifications';
import { LatenessScanner } from './lateness-scanner';

/** Runs the lateness job every `latenessScanMinutes` (AppConfig; 0 = off, as in the tests, which call LatenessScanner.run()). */
@Injectable()
export class LatenessScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LatenessScheduler');
  private stop?: () => void;

  constructor(
    private readonly scanner: LatenessScanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.latenessScanMinutes ?? 15;
    if (minutes > 0) this.stop = startIntervalJob('Lateness scan', minutes * 60_000, () => this.scanner.run(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
