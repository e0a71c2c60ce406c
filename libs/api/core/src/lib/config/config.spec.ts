import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.SESSION_IDLE_MINUTES).toBe(480);
    expect(config.FIRM_TIME_ZONE).toBe('America/Toronto');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', TRUST_PROXY: 'true' });
    expect(config.PORT).toBe(8080);
    expect(config.TRUST_PROXY).toBe(true);
  });

  it('names every invalid variable on its own line', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
      expect(problems.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    }
  });

  it('refuses the default session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: `k:${Buffer.alloc(32, 1).toString('base64')}` }).isProduction).toBe(
      true,
    );
  });

  it('refuses a missing session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: '' })).toThrow(
      /SESSION_SECRET/,
    );
  });

  it('reads the reminder offsets, largest first, and refuses other shapes', () => {
    expect(loadConfig({ REMINDER_OFFSETS_DAYS: '2,30,7,14,7' }).reminderOffsets).toEqual([30, 14, 7, 2]);
    expect(() => loadConfig({ REMINDER_OFFSETS_DAYS: '30, 14' })).toThrow(/REMINDER_OFFSETS_DAYS/);
  });

  it('keeps uploads out of the served folder', () => {
    expect(loadConfig({}).UPLOAD_DIR).toBe('./data/uploads');
    expect(() => loadConfig({ UPLOAD_DIR: 'dist/apps/dashboard/browser/uploads' })).toThrow(/UPLOAD_DIR/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.ca' })).toThrow(/together/);
  });
});

describe('secure cookies', () => {
  it('follow production unless SECURE_COOKIES says otherwise', () => {
    const secret = { SESSION_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: `k:${Buffer.alloc(32, 1).toString('base64')}` };
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECURE_COOKIES: 'false', ...secret }).secureCookies).toBe(false);
  });
});
