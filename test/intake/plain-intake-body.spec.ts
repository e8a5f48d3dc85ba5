import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ApplicantDto, CreateDossierDto, plainlyValidIntake } from '../../src/intake/dto/create-dossier.dto';

const applicant = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai, phường Hạc Thành' };
const body = { procedureCode: '1.004873', applicant, channel: 'direct' };

/** What the global ValidationPipe's class-validator path makes of a body: the DTO, or null when it refuses it. */
async function byDecorators(value: unknown): Promise<CreateDossierDto | null> {
  if (typeof value !== 'object' || value === null) return null; // the pipe refuses these before class-validator
  const dto = plainToInstance(CreateDossierDto, value);
  const errors = await validate(dto as object, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return errors.length === 0 ? dto : null;
}

const accepted: unknown[] = [
  body,
  { ...body, channel: 'online', setsCount: 3, note: '  Nộp   thay cho mẹ ', receivingAgencyCode: '000.17.22.H56' },
  { ...body, applicant: { ...applicant, fullName: '  Trần   Văn  Bình ', phone: '+84 912 345 678', address: ' 12  Lê Lợi ' } },
  { ...body, applicant: { ...applicant, idNumber: '0101234567' } },
  { ...body, applicant: { ...applicant, idNumber: '0101234567-001' } },
  { ...body, note: '', setsCount: 20 },
  { ...body, procedureCode: 'x'.repeat(50) },
];

const refused: unknown[] = [
  null,
  [],
  'text',
  {},
  { ...body, procedureCode: '' },
  { ...body, procedureCode: 7 },
  { ...body, procedureCode: 'x'.repeat(51) },
  { ...body, channel: 'fax' },
  { ...body, setsCount: 0 },
  { ...body, setsCount: 21 },
  { ...body, setsCount: 1.5 },
  { ...body, setsCount: '2' },
  { ...body, note: 'x'.repeat(1001) },
  { ...body, note: 5 },
  { ...body, receivingAgencyCode: 'x'.repeat(51) },
  { ...body, unknown: 1 },
  { ...body, applicant: { ...applicant, phone: '12345' } },
  { ...body, applicant: { ...applicant, idNumber: '12345' } },
  { ...body, applicant: { ...applicant, fullName: 'A1' } },
  { ...body, applicant: { ...applicant, address: '   ' } },
  { ...body, applicant: { ...applicant, address: 'x'.repeat(301) } },
  { ...body, applicant: { ...applicant, extra: 'x' } },
  { ...body, applicant: { fullName: applicant.fullName, idNumber: applicant.idNumber, phone: applicant.phone } },
  { ...body, applicant: null },
];

/** Left to class-validator, which may accept them: the fast path only takes the usual shape. */
const leftToDecorators: unknown[] = [
  { ...body, applicant: { ...applicant, email: 'nhung@example.vn' } },
  { ...body, representative: { fullName: 'Trần Văn Bình' } },
  { ...body, documents: [{ name: 'Tờ khai' }] },
  { ...body, receivedAt: '2026-11-20T09:15:00+07:00' },
  { ...body, resolvingAgencyCode: '000.17.22.H56' },
  { ...body, note: null },
];

describe('the plainly valid intake body (ValidationPipe fast path)', () => {
  it.each(accepted.map((b) => [b]))('accepts %j exactly as the decorators make it', async (value) => {
    const fast = plainlyValidIntake(value);
    expect(fast).toBeInstanceOf(CreateDossierDto);
    expect(fast!.applicant).toBeInstanceOf(ApplicantDto);
    const reference = await byDecorators(value);
    expect(reference).not.toBeNull();
    expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(reference)));
  });

  it.each(refused.map((b) => [b]))('leaves %j to class-validator, which refuses it', async (value) => {
    expect(plainlyValidIntake(value)).toBeNull();
    expect(await byDecorators(value)).toBeNull();
  });

  it.each(leftToDecorators.map((b) => [b]))('leaves the less usual %j to class-validator', (value) => {
    expect(plainlyValidIntake(value)).toBeNull();
  });
});
