import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { CreateUserRequest } from '@intake/shared/contracts';
import {
  AccountsService,
  AuditService,
  ConfigError,
  dataSourceOptions,
  loadConfig,
  todayIn,
  toFieldErrors,
  verifyAuditChain,
} from '@intake/api/core';
import { reassessOpenClients } from '@intake/api/assessments';
import { openDatabase } from './app/database';

const say = (line: string) => process.stdout.write(`${line}\n`);

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate                 apply pending migrations
  migrate:revert          revert the last migration
  create-user --email E --role admin|lawyer|paralegal [--name N]
                          asks for the password on the terminal (or reads one line from stdin)
  audit:verify            check the audit trail's hash chain
  reassess                re-evaluate every open client's latest assessment under the current
                          rules; list the clients whose outcome or CRS changed`;

/** Reads a password without echoing it on a terminal. */
function askPassword(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function createUser(dataSource: DataSource, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  });
  const password = await askPassword('Password (at least 12 characters): ');
  const request = plainToInstance(CreateUserRequest, {
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split('@')[0],
    password,
  });
  const errors = toFieldErrors(await validate(request));
  if (errors.length > 0) {
    errors.forEach((error) => say(`${error.field}: ${error.message}`));
    return 1;
  }
  const accounts = new AccountsService(dataSource, new AuditService(dataSource));
  const user = await dataSource.transaction((manager) => accounts.create(manager, request));
  say(`Created ${user.role} ${user.email}`);
  return 0;
}

async function run(command: string | undefined, args: string[]): Promise<number> {
  if (!command || !['migrate', 'migrate:revert', 'create-user', 'audit:verify', 'reassess'].includes(command)) {
    say(USAGE);
    return command ? 1 : 0;
  }
  const config = loadConfig();
  const database = await openDatabase(config, () => undefined);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        say(applied.length ? applied.map((m) => `Applied ${m.name}`).join('\n') : 'No pending migrations');
        return 0;
      }
      case 'migrate:revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        say('Reverted the last migration');
        return 0;
      case 'create-user':
        await dataSource.runMigrations({ transaction: 'each' });
        return await createUser(dataSource, args);
      case 'reassess': {
        const report = await reassessOpenClients(dataSource, todayIn(config.FIRM_TIME_ZONE));
        say(`Re-evaluated ${report.checked} open clients' latest assessments: ${report.changed.length} changed, ${report.failed.length} could not be evaluated`);
        for (const c of report.changed) {
          say(`  ${c.fileNumber}  as of ${c.asOf}: ${c.before.outcome} -> ${c.after.outcome}, CRS ${c.before.crs ?? '-'} -> ${c.after.crs ?? '-'} (${c.before.ruleSet} -> ${c.after.ruleSet})`);
        }
        for (const f of report.failed) say(`  ${f.fileNumber}: ${f.reason}`);
        return 0;
      }
      default: {
        const verdict = await verifyAuditChain(dataSource);
        if (verdict.ok) {
          say(`Audit trail intact: ${verdict.rows} rows`);
          return 0;
        }
        say(`Audit trail broken at row ${verdict.firstBrokenSeq}: ${verdict.reason} (${verdict.rows} rows)`);
        return 2;
      }
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
