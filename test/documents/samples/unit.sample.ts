import type { IssuingUnit } from '../../../src/documents/forms/common';

export const SAMPLE_UNIT: IssuingUnit = {
  governingBody: 'UBND tỉnh Đồng Nai',
  name: 'Trung tâm Phục vụ hành chính công xã Tân Phú',
  place: 'Tân Phú',
};

export const SAMPLE_RESOLVING_UNIT: IssuingUnit = {
  governingBody: 'UBND tỉnh Đồng Nai',
  name: 'Ủy ban nhân dân xã Tân Phú',
  place: 'Tân Phú',
};
