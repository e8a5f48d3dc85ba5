import { local, startSyncFixture, type SyncFixture } from './support';

describe('DVCQG sync: a dossier and its progress reach the portal', () => {
  let f: SyncFixture;

  beforeAll(async () => {
    f = await startSyncFixture('2026-11-23T09:00:00'); // Monday
  });
  afterAll(() => f.close());

  it('adds the record at intake, then updates it to the final status with every step as progress', async () => {
    f.t.clock.set(local('2026-11-23T09:00:00'));
    const code = await f.receive('1.004873', 'postal');
    expect((await f.worker.drain()).synced).toBe(1);
    const added = f.sim.records.get(code)!;
    expect(added.record).toMatchObject({
      MaHoSo: code,
      MaTTHC: '1.004873',
      KenhThucHien: 3,
      ChuHoSo: 'Lê Thị Mai',
      LoaiDoiTuong: 1,
      NgayTiepNhan: '20261123090000',
      TrangThaiHoSo: 2,
      DonViXuLy: '000.20.22.H56', // the People's Committee that resolves it, not the centre that received it
      DinhDanhCHS: [{ LoaiDinhDanh: 1, SoDinhDanh: '038185004321' }],
    });
    expect(added.record.NgayHenTra).toMatch(/^\d{14}$/);
    expect(f.sim.progress.get(code)).toEqual([expect.objectContaining({ MaHoSo: code, TrangThai: 2, NoiDungXuLy: 'Tiếp nhận hồ sơ', ThoiDiemXuLy: '20261123090000' })]);
    const detail = await f.counter.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.dvcqgSync).toMatchObject({ state: 'synced', attempts: 1, lastError: null });

    f.t.clock.set(local('2026-11-23T10:00:00'));
    expect((await f.counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' })).status).toBe(201);
    expect((await f.counter.get(`/api/v1/dossiers/${code}`)).body.dvcqgSync.state).toBe('pending');
    f.t.clock.set(local('2026-11-23T14:00:00'));
    expect((await f.head.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    f.t.clock.set(local('2026-11-23T15:00:00'));
    expect((await f.counter.post(`/api/v1/dossiers/${code}/return`, { method: 'counter' })).status).toBe(200);
    expect((await f.worker.drain()).synced).toBe(1); // three changes, one delivery of the latest state

    const final = f.sim.records.get(code)!;
    expect(final).toMatchObject({ adds: 1, updates: 1 });
    expect(final.record).toMatchObject({ TrangThaiHoSo: 10, NgayKetThucXuLy: '20261123140000', NgayTra: '20261123150000', HinhThuc: 1 });
    expect(f.sim.progress.get(code)!.map((p) => [p.TrangThai, p.ThoiDiemXuLy])).toEqual([
      [2, '20261123090000'],
      [4, '20261123100000'],
      [9, '20261123140000'],
      [10, '20261123150000'],
    ]);
    expect(f.sim.progress.get(code)![1].NoiDungXuLy).toBe('Chuyển xử lý: Công chức Tư pháp - Hộ tịch');
    expect((await f.worker.drain()).claimed).toBe(0); // nothing left, nothing sent twice
  });

  it('sends a supplement round and its receipt with the record', async () => {
    f.t.clock.set(local('2026-11-24T09:00:00'));
    const code = await f.receive('1.004873');
    await f.counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' });
    f.t.clock.set(local('2026-11-24T10:00:00'));
    expect((await f.officer.post(`/api/v1/dossiers/${code}/supplement-requests`, { items: [{ name: 'Bản sao giấy khai sinh' }], reason: 'Thiếu giấy tờ' })).status).toBe(201);
    await f.worker.drain();
    expect(f.sim.records.get(code)!.record).toMatchObject({ TrangThaiHoSo: 5, DanhSachHoSoBoSung: [expect.objectContaining({ NoiDungBoSung: 'Thiếu giấy tờ; Bản sao giấy khai sinh', NgayBoSung: '20261124100000', NgayTiepNhanBoSung: null })] });
    f.t.clock.set(local('2026-11-25T08:00:00'));
    expect((await f.counter.post(`/api/v1/dossiers/${code}/supplements`, {})).status).toBe(200);
    await f.worker.drain();
    const record = f.sim.records.get(code)!.record;
    expect(record).toMatchObject({ TrangThaiHoSo: 4, DanhSachHoSoBoSung: [expect.objectContaining({ NgayTiepNhanBoSung: '20261125080000' })] });
    const detail = (await f.counter.get(`/api/v1/dossiers/${code}`)).body;
    expect(record.NgayHenTra).toBe(portal(detail.dueAt));
    expect(f.sim.progress.get(code)!.length).toBe(detail.events.length);
  });

  it('scores indicator 1.4 from what the portal accepted and lists the dossiers behind every traced indicator', async () => {
    f.t.clock.set(local('2026-11-26T09:00:00'));
    f.sim.mode = 'down';
    const unsent = await f.receive();
    await f.worker.drain();
    f.sim.mode = 'up';
    f.t.clock.set(local('2026-12-02T09:00:00'));
    const manager = await f.counter.login('quanly');
    const period = 'from=2026-11-01&to=2026-11-30';
    const exported = await manager.get(`/api/v1/index-export?${period}`);
    expect(exported.status).toBe(200);
    expect(exported.body.indicators['1.4']).toMatchObject({ numerator: 2, denominator: 3, maxPoints: 6, points: 4 });

    const traced = await manager.get(`/api/v1/index-export/1.4/dossiers?${period}`);
    expect(traced.body).toMatchObject({ indicator: '1.4', numerator: 2, denominator: 3, points: 4, maxPoints: 6, pointsLost: 2 });
    expect(traced.body.dossiers[0]).toMatchObject({ code: unsent, inNumerator: false, reason: expect.stringContaining('503') });
    for (const indicator of ['2.1', '3.3', '5.4']) {
      const list = await manager.get(`/api/v1/index-export/${indicator}/dossiers?${period}`);
      expect(list.status).toBe(200);
      const figures = exported.body.indicators[indicator] ?? { numerator: 0, denominator: 0 };
      expect([indicator, list.body.numerator, list.body.denominator]).toEqual([indicator, figures.numerator, figures.denominator]);
      expect(list.body.dossiers.filter((d: { inNumerator: boolean }) => !d.inNumerator).every((d: { reason: string }) => d.reason)).toBe(true);
    }
    expect((await manager.get(`/api/v1/index-export/9.9/dossiers?${period}`)).status).toBe(404);
    expect((await f.counter.get(`/api/v1/index-export/1.4/dossiers?${period}`)).status).toBe(403);
  });
});

function portal(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace(/\D/g, '');
}
