import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { ScenarioBuilder, vn } from '../reports/fixtures';
import { NOW, OCTOBER_2026 } from '../reports/october-2026';

const OCTOBER = 'from=2026-10-01&to=2026-10-31';

/** The hand-counted October 2026 (test/reports/october-2026.ts): which dossiers lost the points, and why. */
describe('the dossiers behind each QĐ 766 indicator', () => {
  let t: TestApp;
  let scenario: ScenarioBuilder;
  let manager: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-09-01T08:00') });
    scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(OCTOBER_2026, NOW);
    manager = await new ApiClient(t.baseUrl).login('quanly');
  }, 180_000); // the scenario replays a month through the API: slow on a busy machine
  afterAll(() => t.close());

  async function traced(indicator: string) {
    const response = await manager.get(`/api/v1/index-export/${indicator}/dossiers?${OCTOBER}`);
    expect(response.status).toBe(200);
    const keyOf = new Map([...scenario.codes.entries()].map(([key, code]) => [code, key]));
    return { ...response.body, lost: response.body.dossiers.filter((d: any) => !d.inNumerator).map((d: any) => [keyOf.get(d.code), d.reason]) };
  }

  it('2.1: 6 of 12 on time; the six others late, overdue while pending, or supplemented twice', async () => {
    const list = await traced('2.1');
    expect(list).toMatchObject({ numerator: 6, denominator: 12, points: 10, maxPoints: 20, pointsLost: 10 });
    expect(Object.fromEntries(list.lost)).toEqual({
      A3: 'Giải quyết quá hạn',
      A4: 'Đang xử lý, đã quá hạn',
      A6: 'Giải quyết quá hạn',
      A9: 'Đang xử lý, đã quá hạn',
      A10: 'Yêu cầu bổ sung quá một lần',
      C2: 'Giải quyết quá hạn',
    });
  });

  it('3.3 and 5.4: the dossiers not received online, the rating not satisfied', async () => {
    const online = await traced('3.3');
    expect(online).toMatchObject({ numerator: 3, denominator: 11, points: null, pointsLost: null });
    expect(online.lost.map(([key]: string[]) => key).sort()).toEqual(['A1', 'A10', 'A3', 'A5', 'A8', 'B2', 'B3', 'C2']);
    const satisfied = await traced('5.4');
    expect(satisfied).toMatchObject({ numerator: 1, denominator: 2 });
    expect(satisfied.lost).toEqual([['A2', expect.stringContaining('chưa hài lòng')]]);
  });

  it('1.4: with sync off nothing reached the portal, so all 6 points are lost and every dossier says why', async () => {
    const list = await traced('1.4');
    expect(list).toMatchObject({ numerator: 0, denominator: 11, rate: 0, points: 0, maxPoints: 6, pointsLost: 6 });
    expect(new Set(list.lost.map(([, reason]: string[]) => reason))).toEqual(new Set(['Chưa đồng bộ được']));
    const exported = (await manager.get(`/api/v1/index-export?${OCTOBER}`)).body.indicators['1.4'];
    expect(exported).toMatchObject({ numerator: 0, denominator: 11, points: 0, maxPoints: 6 });
  });
});
