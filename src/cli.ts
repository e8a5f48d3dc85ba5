import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AuthService } from './auth';
import { prepareDatabase } from './bootstrap-database';
import { backupCommand, restoreCommand } from './backup';
import type { AgencyEntity } from './catalogue';
import { AgencyDirectory } from './catalogue';
import { configFromEnv } from './config/app-config';
import { AGENCY_KINDS, type AgencyKind } from './domain/authority';
import { writeIndexExport } from './reports';

const USAGE = `Usage:
  npm run cli -- create-agency --code 000.17.22.H56 --name "Trung tâm ..." --level commune|province [--parent CODE] --governing-body "UBND XÃ ..." --place "Tên địa danh"
                                [--kind service_centre|people_committee|department|unit] [--head-title "CHỦ TỊCH"] [--authority CODE of the committee a centre serves]
  npm run cli -- create-admin --username NAME --full-name "Họ và tên" --agency CODE     (password from MOTCUA_ADMIN_PASSWORD, at least 8 characters)
  npm run cli -- index-export --from 2026-10-01 --to 2026-10-31 --agency CODE --out file.json     (the payload of GET /api/v1/index-export)
  npm run cli -- backup --out FILE      (the database in use: DATABASE_URL or the embedded one of MOTCUA_DATA_DIR, also while the service runs)
  npm run cli -- restore --in FILE [--force]     (into an empty MOTCUA_DATA_DIR or DATABASE_URL database; --force replaces a non-empty one)`;

const FLAGS = new Set(['force']);
const COMMANDS = new Set(['create-admin', 'create-agency', 'index-export', 'backup', 'restore']);

type Options = Record<string, string>;

function parseOptions(args: string[]): Options {
  const options: Options = {};
  for (let i = 0; i < args.length; ) {
    const name = args[i].slice(2);
    if (args[i].startsWith('--') && FLAGS.has(name)) {
      options[name] = 'true';
      i += 1;
      continue;
    }
    if (!args[i].startsWith('--') || args[i + 1] === undefined) throw new Error(`Unexpected argument ${args[i]}\n${USAGE}`);
    options[name] = args[i + 1];
    i += 2;
  }
  return options;
}

function required(options: Options, name: string): string {
  const value = options[name];
  if (!value) throw new Error(`--${name} is required\n${USAGE}`);
  return value;
}

function agencyKind(value: string | undefined): AgencyKind {
  if (value === undefined) return 'service_centre';
  if (!AGENCY_KINDS.includes(value as AgencyKind)) throw new Error(`--kind must be one of ${AGENCY_KINDS.join(', ')}\n${USAGE}`);
  return value as AgencyKind;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!COMMANDS.has(command)) throw new Error(USAGE);
  const options = parseOptions(rest);
  const config = { ...configFromEnv(), logLevel: 'silent' as const };
  if (command === 'backup') return console.log(await backupCommand(config, required(options, 'out')));
  if (command === 'restore') return console.log(await restoreCommand(config, required(options, 'in'), options.force === 'true'));
  const database = await prepareDatabase(config, () => undefined);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, databaseUrl: database.url }), { logger: false });
  try {
    if (command === 'create-agency') {
      await app.get(AgencyDirectory).insert({
        code: required(options, 'code'),
        name: required(options, 'name'),
        level: required(options, 'level') as AgencyEntity['level'],
        parentCode: options.parent ?? null,
        governingBody: options['governing-body'] ?? required(options, 'governing-body'),
        placeName: required(options, 'place'),
        kind: agencyKind(options.kind),
        headTitle: options['head-title'] ?? '',
        authorityCode: options.authority ?? null,
      });
      console.log(`Agency ${options.code} created`);
    } else if (command === 'index-export') {
      const [from, to, agency, out] = ['from', 'to', 'agency', 'out'].map((name) => required(options, name));
      console.log(await writeIndexExport(app, { from, to, agency, out }));
    } else {
      const password = process.env.MOTCUA_ADMIN_PASSWORD ?? '';
      await app.get(AuthService).createUser({
        username: required(options, 'username'),
        fullName: required(options, 'full-name'),
        agencyCode: required(options, 'agency'),
        roles: ['admin'],
        password,
      });
      console.log(`Administrator ${options.username} created`);
    }
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
