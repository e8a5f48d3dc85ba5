import type { AgencyEntity } from '../catalogue';

type DemoAgency = Pick<AgencyEntity, 'code' | 'name' | 'level' | 'parentCode' | 'governingBody' | 'placeName' | 'address' | 'phone' | 'kind' | 'headTitle' | 'authorityCode'>;

/**
 * A province and two commune-level public administration service centres (TTPVHCC) that receive
 * dossiers, the two communes' People's Committees that decide them, and a provincial department;
 * QCVN 102:2016 identifiers.
 */
export const DEMO_PROVINCE = '000.00.00.H56';
export const DEMO_COMMUNE = '000.17.22.H56';
export const DEMO_COMMUNE_2 = '000.18.22.H56';
/** Ủy ban nhân dân phường Hạc Thành: resolves the dossiers DEMO_COMMUNE receives. */
export const DEMO_COMMITTEE = '000.20.22.H56';
export const DEMO_COMMITTEE_2 = '000.21.22.H56';
export const DEMO_DEPARTMENT = '000.00.05.H56';

const COMMITTEES: DemoAgency[] = [
  {
    code: DEMO_COMMITTEE,
    name: 'Ủy ban nhân dân phường Hạc Thành',
    level: 'commune',
    parentCode: DEMO_PROVINCE,
    kind: 'people_committee',
    headTitle: 'CHỦ TỊCH',
    authorityCode: null,
    governingBody: '',
    placeName: 'Hạc Thành',
    address: '02 Phan Chu Trinh, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 100',
  },
  {
    code: DEMO_COMMITTEE_2,
    name: 'Ủy ban nhân dân xã Đông Sơn',
    level: 'commune',
    parentCode: DEMO_PROVINCE,
    kind: 'people_committee',
    headTitle: 'CHỦ TỊCH',
    authorityCode: null,
    governingBody: '',
    placeName: 'Đông Sơn',
    address: 'Thôn Nhuệ Sâm, xã Đông Sơn, tỉnh Thanh Hóa',
    phone: '0237 3690 200',
  },
  {
    code: DEMO_DEPARTMENT,
    name: 'Sở Tư pháp tỉnh Thanh Hóa',
    level: 'province',
    parentCode: DEMO_PROVINCE,
    kind: 'department',
    headTitle: 'GIÁM ĐỐC',
    authorityCode: null,
    governingBody: 'UBND TỈNH THANH HÓA',
    placeName: 'Thanh Hóa',
    address: '35 Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 044',
  },
];

/** Each commune centre serves its People's Committee. */
export const DEMO_CENTRE_AUTHORITIES: Array<[centre: string, committee: string]> = [
  [DEMO_COMMUNE, DEMO_COMMITTEE],
  [DEMO_COMMUNE_2, DEMO_COMMITTEE_2],
];

const CENTRE = { kind: 'service_centre' as const, headTitle: 'GIÁM ĐỐC' };

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: DEMO_PROVINCE,
    name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
    level: 'province',
    parentCode: null,
    ...CENTRE,
    authorityCode: null,
    governingBody: 'UBND TỈNH THANH HÓA',
    placeName: 'Thanh Hóa',
    address: '28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3750 666',
  },
  ...COMMITTEES,
  {
    code: DEMO_COMMUNE,
    name: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
    level: 'commune',
    parentCode: DEMO_PROVINCE,
    ...CENTRE,
    authorityCode: DEMO_COMMITTEE,
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
    ...CENTRE,
    authorityCode: DEMO_COMMITTEE_2,
    governingBody: 'UBND XÃ ĐÔNG SƠN',
    placeName: 'Đông Sơn',
    address: 'Thôn Nhuệ Sâm, xã Đông Sơn, tỉnh Thanh Hóa',
    phone: '0237 3690 215',
  },
];
