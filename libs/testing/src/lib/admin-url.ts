/**
 * Where the test databases are created: DATABASE_URL's server (through the database it names),
 * else the embedded server that the Jest global setup started.
 */
export function testServerUrl(): string {
  const url = process.env['DATABASE_URL'] || process.env['TEST_PG_SERVER_URL'];
  if (!url) throw new Error('No test PostgreSQL: the Jest global setup did not run.');
  return url;
}
