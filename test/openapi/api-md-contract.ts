/**
 * The HTTP contract of shared/API.md, copied here as data (the tests never read ../shared): every
 * operation it names, with the query parameters, request fields and response fields it promises.
 * Field paths: `user.roles`, `[].code` (an array body), `timeline[].at`, `indicators["2.1"].rate`.
 */
export interface ContractOperation {
  op: string;
  /** The success status whose JSON body holds `response`; default the operation's lowest 2xx. */
  status?: number;
  query?: string[];
  body?: string[];
  response?: string[];
}

const RECEIVED = ['total', 'online', 'directOrPostal', 'carriedOver'].map((f) => `received.${f}`);
const RESOLVED = ['total', 'early', 'onTime', 'late'].map((f) => `resolved.${f}`);
const PENDING = ['total', 'onTime', 'late'].map((f) => `pending.${f}`);
const ROW = [...RECEIVED, ...RESOLVED, ...PENDING];
const PERIOD = ['from', 'to', 'agencyCode'];
const DOSSIER = '/api/v1/dossiers/{code}';

export const API_MD: ContractOperation[] = [
  // Auth
  { op: 'POST /api/v1/auth/login', body: ['username', 'password'], response: ['accessToken', 'user.username', 'user.fullName', 'user.roles', 'user.agencyCode'] },
  // Catalogue
  { op: 'GET /api/v1/agencies', response: ['[].code', '[].name', '[].level', '[].parentCode', '[].kind'] },
  {
    op: 'GET /api/v1/procedures',
    query: ['agencyCode', 'q'],
    response: ['[].code', '[].name', '[].field.code', '[].field.name', '[].duration.value', '[].duration.unit', '[].duration.mode', '[].documents[].name', '[].documents[].required', '[].fee'],
  },
  // Calendar and due dates
  { op: 'GET /api/v1/calendar/due-date', query: ['from', 'amount', 'unit', 'mode', 'agencyCode'], response: ['dueAt', 'provisional'] },
  { op: 'GET /api/v1/calendar/days', query: ['from', 'to', 'agencyCode'], response: ['[].date', '[].working', '[].reason'] },
  { op: 'PUT /api/v1/calendar/years/{year}', body: ['daysOff', 'workingSaturdays', 'confirmed', 'source'] },
  // Dossiers (staff)
  {
    op: 'POST /api/v1/dossiers',
    status: 201,
    body: [
      'procedureCode',
      'applicant.fullName',
      'applicant.idNumber',
      'applicant.phone',
      'applicant.email',
      'applicant.address',
      'channel',
      'documents[].name',
      'documents[].copies',
      'receivingAgencyCode',
      'resolvingAgencyCode',
      'receivedAt',
      'note',
    ],
    response: ['code', 'status', 'statusCode', 'receivedAt', 'dueAt', 'provisional', 'trackingUrl'],
  },
  {
    op: `GET ${DOSSIER}`,
    response: ['dueAt', 'originalDueAt', 'receivingAgency.code', 'receivingAgency.name', 'resolvingAgency.code', 'resolvingAgency.name', 'steps', 'events', 'apology', 'supplementRequests'],
  },
  { op: 'GET /api/v1/dossiers', query: ['status', 'overdue', 'dueBefore', 'procedureCode', 'q', 'page', 'pageSize'], response: ['items', 'total'] },
  { op: `POST ${DOSSIER}/handoffs`, body: ['toUnit', 'toOfficer', 'note'], response: ['deadlineAt', 'closedStep.result'] },
  { op: `POST ${DOSSIER}/supplement-requests`, body: ['items[].name', 'items[].kind', 'reason'], response: ['statusCode'] },
  { op: `POST ${DOSSIER}/supplements`, response: ['dueAt'] },
  { op: `POST ${DOSSIER}/apologies`, status: 201, body: ['reason', 'newDueAt', 'signerName'], response: ['late'] },
  { op: `POST ${DOSSIER}/resolve`, body: ['outcome', 'note', 'resolvedAt'], response: ['statusCode'] },
  { op: `POST ${DOSSIER}/return`, body: ['method', 'returnedAt'], response: ['statusCode'] },
  { op: `POST ${DOSSIER}/stop`, body: ['reason'], response: ['statusCode'] },
  { op: `POST ${DOSSIER}/withdraw`, response: ['statusCode'] },
  { op: 'POST /api/v1/intake-refusals', status: 201, body: ['procedureCode', 'applicant.fullName', 'reasons'], response: ['id', 'pdfUrl'] },
  { op: `GET ${DOSSIER}/receipt.pdf` },
  { op: `GET ${DOSSIER}/supplement-requests/{n}.pdf` },
  { op: `GET ${DOSSIER}/refusal.pdf` },
  { op: `GET ${DOSSIER}/apology.pdf` },
  { op: `GET ${DOSSIER}/stop-notice.pdf` },
  { op: `GET ${DOSSIER}/control-slip.pdf` },
  { op: 'GET /api/v1/register.pdf', query: ['from', 'to'] },
  { op: 'GET /api/v1/register.xlsx', query: ['from', 'to'] },
  // Public (no login)
  { op: 'GET /tra-cuu' },
  { op: 'GET /tra-cuu/{code}', query: ['t'] },
  {
    op: 'GET /api/v1/public/dossiers/{code}',
    query: ['t', 'phone4'],
    response: ['code', 'procedureName', 'statusCode', 'statusLabel', 'receivedAt', 'dueAt', 'originalDueAt', 'timeline[].at', 'timeline[].label', 'applicantName', 'results[].id', 'results[].title', 'results[].url'],
  },
  // Digitised documents and electronic results
  { op: `POST ${DOSSIER}/attachments`, status: 201, body: ['file', 'name', 'reuseOf'], response: ['id', 'name', 'mediaType', 'size', 'sha256', 'reused'] },
  { op: `GET ${DOSSIER}/attachments`, response: ['[].id', '[].name', '[].mediaType', '[].size', '[].sha256', '[].reused'] },
  { op: `GET ${DOSSIER}/attachments/{id}` },
  { op: `POST ${DOSSIER}/results`, status: 201, body: ['file', 'title'], response: ['id', 'title', 'sha256', 'signed'] },
  { op: `GET ${DOSSIER}/results/{id}.pdf` },
  { op: 'GET /api/v1/public/dossiers/{code}/results/{id}.pdf', query: ['t'] },
  // Reports (manager, head, admin)
  {
    op: 'GET /api/v1/reports/processing',
    query: [...PERIOD, 'groupBy', 'format'],
    response: [...ROW.map((f) => `rows[].${f}`), ...ROW.map((f) => `totals.${f}`)],
  },
  {
    op: 'GET /api/v1/reports/on-time-rate',
    query: [...PERIOD, 'definition'],
    response: ['definition', 'rate', 'numerator', 'denominator', 'byMonth[].month', 'byMonth[].rate', 'byMonth[].numerator', 'byMonth[].denominator'],
  },
  {
    op: 'GET /api/v1/index-export',
    query: PERIOD,
    response: [
      'agency',
      'period.from',
      'period.to',
      'generatedAt',
      ...['rate', 'numerator', 'denominator', 'points', 'maxPoints'].map((f) => `indicators["2.1"].${f}`),
      'indicators["2.2"]',
      ...['4.1', '4.2', '4.3'].flatMap((i) => ['rate', 'numerator', 'denominator', 'points', 'maxPoints', 'dossiers'].map((f) => `indicators["${i}"].${f}`)),
      ...['definition', 'rate', 'score', 'maxScore', 'rubric'].map((f) => `par.${f}`),
    ],
  },
  // Operations
  { op: 'GET /health' },
  { op: 'GET /metrics' },
];
