import type { Registry } from 'prom-client';

type Labels<L extends string> = Record<L, string>;
type Sample = { labels: Record<string, string | number>; value: number; metricName?: string };

/**
 * Counters and histograms kept as plain numbers per label set, read by prom-client at scrape time:
 * one map look-up per update instead of prom-client's label validation and hashing, and a histogram
 * takes many observations of one value at once (the history counted at the first scrape).
 */
abstract class PlainMetric<L extends string, S> {
  protected readonly series = new Map<string, S>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly L[],
  ) {}

  abstract readonly type: 'counter' | 'histogram';

  registerIn(registry: Registry): this {
    registry.registerMetric(this as never);
    return this;
  }

  /** What prom-client's registry formats. */
  async get() {
    return { name: this.name, help: this.help, type: this.type, aggregator: 'sum', values: this.samples() };
  }

  /** Zeroes every series in place: a kept child stays valid. */
  reset(): void {
    for (const series of this.series.values()) this.zero(series);
  }

  protected abstract zero(series: S): void;

  protected abstract samples(): Sample[];

  protected entry(labels: Labels<L>, create: () => S): S {
    let key = '';
    for (const name of this.labelNames) key += `${labels[name]}\u0000`;
    let series = this.series.get(key);
    if (series === undefined) this.series.set(key, (series = create()));
    return series;
  }
}

export class PlainCounter<L extends string> extends PlainMetric<L, { labels: Labels<L>; value: number }> {
  readonly type = 'counter';

  inc(labels: Labels<L>, by = 1): void {
    this.child(labels).value += by;
  }

  /** The series of these labels, to keep and add to without looking it up again. */
  child(labels: Labels<L>): { value: number } {
    return this.entry(labels, () => ({ labels: { ...labels }, value: 0 }));
  }

  protected samples(): Sample[] {
    return [...this.series.values()].map(({ labels, value }) => ({ labels, value }));
  }

  protected zero(series: { value: number }): void {
    series.value = 0;
  }
}

export interface HistogramSeries<L extends string> {
  labels: Labels<L>;
  count: number;
  sum: number;
  /** Observations per bucket, not cumulative; the last one is +Inf. */
  perBucket: number[];
}

export class PlainHistogram<L extends string> extends PlainMetric<L, HistogramSeries<L>> {
  readonly type = 'histogram';

  constructor(name: string, help: string, labelNames: readonly L[], private readonly buckets: readonly number[]) {
    super(name, help, labelNames);
  }

  /** `times` observations of `value` (the bucket counts and the sum stay exact). */
  observe(labels: Labels<L>, value: number, times = 1): void {
    this.observeIn(this.child(labels), value, times);
  }

  /** The series of these labels, to keep and observe into (observeIn) without looking it up again. */
  child(labels: Labels<L>): HistogramSeries<L> {
    return this.entry(labels, () => ({ labels: { ...labels }, count: 0, sum: 0, perBucket: new Array<number>(this.buckets.length + 1).fill(0) }));
  }

  protected zero(series: HistogramSeries<L>): void {
    series.count = 0;
    series.sum = 0;
    series.perBucket.fill(0);
  }

  observeIn(series: HistogramSeries<L>, value: number, times = 1): void {
    series.count += times;
    series.sum += value * times;
    let bucket = 0;
    while (bucket < this.buckets.length && value > this.buckets[bucket]) bucket++;
    series.perBucket[bucket] += times;
  }

  protected samples(): Sample[] {
    return [...this.series.values()].flatMap(({ labels, count, sum, perBucket }) => {
      let cumulative = 0;
      const buckets = perBucket.map((n, i) => ({
        metricName: `${this.name}_bucket`,
        labels: { ...labels, le: i < this.buckets.length ? this.buckets[i] : '+Inf' },
        value: (cumulative += n),
      }));
      return [...buckets, { metricName: `${this.name}_sum`, labels, value: sum }, { metricName: `${this.name}_count`, labels, value: count }];
    });
  }
}
