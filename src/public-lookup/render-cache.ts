/**
 * One cached rendering per dossier, valid for one stamp (the dossier's version and newest event):
 * a newer stamp replaces it. Least recently used dossiers are dropped past `maxEntries`.
 */
export class RenderCache<V> {
  private readonly entries = new Map<string, { stamp: string; value: V }>();

  constructor(private readonly maxEntries: number) {}

  get(id: string, stamp: string): V | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.stamp !== stamp) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  set(id: string, stamp: string, value: V): void {
    this.entries.delete(id);
    this.entries.set(id, { stamp, value });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
