import { CasesModule } from '@intake/api/cases';
import { ClientsModule } from '@intake/api/clients';
import { createUser } from '@intake/testing';
import { measure, startBenchApp } from './harness';

const GIVEN = ['Jürgen', 'An', 'José', 'Jane', 'Chidi', 'Priya', 'Mohammed', 'Léa', 'Wei', 'Olga', 'Fatima', 'Liam', 'Sofía', 'Kenji', 'Amara', 'Noah'];
const FAMILY = ['Müller', 'Nguyen', 'García Pérez', 'Smith', 'Okafor', 'Sharma', 'Al-Rashid', 'Tremblay', 'Wang', 'Ivanova', 'Haddad', 'Côté'];
const COUNT = Number(process.env['BENCH_CASES'] ?? 20_000);

/**
 * p95 of the board (GET /api/pipeline) over 20,000 cases of every type and stage, each open one
 * with two deadlines (some overdue): unfiltered, by lawyer, by type, and a column's next page.
 */
async function main(): Promise<void> {
  const { t, api, stop } = await startBenchApp([ClientsModule, CasesModule], { JOBS_ENABLED: 'false' });
  try {
    const started = Date.now();
    const lawyers: string[] = [];
    const paralegals: string[] = [];
    for (let i = 0; i < 6; i += 1) lawyers.push((await createUser(t.app, { role: 'lawyer' })).user.id);
    for (let i = 0; i < 10; i += 1) paralegals.push((await createUser(t.app, { role: 'paralegal' })).user.id);
    await t.dataSource.query(
      `INSERT INTO clients (file_number, given_names, family_name)
       SELECT 'C-2026-' || lpad(i::text, 6, '0'),
              ($1::text[])[1 + (i * 7) % array_length($1::text[], 1)],
              ($2::text[])[1 + (i * 13) % array_length($2::text[], 1)]
         FROM generate_series(1, $3::int) AS i`,
      [GIVEN, FAMILY, COUNT],
    );
    await t.dataSource.query(
      `WITH workflow AS (SELECT case_type, array_agg(code ORDER BY position) AS codes FROM case_stages GROUP BY case_type),
            numbered AS (
              SELECT id AS client_id, row_number() OVER (ORDER BY file_number)::int AS i FROM clients
            ),
            planned AS (
              SELECT n.i, n.client_id, w.case_type AS type, w.codes[1 + (n.i * 7) % array_length(w.codes, 1)] AS stage
                FROM numbered n
                JOIN workflow w ON w.case_type = CASE n.i % 10 WHEN 0 THEN 'consultation' WHEN 1 THEN 'other' ELSE 'cec_express_entry' END
            )
       INSERT INTO cases (file_number, client_id, type, responsible_lawyer_id, paralegal_id, stage, stage_entered_at, opened_on, closed_on, outcome)
       SELECT 'CASE-2026-' || lpad(i::text, 6, '0'), client_id, type,
              ($1::uuid[])[1 + i % array_length($1::uuid[], 1)], ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
              stage, now() - make_interval(days => i % 180), current_date - (i % 400),
              CASE WHEN stage = 'closed' THEN current_date - (i % 30) END,
              CASE WHEN stage IN ('decision', 'closed') AND type <> 'consultation' THEN 'approved' END
         FROM planned`,
      [lawyers, paralegals],
    );
    await t.dataSource.query(`SELECT setval('case_file_number_seq', $1)`, [COUNT]);
    await t.dataSource.query(
      `INSERT INTO deadlines (case_id, kind, title, due_on)
       SELECT c.id, 'manual', 'Deadline ' || g, current_date + (abs(hashtext(c.id::text || g)) % 330) - 30
         FROM cases c CROSS JOIN generate_series(1, 2) AS g WHERE c.closed_on IS NULL`,
    );
    await t.dataSource.query(
      `UPDATE cases c SET next_deadline_id = n.id, next_deadline_on = n.due_on
         FROM (SELECT DISTINCT ON (case_id) case_id, id, due_on FROM deadlines WHERE done_at IS NULL ORDER BY case_id, due_on, id) n
        WHERE n.case_id = c.id`,
    );
    await t.dataSource.query(`ANALYZE clients; ANALYZE cases; ANALYZE deadlines`);
    const [{ open, overdue }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE closed_on IS NULL)::int AS open, count(*) FILTER (WHERE next_deadline_on < current_date)::int AS overdue FROM cases`,
    );
    console.log(`seeded ${COUNT} cases (${open} open, ${overdue} overdue) with their clients and deadlines in ${Date.now() - started} ms`);

    const get = (url: string) => async () => {
      const response = await api.get(url);
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await measure('warm-up', Array.from({ length: 20 }, () => get('/api/pipeline')));
    await measure(`GET /api/pipeline over ${COUNT} cases`, Array.from({ length: 200 }, () => get('/api/pipeline')));
    await measure('GET /api/pipeline?lawyer=', Array.from({ length: 100 }, (_, i) => get(`/api/pipeline?lawyer=${lawyers[i % lawyers.length]}`)));
    await measure('GET /api/pipeline?type=cec_express_entry', Array.from({ length: 100 }, () => get('/api/pipeline?type=cec_express_entry')));
    await measure(
      'GET /api/pipeline/document_collection?offset=',
      Array.from({ length: 100 }, (_, i) => get(`/api/pipeline/document_collection?offset=${(i % 20) * 50}&limit=50`)),
    );
  } finally {
    await stop();
  }
}

void main();
