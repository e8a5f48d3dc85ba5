/** Plausible applicants for the demo history: Vietnamese names, personal identifiers, phones, addresses. */
export type Random = () => number;

/** A small seeded generator (mulberry32): the same demo history on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Mai'];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công'];
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Thị Thu', 'Phương', 'Hồng'];
const MALE_GIVEN = ['An', 'Bình', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Thắng', 'Trung'];
const FEMALE_GIVEN = ['Anh', 'Châu', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Tâm', 'Thảo', 'Trang', 'Vy', 'Yến'];
const STREETS = ['Lê Lai', 'Phan Chu Trinh', 'Trần Phú', 'Lê Hoàn', 'Bà Triệu', 'Quang Trung', 'Nguyễn Trãi', 'Hàng Đồng', 'Tống Duy Tân', 'Đào Duy Từ'];
const MOBILE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '086', '088', '070', '077', '083', '085', '035', '039'];
/** Thanh Hóa's province code in the personal identifier (038), with a few neighbours'. */
const PROVINCE_CODES = ['038', '038', '038', '038', '040', '037', '001'];

export interface DemoApplicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
}

export function demoApplicant(random: Random): DemoApplicant {
  const female = random() < 0.5;
  const fullName = [pick(random, SURNAMES), pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE), pick(random, female ? FEMALE_GIVEN : MALE_GIVEN)].join(' ');
  const born = 1950 + Math.floor(random() * 56);
  const centuryAndSex = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `${pick(random, PROVINCE_CODES)}${centuryAndSex}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
  const phone = `${pick(random, MOBILE_PREFIXES)}${digits(random, 7)}`;
  const address = `${1 + Math.floor(random() * 180)} ${pick(random, STREETS)}, phường Hạc Thành, tỉnh Thanh Hóa`;
  return random() < 0.3 ? { fullName, idNumber, phone, address, email: `nguoidan${digits(random, 5)}@example.vn` } : { fullName, idNumber, phone, address };
}
