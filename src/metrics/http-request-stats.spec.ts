import { Registry } from 'prom-client';
import { HttpRequestStats } from './http-request-stats';

describe('HttpRequestStats', () => {
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
});
