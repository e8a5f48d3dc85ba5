import type { AgencyEntity } from '../catalogue/agency.entity';

type DemoAgency = Pick<AgencyEntity, 'code' | 'name' | 'level' | 'parentCode' | 'governingBody' | 'placeName' | 'address' | 'phone'>;

/** A province and two commune-level public administration service centres (TTPVHCC), QCVN 102:2016 identifiers. */
export const DEMO_PROVINCE = '000.00.00.H56';
export const DEMO_COMMUNE = '000.17.22.H56';
export const DEMO_COMMUNE_2 = '000.18.22.H56';

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: DEMO_PROVINCE,
    name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
    level: 'province',
    parentCode: null,
    governingBody: 'UBND TỈNH THANH HÓA',
    placeName: 'Thanh Hóa',
    address: '28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3750 666',
  },
  {
    code: DEMO_COMMUNE,
    name: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
    level: 'commune',
    parentCode: DEMO_PROVINCE,
    governingBody: 'UBND PHƯỜNG HẠC THÀNH',
    placeName: 'Hạc Thành',
    address: '02 Phan Chu Trinh, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 118',
  },
  {
    code: DEMO_COMMUNE_2,
    name: 'Trung tâm Phục vụ hành chính công xã Đông Sơn',
    level: 'commune',
    parentCode: DEMO_PROVINCE,
    governingBody: 'UBND XÃ ĐÔNG SƠN',
    placeName: 'Đông Sơn',
    address: 'Thôn Nhuệ Sâm, xã Đông Sơn, tỉnh Thanh Hóa',
    phone: '0237 3690 215',
  },
];
