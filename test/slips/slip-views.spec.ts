import type { DossierEntity, DossierEventEntity } from '../../src/dossiers/entities';
import { asciiFileName } from '../../src/slips/slips.service';
import { feeTextOf, groupThousands, inSentence, legalTimeText, refusalReasons, resultCollectionText } from '../../src/slips/slip-views';

describe('slip views: wording taken from the stored procedure and events', () => {
  it('words the legal processing time as published', () => {
    expect(legalTimeText({ durationValue: 3, durationUnit: 'working_days' })).toBe('03 ngày làm việc');
    expect(legalTimeText({ durationValue: 15, durationUnit: 'working_days' })).toBe('15 ngày làm việc');
    expect(legalTimeText({ durationValue: 0.5, durationUnit: 'working_days' })).toBe('0,5 ngày làm việc');
    expect(legalTimeText({ durationValue: 4, durationUnit: 'working_hours' })).toBe('04 giờ làm việc');
    expect(legalTimeText({ durationValue: 30, durationUnit: 'calendar_days' })).toBe('30 ngày');
    expect(legalTimeText({ durationValue: 0, durationUnit: 'same_day' })).toBe('Trong ngày');
  });

  it('prints the published fee, else the amount, else "Không"', () => {
    expect(feeTextOf({ feeText: ' 8.000 đồng/bản sao ', feeAmount: 8000 })).toBe('8.000 đồng/bản sao');
    expect(feeTextOf({ feeText: '', feeAmount: 1250000 })).toBe('1.250.000 đồng');
    expect(feeTextOf({ feeText: '', feeAmount: 0 })).toBe('Không');
    expect(groupThousands(100)).toBe('100');
  });

  it('fits names and published texts into the forms’ sentences', () => {
    expect(inSentence('Đăng ký khai sinh')).toBe('đăng ký khai sinh');
    expect(inSentence('UBND xã xác nhận')).toBe('UBND xã xác nhận');
    expect(resultCollectionText('Nhận kết quả tại Bộ phận Một cửa', 'TTPVHCC')).toBe('Bộ phận Một cửa');
    expect(resultCollectionText('qua dịch vụ bưu chính công ích', 'TTPVHCC')).toBe('Qua dịch vụ bưu chính công ích');
    expect(resultCollectionText('  ', 'Trung tâm Phục vụ hành chính công xã Đông Sơn')).toBe('Trung tâm Phục vụ hành chính công xã Đông Sơn');
  });

  it('reads the refusal reasons from the event, falling back to the dossier’s end reason', () => {
    const dossier = { endReason: 'Không đủ điều kiện' } as DossierEntity;
    const event = (data: Record<string, unknown>) => ({ data }) as DossierEventEntity;
    expect(refusalReasons(event({ reasons: ['Một', ' ', 2, 'Hai'] }), dossier)).toEqual(['Một', 'Hai']);
    expect(refusalReasons(event({ reason: ' Thiếu hồ sơ ' }), dossier)).toEqual(['Thiếu hồ sơ']);
    expect(refusalReasons(null, dossier)).toEqual(['Không đủ điều kiện']);
  });

  it('serves ASCII file names', () => {
    expect(asciiFileName('000.17.22.H56-261123-0001-giay-hen.pdf')).toBe('000.17.22.H56-261123-0001-giay-hen.pdf');
    expect(asciiFileName('sổ theo dõi Đông Sơn.pdf')).toBe('so-theo-doi-Dong-Son.pdf');
  });
});
