import type { NewUser } from '../auth';
import { DEMO_COMMITTEE, DEMO_COMMUNE, DEMO_COMMUNE_2, DEMO_PROVINCE } from './demo-agencies';

/** The demo accounts of shared/API.md; their password exists only in demo mode. */
export const DEMO_PASSWORD = 'demo12345';

export const DEMO_USERS: Omit<NewUser, 'password'>[] = [
  { username: 'tiepnhan', fullName: 'Nguyễn Thị Thu Hà', roles: ['counter'], agencyCode: DEMO_COMMUNE, unitName: 'Bộ phận Một cửa' },
  { username: 'chuyenvien', fullName: 'Lê Văn Minh', roles: ['officer'], agencyCode: DEMO_COMMUNE, unitName: 'Công chức Tư pháp - Hộ tịch' },
  // The head (Chủ tịch) of the People's Committee that resolves the commune centre's dossiers.
  { username: 'lanhdao', fullName: 'Trần Quốc Hưng', roles: ['head'], agencyCode: DEMO_COMMITTEE, unitName: 'Lãnh đạo UBND' },
  { username: 'quanly', fullName: 'Phạm Thị Lan', roles: ['manager'], agencyCode: DEMO_COMMUNE, unitName: 'Văn phòng HĐND và UBND' },
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'], agencyCode: DEMO_COMMUNE, unitName: 'Văn phòng HĐND và UBND' },
  { username: 'admintinh', fullName: 'Quản trị hệ thống tỉnh', roles: ['admin'], agencyCode: DEMO_PROVINCE, unitName: 'Trung tâm Phục vụ hành chính công tỉnh' },
  { username: 'tiepnhan2', fullName: 'Hoàng Văn Nam', roles: ['counter'], agencyCode: DEMO_COMMUNE_2, unitName: 'Bộ phận Một cửa' },
];
