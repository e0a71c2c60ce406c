/** Where the test databases are created: DATABASE_URL's server, else the embedded one. */
export function testServerUrl(): string {
  const url = process.env['DATABASE_URL'] || process.env['TEST_PG_SERVER_URL'];
  if (!url) throw new Error('No test PostgreSQL: the Jest global setup did not run.');
  return url;
}

/** The same server, on its maintenance database. */
export function maintenanceUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return url.toString();
}
