import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { ADMIN } from './src/support/accounts';

const port = Number(process.env['E2E_PORT'] ?? 3300);
const root = join(__dirname, '..');
// One fresh database per run; the teardown removes it.
const dataDir = process.env['E2E_DATA_DIR'] ?? join(root, 'tmp', `e2e-data-${Date.now()}`);
process.env['E2E_DATA_DIR'] = dataDir;


/** Browser tests against the production build, on a fresh embedded database. */
export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp', 'e2e-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  globalTeardown: './src/support/global-teardown.ts',
  webServer: {
    command: `node ${join(root, 'dist', 'apps', 'api', 'main.js')}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      // Plain HTTP on localhost: Secure cookies would never be set.
      SECURE_COOKIES: 'false',
      PORT: String(port),
      DATA_DIR: dataDir,
      UPLOAD_DIR: join(dataDir, 'uploads'),
      EMBEDDED_PG_PORT: String(port + 20000),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_RATE_LIMIT_PER_MINUTE: '200',
      LOG_LEVEL: 'warn',
      FIRM_NAME: 'Tremblay & Singh Immigration LLP',
    },
  },
});
