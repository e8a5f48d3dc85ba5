import { Clock, SystemClock } from '../common/clock';

/**
 * The system clock, except while the demo history is replayed: then "now" is pinned to each past
 * action's instant, so the services stamp events, codes and deadlines exactly as they would have.
 * Pinned only before the service starts listening.
 */
export class ReplayClock extends Clock {
  private pinned: Date | null = null;
  private readonly system = new SystemClock();

  now(): Date {
    return this.pinned ? new Date(this.pinned) : this.system.now();
  }

  pin(at: Date): void {
    this.pinned = new Date(at);
  }

  release(): void {
    this.pinned = null;
  }
}
