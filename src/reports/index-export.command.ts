import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { IndexExportService } from './index-export.service';
import { localPeriod } from './report-period';
import { ReportScopes } from './report-scope';

export interface IndexExportOptions {
  from: string;
  to: string;
  agency: string;
  out: string;
}

/** `npm run cli -- index-export`: writes the payload of GET /api/v1/index-export to a file; returns a line for the console. */
export async function writeIndexExport(app: INestApplicationContext, options: IndexExportOptions): Promise<string> {
  const period = localPeriod(options.from, options.to);
  const scope = await app.get(ReportScopes).forAgency(options.agency);
  const payload = await app.get(IndexExportService).build(scope, period);
  writeFileSync(options.out, `${JSON.stringify(payload, null, 2)}\n`);
  return `Index export of ${scope.agency.code} for ${period.fromDate} – ${period.toDate} written to ${options.out}`;
}
