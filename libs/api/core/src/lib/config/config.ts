import { isAbsolute, relative, resolve } from 'node:path';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@intake/shared/contracts';

/** Development-only session secret; refused in production. */
export const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me';

/** Development-only encryption key (32 zero-padded bytes); refused in production. */
export const DEV_ENCRYPTION_KEYS = `dev:${Buffer.alloc(32, 'development-only-key').toString('base64')}`;

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/**
 * Every environment variable the API reads. The README's table lists the same names and
 * defaults; keep them together.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  SESSION_SECRET = DEV_SESSION_SECRET;

  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(7 * 24 * 60)
  SESSION_IDLE_MINUTES = 480;

  /** `id:base64key[,id:base64key…]`: the first encrypts, all decrypt (key rotation). */
  @Matches(/^[A-Za-z0-9_-]{1,20}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,20}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be id:key pairs, comma-separated, each key 32 bytes in base64',
  })
  ENCRYPTION_KEYS = DEV_ENCRYPTION_KEYS;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 20;

  /** Requests per IP address per minute on each public read route (`GET /api/public/…`). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 60;

  /** Submissions per IP address per minute on each public write route (`POST /api/public/…`). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE = 10;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  ADMIN_PASSWORD?: string;

  @IsString()
  FIRM_TIME_ZONE = 'America/Toronto';

  @IsString()
  @MinLength(1)
  FIRM_NAME = 'Your Immigration Law Firm';

  /** Printed on reports; lines separated by "|". */
  @IsString()
  FIRM_ADDRESS = '';

  /** The legal-advice disclaimer printed on reports, until disclaimers are managed in the product. */
  @IsString()
  @MinLength(1)
  DISCLAIMER_VERSION = 'config-1';

  @IsString()
  @MinLength(20)
  DISCLAIMER_TEXT_EN =
    'This pre-assessment is general information, not legal advice. It relies on the information you gave us and on the rules in force on the date shown, which can change. No lawyer-client relationship exists until the firm agrees in writing to act for you.';

  @IsString()
  @MinLength(20)
  DISCLAIMER_TEXT_FR =
    "Cette pré-évaluation est une information générale et non un avis juridique. Elle repose sur les renseignements que vous nous avez fournis et sur les règles en vigueur à la date indiquée, qui peuvent changer. Aucune relation avocat-client n'existe tant que le cabinet n'a pas accepté par écrit d'agir pour vous.";

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^\d+(kb|mb)$/i, { message: 'must look like 1mb or 500kb' })
  BODY_LIMIT = '1mb';

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  /** Session and CSRF cookies marked Secure (HTTPS only). Unset: on in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SECURE_COOKIES?: boolean;

  /** Uploaded documents; served only through the API, never from the dashboard's folder. */
  @IsString()
  @MinLength(1)
  UPLOAD_DIR = './data/uploads';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(200 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

  /** `smtp://user:pass@host:587` or `smtps://…`; unset, e-mails stay in the outbox table. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Immigration intake <no-reply@localhost>';

  /** Address of the public pages, for links in e-mails to visitors (`…/booking/manage?token=…`). */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** Days before a deadline on which its assignee is reminded, comma-separated. */
  @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'must be whole days, comma-separated, like 30,14,7,2' })
  REMINDER_OFFSETS_DAYS = '30,14,7,2';

  /** When the reminder sweep runs (cron, in FIRM_TIME_ZONE). */
  @Matches(/^\S+( \S+){4,5}$/, { message: 'must be a cron expression of 5 or 6 fields' })
  REMINDER_CRON = '*/15 * * * *';

  /** Background jobs (pg-boss, in the database's `pgboss` schema); off, nothing runs on a schedule. */
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  @Type(() => Number)
  @IsNumber()
  @Min(0.5)
  @Max(60)
  JOBS_POLLING_SECONDS = 2;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get secureCookies(): boolean {
    return this.SECURE_COOKIES ?? this.isProduction;
  }

  get reminderOffsets(): number[] {
    return [...new Set(this.REMINDER_OFFSETS_DAYS.split(',').map(Number))].sort((a, b) => b - a);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(
    known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property} ${message}`,
    ),
  );
  if (config.isProduction && config.SESSION_SECRET === DEV_SESSION_SECRET) {
    problems.push('SESSION_SECRET must be set to a secret of your own in production');
  }
  if (config.isProduction && config.ENCRYPTION_KEYS === DEV_ENCRYPTION_KEYS) {
    problems.push('ENCRYPTION_KEYS must be set to a key of your own in production');
  }
  if (isInside(resolve(config.UPLOAD_DIR), resolve('dist'))) {
    problems.push('UPLOAD_DIR must not be inside dist/, where the dashboard is served from');
  }
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
