import { Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig, TCP_KEEPALIVE } from '../config/app-config';

export const DOSSIER_CHANGED_CHANNEL = 'motcua_dossier_changed';
/** Migration 1765830000000: the payload is the changed table's name. */
export const REFERENCE_CHANGED_CHANNEL = 'motcua_reference_changed';
const RECONNECT_MS = 1_000;

export type DossierChange = { all: true } | { all: false; ids: string[] };
/** A table of the catalogue, calendars or staff accounts changed; `*`: anything may have (connection lost or back). */
export type ReferenceChange = { table: string };

/**
 * One LISTEN connection per instance on the channel the dossier triggers NOTIFY (migration
 * 1765810000000): whichever instance (or SQL session) changes a dossier, every instance hears it.
 * While the connection is down nothing may be served from a cache (a change could go unheard):
 * `connected` says so, and each (re)connection is announced as a change of everything.
 * The same connection LISTENs for changes of the reference data kept in memory (catalogue,
 * calendars, bearer tokens: migration 1765830000000), under the same rule.
 */
@Injectable()
export class DossierChangeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('DossierChanges');
  private readonly subscribers: Array<(change: DossierChange) => void> = [];
  private readonly referenceSubscribers: Array<(change: ReferenceChange) => void> = [];
  private client: Client | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  connected = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl?: string }) {}

  subscribe(subscriber: (change: DossierChange) => void): void {
    this.subscribers.push(subscriber);
  }

  subscribeReference(subscriber: (change: ReferenceChange) => void): void {
    this.referenceSubscribers.push(subscriber);
  }

  async onModuleInit(): Promise<void> {
    if (this.config.databaseUrl) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
    this.connected = false;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'motcua-listen', ...TCP_KEEPALIVE });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.connected = false;
      this.publishAll();
      if (this.stopped) return;
      this.logger.warn(`LISTEN connection lost${error ? `: ${error.message}` : ''}; caches are bypassed until it is back`);
      this.timer = setTimeout(() => void this.connect().catch(() => lost()), RECONNECT_MS);
      this.timer.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === REFERENCE_CHANGED_CHANNEL) return this.publishReference({ table: message.payload ?? '*' });
      if (message.channel !== DOSSIER_CHANGED_CHANNEL) return;
      const payload = message.payload ?? '*';
      this.publish(payload === '*' ? { all: true } : { all: false, ids: payload.split(',') });
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${DOSSIER_CHANGED_CHANNEL}; LISTEN ${REFERENCE_CHANGED_CHANNEL}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    this.publishAll(); // whatever was cached before may have changed unheard
    this.connected = true;
  }

  private publish(change: DossierChange): void {
    for (const subscriber of this.subscribers) subscriber(change);
  }

  private publishAll(): void {
    this.publish({ all: true });
    this.publishReference({ table: '*' });
  }

  private publishReference(change: ReferenceChange): void {
    for (const subscriber of this.referenceSubscribers) subscriber(change);
  }
}

/** The one listener of an instance, shared by the look-up cache and the metrics. */
@Module({ providers: [DossierChangeListener], exports: [DossierChangeListener] })
export class DossierChangesModule {}
