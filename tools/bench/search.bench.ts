import { ClientsModule } from '@intake/api/clients';
import { measure, startBenchApp } from './harness';

const GIVEN = ['Jürgen', 'An', 'José', 'Jane', 'Chidi', 'Priya', 'Mohammed', 'Léa', 'Wei', 'Olga', 'Fatima', 'Liam', 'Sofía', 'Kenji', 'Amara', 'Noah', 'Zoë', 'Mateo', 'Aisha', 'Björn'];
const FAMILY = ['Müller', 'Nguyen', 'García Pérez', 'Smith', 'Okafor', 'Sharma', 'Al-Rashid', 'Tremblay', 'Wang', 'Ivanova', 'Haddad', 'O’Brien', 'Fernández', 'Tanaka', 'Mensah', 'Côté', 'Kowalski', 'Rossi', 'Khan', 'Lindqvist'];
const COUNT = Number(process.env['BENCH_CLIENTS'] ?? 10_000);

/** Search p95 over 10,000 seeded clients: the one search box of the clients list. */
async function main(): Promise<void> {
  const { t, api, stop } = await startBenchApp([ClientsModule]);
  try {
    const started = Date.now();
    await t.dataSource.query(
      `INSERT INTO clients (file_number, given_names, family_name, date_of_birth, email, phone, intended_province)
       SELECT 'C-2026-' || lpad(i::text, 5, '0'),
              ($1::text[])[1 + (i * 7) % array_length($1::text[], 1)] || CASE WHEN i % 3 = 0 THEN ' Marie' ELSE '' END,
              ($2::text[])[1 + (i * 13) % array_length($2::text[], 1)] || CASE WHEN i % 5 = 0 THEN '-' || i::text ELSE '' END,
              date '1960-01-01' + (i * 37) % 15000,
              'client' || i || '@example.com',
              '+1 416 555 ' || lpad((i % 10000)::text, 4, '0'),
              (ARRAY['ON','BC','QC','AB','MB'])[1 + i % 5]
         FROM generate_series(1, $3::int) AS i`,
      [GIVEN, FAMILY, COUNT],
    );
    await t.dataSource.query(`SELECT setval('client_file_number_seq', $1)`, [COUNT]);
    await t.dataSource.query(`ANALYZE clients`);
    console.log(`seeded ${COUNT} clients in ${Date.now() - started} ms`);

    const queries = [
      'Mueller', 'müller', 'Nguyen Van An', 'an nguyen', 'Jose Garcia', 'Smtih', 'okafor', 'Sharma Priya',
      'Mohamed Al Rashid', 'tremblay', 'cote lea', 'client4242@example.com', 'client77', '4165551234',
      '555 0420', 'C-2026-00421', 'c-2026-09999', 'Zoe Rossi', 'Bjorn Lindqvist', 'Fatima Haddad',
    ];
    const requests = Array.from({ length: 400 }, (_, i) => () => api.get(`/api/clients?q=${encodeURIComponent(queries[i % queries.length])}`));
    await measure('warm-up', requests.slice(0, 40));
    await measure(`GET /api/clients?q= over ${COUNT} clients`, requests);
    await measure('GET /api/clients (first page, by name)', Array.from({ length: 100 }, () => () => api.get('/api/clients?sort=name')));
    await measure('GET /api/clients?expiringWithinDays=90', Array.from({ length: 100 }, () => () => api.get('/api/clients?expiringWithinDays=90')));
  } finally {
    await stop();
  }
}

void main();
