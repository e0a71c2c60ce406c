import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
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

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get secureCookies(): boolean {
    return this.SECURE_COOKIES ?? this.isProduction;
  }
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
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
