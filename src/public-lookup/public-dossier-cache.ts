import { Injectable } from '@nestjs/common';
import { DossierChange, DossierChangeListener } from '../database/dossier-change-listener';
import type { PublicDossierRecord } from './public-dossier.repository';

const MAX_ENTRIES = 20_000;

/**
 * The look-up's dossiers by code, in this process: a repeated look-up (the citizen reloading the QR
 * page) reads nothing from PostgreSQL. Entries are dropped when a NOTIFY says their dossier changed,
 * through whichever instance; while the LISTEN connection is down the cache is bypassed. A read that
 * overlapped a change is not kept (it may predate the change). Unknown codes are never cached.
 */
@Injectable()
export class PublicDossierCache {
  private readonly byCode = new Map<string, PublicDossierRecord>();
  private readonly codeById = new Map<string, string>();
  /** Bumped by every change heard: a read started before it is not kept. */
  private epoch = 0;

  constructor(private readonly listener: DossierChangeListener) {
    listener.subscribe((change) => this.forget(change));
  }

  async get(code: string, load: () => Promise<PublicDossierRecord | null>): Promise<PublicDossierRecord | null> {
    if (!this.listener.connected) return load();
    const hit = this.byCode.get(code);
    if (hit) return hit;
    const epoch = this.epoch;
    const record = await load();
    if (record && record.code === code && epoch === this.epoch && this.listener.connected) this.keep(record);
    return record;
  }

  get size(): number {
    return this.byCode.size;
  }

  private keep(record: PublicDossierRecord): void {
    if (this.byCode.size >= MAX_ENTRIES) {
      const oldest = this.byCode.keys().next().value as string; // insertion order: the first kept goes first
      this.codeById.delete(this.byCode.get(oldest)!.id);
      this.byCode.delete(oldest);
    }
    this.byCode.set(record.code, record);
    this.codeById.set(record.id, record.code);
  }

  /** This instance's own write: dropped at once (others hear the NOTIFY a moment later). */
  forgetDossier(dossierId: string): void {
    this.forget({ all: false, ids: [dossierId] });
  }

  private forget(change: DossierChange): void {
    this.epoch++;
    if (change.all) {
      this.byCode.clear();
      this.codeById.clear();
      return;
    }
    for (const id of change.ids) {
      const code = this.codeById.get(id);
      if (code === undefined) continue;
      this.codeById.delete(id);
      this.byCode.delete(code);
    }
  }
}
