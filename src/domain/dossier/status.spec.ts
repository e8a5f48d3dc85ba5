import {
  ALL_STATUSES,
  DossierStatus,
  isClosed,
  isDossierStatus,
  isOpen,
  isProcessingEnded,
  statusLabel,
} from './status';
import { channelCode, channelFromCode, channelLabel, isChannel } from './channel';

describe('dossier statuses', () => {
  it('numbers the ten statuses 1..10 as DVCQG does', () => {
    expect(ALL_STATUSES).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(DossierStatus.Registered).toBe(1);
    expect(DossierStatus.Returned).toBe(10);
  });

  it.each([
    [1, 'Mới đăng ký'],
    [2, 'Được tiếp nhận'],
    [3, 'Không được tiếp nhận'],
    [4, 'Đang xử lý'],
    [5, 'Yêu cầu bổ sung giấy tờ'],
    [6, 'Yêu cầu thực hiện nghĩa vụ tài chính'],
    [7, 'Công dân yêu cầu rút hồ sơ'],
    [8, 'Dừng xử lý'],
    [9, 'Đã xử lý xong'],
    [10, 'Đã trả kết quả'],
  ] as const)('labels %i as "%s"', (code, label) => {
    expect(statusLabel(code)).toBe(label);
  });

  it('labels are NFC-normalised Vietnamese', () => {
    for (const status of ALL_STATUSES) expect(statusLabel(status)).toBe(statusLabel(status).normalize('NFC'));
  });

  it('recognises valid codes only', () => {
    expect(ALL_STATUSES.every(isDossierStatus)).toBe(true);
    for (const bad of [0, 11, -1, 2.5, '2', null, undefined, NaN]) expect(isDossierStatus(bad)).toBe(false);
  });

  it('processing ends at 3, 7, 8, 9, 10; open otherwise', () => {
    expect(ALL_STATUSES.filter(isProcessingEnded)).toEqual([3, 7, 8, 9, 10]);
    expect(ALL_STATUSES.filter(isOpen)).toEqual([1, 2, 4, 5, 6]);
  });

  it('closed (terminal) statuses are 3, 7, 8, 10: 9 still awaits the return of the result', () => {
    expect(ALL_STATUSES.filter(isClosed)).toEqual([3, 7, 8, 10]);
    expect(isClosed(9)).toBe(false);
    expect(isProcessingEnded(9)).toBe(true);
  });
});

describe('channels', () => {
  it('maps to DVCQG codes both ways', () => {
    expect(channelCode('direct')).toBe(1);
    expect(channelCode('online')).toBe(2);
    expect(channelCode('postal')).toBe(3);
    expect(channelFromCode(2)).toBe('online');
    expect(channelFromCode(4)).toBeNull();
  });

  it('has Vietnamese labels and a guard', () => {
    expect(channelLabel('online')).toBe('Trực tuyến');
    expect(channelLabel('direct')).toBe('Trực tiếp');
    expect(isChannel('postal')).toBe(true);
    expect(isChannel('fax')).toBe(false);
  });
});
