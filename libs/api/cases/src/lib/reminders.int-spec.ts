import { JobQueue } from '@intake/api/core';
import {
  ApiClient,
  createBareClient,
  createPeerApp,
  createTestApp,
  createUser,
  firmToday,
  openCase,
  shiftDate,
  type TestApp,
} from '@intake/testing';
import { ClientsModule } from '@intake/testing-intake';
import { CasesModule } from './cases.module';
import { OVERDUE, type ReminderJob } from './reminder-plan';
import { REMINDER_QUEUE, RemindersService } from './reminders.service';

const JOBS = { JOBS_POLLING_SECONDS: '0.5', REMINDER_CRON: '0 3 1 1 *' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deadline reminders', () => {
  let first: TestApp;
  let second: Omit<TestApp, 'database'>;
  let paralegal: ApiClient;
  let paralegalEmail: string;
  let lawyerEmail: string;
  let lawyerId: string;
  let paralegalId: string;
  const today = firmToday();

  beforeAll(async () => {
    first = await createTestApp([ClientsModule, CasesModule], JOBS);
    second = await createPeerApp(first, [ClientsModule, CasesModule], JOBS);
    const p = await createUser(first.app, { role: 'paralegal', name: 'Paula Paralegal' });
    const l = await createUser(first.app, { role: 'lawyer', name: 'Louise Lawyer' });
    [paralegalEmail, lawyerEmail, paralegalId, lawyerId] = [p.email, l.email, p.user.id, l.user.id];
    paralegal = new ApiClient(first.http);
    await paralegal.login(p.email, p.password);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const outbox = (): Promise<{ to_address: string; subject: string; body: string; status: string }[]> =>
    first.dataSource.query(`SELECT to_address, subject, body, status FROM outbox ORDER BY subject`);

  /** Until no reminder job waits or runs, then a little longer so a late duplicate would show. */
  const drained = async () => {
    for (let i = 0; i < 60; i += 1) {
      const [{ n }] = await first.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [REMINDER_QUEUE],
      );
      if (n === 0) break;
      await sleep(250);
    }
    await sleep(1500);
  };

  it('sends each reminder once although two API processes sweep and work the queue at the same time', async () => {
    const client = await createBareClient(paralegal, 'Wei', 'Wang');
    const withPermit = await paralegal.put(`/api/clients/${client.id}/status-history`, {
      version: client.version,
      items: [{ type: 'work_permit', validFrom: '2024-01-01', validTo: shiftDate(today, 10) }],
    });
    expect(withPermit.status).toBe(200);
    const opened = await openCase(paralegal, { clientId: client.id, responsibleLawyerId: lawyerId, paralegalId });
    await paralegal.post(`/api/cases/${opened.id}/deadlines`, { title: 'Return the signed retainer', dueOn: shiftDate(today, -3) });
    await paralegal.post(`/api/cases/${opened.id}/deadlines`, { title: 'Renew the passport', dueOn: shiftDate(today, 40) });

    const sweeps = await Promise.all([
      first.app.get(RemindersService).sweep(),
      second.app.get(RemindersService).sweep(),
      first.app.get(RemindersService).sweep(),
      second.app.get(RemindersService).sweep(),
    ]);
    expect(sweeps.reduce((sum, s) => sum + s.queued, 0)).toBeGreaterThanOrEqual(2);
    await drained();

    const sent = await outbox();
    expect(sent).toEqual([
      expect.objectContaining({ to_address: lawyerEmail, subject: expect.stringMatching(/^Overdue: Return the signed retainer/), status: 'unsent' }),
      expect.objectContaining({ to_address: paralegalEmail, subject: expect.stringMatching(/^Reminder: Work permit expires/), status: 'unsent' }),
    ]);
    expect(sent[1].body).toContain(`Due ${shiftDate(today, 10)} (in 10 days).`);
    expect(sent[1].body).toContain(opened.fileNumber as string);
    const deliveries = await first.dataSource.query(`SELECT offset_days FROM reminder_deliveries ORDER BY offset_days`);
    expect(deliveries.map((d: { offset_days: number }) => d.offset_days)).toEqual([OVERDUE, 14]);
    const audit = await first.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action IN ('deadline.remind', 'deadline.escalate') ORDER BY action`,
      [opened.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['deadline.escalate', 'deadline.remind']);
  });

  it('runs a duplicated job once: the delivery claims its key', async () => {
    const [deadline] = await first.dataSource.query(`SELECT id, due_on::text FROM deadlines WHERE kind = 'permit_expiry'`);
    const job: ReminderJob = { deadlineId: deadline.id, dueOn: deadline.due_on, offsetDays: 14, recipientId: paralegalId };
    await first.app.get(JobQueue).send(REMINDER_QUEUE, job, 'duplicate-1');
    await second.app.get(JobQueue).send(REMINDER_QUEUE, job, 'duplicate-2');
    const direct = await Promise.all([first.app.get(RemindersService).deliver(job), second.app.get(RemindersService).deliver(job)]);
    expect(direct).toEqual([false, false]);
    await drained();
    expect(await outbox()).toHaveLength(2);
    expect(await first.app.get(RemindersService).sweep()).toEqual({ queued: 0 });
  });

  it('lists the outbox to admins while no SMTP server is configured', async () => {
    expect((await paralegal.get('/api/outbox')).status).toBe(403);
    const a = await createUser(first.app, { role: 'admin', name: 'Ada Admin' });
    const admin = new ApiClient(first.http);
    await admin.login(a.email, a.password);
    const listed = await admin.get('/api/outbox?status=unsent');
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(2);
    expect(listed.body.items[0]).toEqual(expect.objectContaining({ status: 'unsent', attempts: 0, relatedType: 'deadline', sentAt: null }));
    expect((await new ApiClient(first.http).get('/api/outbox')).status).toBe(401);
  });

  it('records a failed SMTP delivery in the outbox, without the server message', async () => {
    const smtp = await createPeerApp(first, [ClientsModule, CasesModule], { JOBS_ENABLED: 'false', SMTP_URL: 'smtp://127.0.0.1:9' });
    try {
      const client = await createBareClient(paralegal, 'Olga', 'Ivanova');
      const opened = await openCase(paralegal, { clientId: client.id, responsibleLawyerId: lawyerId, paralegalId });
      await paralegal.post(`/api/cases/${opened.id}/deadlines`, { title: 'File the extension', dueOn: shiftDate(today, 1) });
      expect(await smtp.app.get(RemindersService).sweep()).toEqual({ queued: 1 });
      const [row] = await first.dataSource.query(`SELECT status, attempts, last_error, subject FROM outbox WHERE subject LIKE '%File the extension%'`);
      expect(row).toEqual(expect.objectContaining({ status: 'failed', attempts: 1, subject: expect.stringMatching(/^Reminder: File the extension/) }));
      expect(row.last_error).toMatch(/^[A-Z_]+$|Error$/);
    } finally {
      await smtp.close();
    }
  });
});
