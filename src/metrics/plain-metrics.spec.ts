import { Registry } from 'prom-client';
import { HttpRequestStats } from './http-request-stats';
import { PlainHistogram } from './plain-metrics';

describe('plain metrics', () => {
  it('exposes the request counter and a cumulative duration histogram in the Prometheus format', async () => {
    const stats = new HttpRequestStats();
    const registry = new Registry();
    stats.registerIn(registry);
    stats.record('GET', '/api/v1/public/dossiers/:code', 200, 0.002);
    stats.record('GET', '/api/v1/public/dossiers/:code', 200, 0.03);
    stats.record('GET', '/api/v1/public/dossiers/:code', 404, 12);
    stats.record('POST', '/api/v1/dossiers', 201, 0.004);

    const text = await registry.metrics();
    const lookup = 'method="GET",route="/api/v1/public/dossiers/:code"';
    expect(text).toContain('# TYPE motcua_http_requests_total counter');
    expect(text).toContain(`motcua_http_requests_total{${lookup},status="200"} 2`);
    expect(text).toContain(`motcua_http_requests_total{${lookup},status="404"} 1`);
    expect(text).toContain('# TYPE motcua_http_request_duration_seconds histogram');
    expect(text).toContain(`motcua_http_request_duration_seconds_bucket{${lookup},le="0.005"} 1`);
    expect(text).toContain(`motcua_http_request_duration_seconds_bucket{${lookup},le="0.025"} 1`);
    expect(text).toContain(`motcua_http_request_duration_seconds_bucket{${lookup},le="0.05"} 2`);
    expect(text).toContain(`motcua_http_request_duration_seconds_bucket{${lookup},le="10"} 2`);
    expect(text).toContain(`motcua_http_request_duration_seconds_bucket{${lookup},le="+Inf"} 3`);
    expect(text).toContain(`motcua_http_request_duration_seconds_count{${lookup}} 3`);
    expect(text).toMatch(/motcua_http_request_duration_seconds_sum\{method="GET",route="\/api\/v1\/public\/dossiers\/:code"\} 12\.03\d*/);
    expect(text).toContain('motcua_http_request_duration_seconds_count{method="POST",route="/api/v1/dossiers"} 1');
  });

  it('takes many observations of one value at once, with exact bucket counts and sum', async () => {
    const registry = new Registry();
    const days = new PlainHistogram('days', 'Days.', ['agency'], [1, 5, 10]).registerIn(registry);
    days.observe({ agency: 'H56' }, 3, 1_000_000);
    days.observe({ agency: 'H56' }, 0.5, 2);
    const text = await registry.metrics();
    expect(text).toContain('days_bucket{agency="H56",le="1"} 2');
    expect(text).toContain('days_bucket{agency="H56",le="5"} 1000002');
    expect(text).toContain('days_bucket{agency="H56",le="+Inf"} 1000002');
    expect(text).toContain('days_sum{agency="H56"} 3000001');
    expect(text).toContain('days_count{agency="H56"} 1000002');
  });
});
