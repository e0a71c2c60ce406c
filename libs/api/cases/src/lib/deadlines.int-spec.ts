import {
  ApiClient,
  createProfiledClient,
  createTestApp,
  createUser,
  decideConflict,
  firmToday,
  openCase,
  shiftDate,
  type TestApp,
  walkCase,
} from '@intake/testing';
import { AssessmentsModule, ClientsModule } from '@intake/testing-intake';
import { CasesModule } from './cases.module';

interface Deadline {
  id: string;
  kind: string;
  title: string;
  dueOn: string;
  done: boolean;
  overdue: boolean;
  daysLeft: number;
  derived: boolean;
  version: number;
}

describe('deadlines', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;
  let lawyerId: string;
  const today = firmToday();

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, AssessmentsModule, CasesModule], { JOBS_ENABLED: 'false' });
    const p = await createUser(t.app, { role: 'paralegal' });
    const l = await createUser(t.app, { role: 'lawyer' });
    lawyerId = l.user.id;
    paralegal = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);
  });
  afterAll(() => t.close());

  const deadlinesOf = async (caseId: string): Promise<Deadline[]> => (await paralegal.get(`/api/cases/${caseId}/deadlines`)).body;
  const ofKind = async (caseId: string, kind: string) => (await deadlinesOf(caseId)).filter((d) => d.kind === kind);

  /** The profiled client, with a work permit that expires in 10 days. */
  const clientWithExpiringPermit = async () => {
    const client = await createProfiledClient(paralegal);
    return (
      await paralegal.put(`/api/clients/${client.id}/status-history`, {
        version: client.version,
        items: [
          { type: 'study_permit', validFrom: '2018-08-20', validTo: '2021-12-31' },
          { type: 'work_permit', validFrom: '2022-01-01', validTo: shiftDate(today, 10) },
        ],
      })
    ).body;
  };

  it('derives the permit expiring in 10 days (maintained status) and the language results, and shows the next one', async () => {
    const client = await clientWithExpiringPermit();
    const opened = await openCase(paralegal, { clientId: client.id, responsibleLawyerId: lawyerId });
    const deadlines = await deadlinesOf(opened.id);
    const permit = deadlines.filter((d) => d.kind === 'permit_expiry');
    expect(permit).toEqual([
      expect.objectContaining({ dueOn: shiftDate(today, 10), daysLeft: 10, overdue: false, derived: true, title: expect.stringMatching(/^Work permit expires/) }),
    ]);
    expect(deadlines.filter((d) => d.kind === 'language_test_expiry').map((d) => d.dueOn).sort()).toEqual([
      '2027-02-01',
      '2027-04-01',
      '2027-05-10',
    ]);
    const read = (await paralegal.get(`/api/cases/${opened.id}`)).body;
    expect(read.nextDeadline).toEqual(expect.objectContaining({ id: permit[0].id, kind: 'permit_expiry', dueOn: shiftDate(today, 10) }));
    expect(read.overdue).toBe(false);
  });

  it('follows the permit when the intake changes, in the same transaction as the change', async () => {
    const client = await clientWithExpiringPermit();
    const opened = await openCase(paralegal, { clientId: client.id });
    const [before] = await ofKind(opened.id, 'permit_expiry');
    const extended = await paralegal.put(`/api/clients/${client.id}/status-history`, {
      version: client.version,
      items: [
        { type: 'work_permit', validFrom: '2022-01-01', validTo: shiftDate(today, 45) },
        { type: 'maintained', validFrom: shiftDate(today, 46) },
      ],
    });
    expect(extended.status).toBe(200);
    const after = await ofKind(opened.id, 'permit_expiry');
    expect(after).toEqual([expect.objectContaining({ id: before.id, dueOn: shiftDate(today, 45), version: before.version + 1 })]);
    const audit = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'case.deadlines.derive' ORDER BY seq DESC LIMIT 1`,
      [opened.id],
    );
    expect(audit[0].changes.moved.after).toEqual([expect.objectContaining({ kind: 'permit_expiry', dueOn: shiftDate(today, 45) })]);

    const stale = await paralegal.put(`/api/clients/${client.id}/status-history`, { version: client.version, items: [] });
    expect(stale.status).toBe(409);
    expect(await ofKind(opened.id, 'permit_expiry')).toHaveLength(1);
  });

  it("derives a family member's permit expiry too, and follows it when the family section changes", async () => {
    const client = await clientWithExpiringPermit();
    const opened = await openCase(paralegal, { clientId: client.id });
    const spouse = (validTo: string | null) => ({
      relationship: 'spouse',
      givenNames: 'Rahul',
      familyName: 'Sharma',
      dateOfBirth: '1993-07-02',
      accompanying: true,
      permitType: validTo ? 'work_permit' : null,
      permitValidTo: validTo,
    });
    const incomplete = await paralegal.put(`/api/clients/${client.id}/family`, {
      version: client.version,
      items: [{ ...spouse(null), permitType: 'work_permit' }],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors).toEqual([{ field: 'items[0].permitValidTo', message: 'is required with a permit' }]);

    let current = (await paralegal.put(`/api/clients/${client.id}/family`, { version: client.version, items: [spouse(shiftDate(today, 10))] })).body;
    expect(current.family[0]).toEqual(expect.objectContaining({ permitType: 'work_permit', permitValidTo: shiftDate(today, 10) }));
    const permits = await ofKind(opened.id, 'permit_expiry');
    // Both fall due the same day: compare them in a fixed order.
    expect(permits.map((d) => [d.title, d.dueOn]).sort()).toEqual([
      ["Rahul Sharma's work permit expires: file any extension before this date", shiftDate(today, 10)],
      ['Work permit expires: file any extension before this date', shiftDate(today, 10)],
    ]);
    const spouseDeadline = permits.find((d) => d.title.startsWith('Rahul Sharma')) as Deadline;

    current = (await paralegal.put(`/api/clients/${client.id}/family`, { version: current.version, items: [spouse(shiftDate(today, 90))] })).body;
    expect((await ofKind(opened.id, 'permit_expiry')).find((d) => d.id === spouseDeadline.id)?.dueOn).toBe(shiftDate(today, 90));
    await paralegal.put(`/api/clients/${client.id}/family`, { version: current.version, items: [spouse(null)] });
    expect((await ofKind(opened.id, 'permit_expiry')).map((d) => d.title)).toEqual(['Work permit expires: file any extension before this date']);
  });

  it('moves language result expiries two years after each test date, and drops those of removed tests', async () => {
    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    await paralegal.put(`/api/clients/${client.id}/language-tests`, {
      version: client.version,
      items: [{ test: 'CELPIP_GENERAL', testDate: '2025-09-13', reading: 9, writing: 9, listening: 10, speaking: 9 }],
    });
    expect((await ofKind(opened.id, 'language_test_expiry')).map((d) => [d.dueOn, d.title])).toEqual([
      ['2027-04-01', "Spouse's or partner's IELTS General Training result of 2025-04-01 expires"],
      ['2027-09-13', 'CELPIP-General result of 2025-09-13 expires'],
    ]);
  });

  it('puts the PR application 60 days after the ITA and follows a corrected ITA date', async () => {
    const client = await createProfiledClient(paralegal);
    await decideConflict(paralegal, lawyer, client.id);
    const opened = await openCase(paralegal, { clientId: client.id });
    const beforeIta = await walkCase(paralegal, opened.id, ['conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted']);
    const itaOn = shiftDate(today, -5);
    const atIta = (
      await paralegal.post(`/api/cases/${opened.id}/transitions`, { version: beforeIta.version, to: 'ita_received', effectiveOn: itaOn })
    ).body;
    expect(await ofKind(opened.id, 'pr_application_due')).toEqual([
      expect.objectContaining({ dueOn: shiftDate(itaOn, 60), daysLeft: 55, title: 'PR application due (60 days after the ITA)' }),
    ]);
    const corrected = await paralegal.patch(`/api/cases/${opened.id}`, { version: atIta.version, itaReceivedOn: shiftDate(today, -20) });
    expect(corrected.body.itaReceivedOn).toBe(shiftDate(today, -20));
    expect((await ofKind(opened.id, 'pr_application_due'))[0].dueOn).toBe(shiftDate(today, 40));
  });

  it('dates the age-out of the qualifying hours from the latest assessment, and follows a new one', async () => {
    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    expect(await ofKind(opened.id, 'hours_age_out')).toEqual([]);
    const first = (await paralegal.post(`/api/clients/${client.id}/assessments`, {})).body;
    const warning = first.result.warnings.find((w: { code: string }) => w.code === 'HOURS_AGE_OUT');
    expect(warning).toBeDefined();
    expect(await ofKind(opened.id, 'hours_age_out')).toEqual([expect.objectContaining({ dueOn: warning.date, derived: true })]);

    const current = (await paralegal.get(`/api/clients/${client.id}`)).body;
    const work = current.work.map(({ id: _id, nocTitleEn: _en, nocTitleFr: _fr, teer: _teer, ...job }: Record<string, unknown>) => job);
    work[0].end = '2025-12-31';
    expect((await paralegal.put(`/api/clients/${client.id}/work`, { version: current.version, items: work })).status).toBe(200);
    const second = (await paralegal.post(`/api/clients/${client.id}/assessments`, {})).body;
    const later = second.result.warnings.find((w: { code: string }) => w.code === 'HOURS_AGE_OUT');
    expect(later.date).not.toBe(warning.date);
    expect((await ofKind(opened.id, 'hours_age_out'))[0].dueOn).toBe(later.date);
  });

  it('keeps manual deadlines as typed, flags the overdue ones, and lets only their source move derived ones', async () => {
    const client = await clientWithExpiringPermit();
    const opened = await openCase(paralegal, { clientId: client.id, responsibleLawyerId: lawyerId });
    const manual = await paralegal.post(`/api/cases/${opened.id}/deadlines`, { title: 'Send the biometrics letter', dueOn: shiftDate(today, -2) });
    expect(manual.status).toBe(201);
    expect(manual.body).toEqual(expect.objectContaining({ kind: 'manual', derived: false, overdue: true, daysLeft: -2 }));
    const read = (await paralegal.get(`/api/cases/${opened.id}`)).body;
    expect(read).toEqual(expect.objectContaining({ overdue: true, nextDeadline: expect.objectContaining({ id: manual.body.id }) }));
    const overdue = (await paralegal.get(`/api/deadlines?overdue=true&lawyer=${lawyerId}`)).body;
    expect(overdue.items.map((d: Deadline) => d.id)).toEqual([manual.body.id]);
    expect((await paralegal.get(`/api/deadlines?overdue=true&lawyer=${lawyerId}&offset=3`)).body).toEqual({ items: [], total: 1 });

    const [permit] = await ofKind(opened.id, 'permit_expiry');
    const edit = await paralegal.patch(`/api/deadlines/${permit.id}`, { version: permit.version, dueOn: shiftDate(today, 30) });
    expect(edit.status).toBe(400);
    expect(edit.body.errors).toEqual([{ field: 'dueOn', message: 'follows the source of a derived deadline and cannot be edited' }]);
    expect((await lawyer.delete(`/api/deadlines/${permit.id}?version=${permit.version}`)).status).toBe(409);

    const done = await paralegal.patch(`/api/deadlines/${manual.body.id}`, { version: manual.body.version, done: true });
    expect(done.body).toEqual(expect.objectContaining({ done: true, overdue: false }));
    const after = (await paralegal.get(`/api/cases/${opened.id}`)).body;
    expect(after).toEqual(expect.objectContaining({ overdue: false, nextDeadline: expect.objectContaining({ id: permit.id }) }));

    expect((await paralegal.delete(`/api/deadlines/${manual.body.id}?version=${done.body.version}`)).status).toBe(403);
    expect((await lawyer.delete(`/api/deadlines/${manual.body.id}?version=${done.body.version}`)).status).toBe(204);
  });
});
