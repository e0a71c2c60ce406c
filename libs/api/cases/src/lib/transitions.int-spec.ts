import {
  ApiClient,
  createBareClient,
  createTestApp,
  createUser,
  decideConflict,
  firmToday,
  openCase,
  shiftDate,
  type TestApp,
  walkCase,
} from '@intake/testing';
import { ClientsModule } from '@intake/testing-intake';
import { CasesModule } from './cases.module';

describe('cases and the transition table', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;
  let lawyerId: string;
  let paralegalId: string;

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, CasesModule], { JOBS_ENABLED: 'false' });
    const p = await createUser(t.app, { role: 'paralegal', name: 'Paula Paralegal' });
    const l = await createUser(t.app, { role: 'lawyer', name: 'Louise Lawyer' });
    paralegalId = p.user.id;
    lawyerId = l.user.id;
    paralegal = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);
  });
  afterAll(() => t.close());

  const newCase = async (type = 'cec_express_entry') => {
    const client = await createBareClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id, type, responsibleLawyerId: lawyerId, paralegalId });
    return { client, opened };
  };
  const move = (api: ApiClient, id: string, version: number, to: string, extra: object = {}) =>
    api.post(`/api/cases/${id}/transitions`, { version, to, ...extra });

  describe('opening a case', () => {
    it('starts at intake with a file number, the people on it and no conflict decision needed yet', async () => {
      const { client, opened } = await newCase();
      expect(opened).toEqual(
        expect.objectContaining({
          type: 'cec_express_entry',
          clientId: client.id,
          stage: 'intake',
          stageLabel: 'Intake',
          daysInStage: 0,
          responsibleLawyerName: 'Louise Lawyer',
          paralegalName: 'Paula Paralegal',
          openedOn: firmToday(),
          closedOn: null,
          outcome: null,
          version: 1,
        }),
      );
      expect(opened.fileNumber).toMatch(/^CASE-\d{4}-\d{5}$/);
      const listed = await paralegal.get(`/api/cases?clientId=${client.id}`);
      expect(listed.body).toEqual({ items: [expect.objectContaining({ id: opened.id })], total: 1 });
      expect((await paralegal.get(`/api/cases?clientId=${client.id}&offset=5`)).body).toEqual({ items: [], total: 1 });
    });

    it('refuses a responsible lawyer who is not a lawyer, an unknown client and an unknown type', async () => {
      const client = await createBareClient(paralegal);
      const wrong = await paralegal.post('/api/cases', { clientId: client.id, type: 'cec_express_entry', responsibleLawyerId: paralegalId });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'responsibleLawyerId', message: 'must be a lawyer or admin' }]);
      const unknown = await paralegal.post('/api/cases', { clientId: '00000000-0000-4000-8000-000000000000', type: 'other' });
      expect(unknown.body.errors).toEqual([{ field: 'clientId', message: 'is not a client' }]);
      const type = await paralegal.post('/api/cases', { clientId: client.id, type: 'asylum' });
      expect(type.status).toBe(400);
      expect(type.body.errors[0].field).toBe('type');
    });

    it('answers 409 to the stale one of two concurrent edits and changes nothing for it', async () => {
      const { opened } = await newCase();
      const [a, b] = await Promise.all([
        paralegal.patch(`/api/cases/${opened.id}`, { version: 1, summary: 'first' }),
        lawyer.patch(`/api/cases/${opened.id}`, { version: 1, summary: 'second' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(loser.body.type).toMatch(/stale-version$/);
      const now = await paralegal.get(`/api/cases/${opened.id}`);
      expect(now.body.summary).toBe(a.status === 200 ? 'first' : 'second');
      expect(now.body.version).toBe(2);
      const stale = await move(paralegal, opened.id, 1, 'conflict_check');
      expect(stale.status).toBe(409);
      expect((await paralegal.get(`/api/cases/${opened.id}`)).body.stage).toBe('intake');
    });
  });

  describe('moves', () => {
    it('refuses a move the table does not allow, naming where the case can go', async () => {
      const { opened } = await newCase();
      const refused = await move(paralegal, opened.id, 1, 'retainer');
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/transition-refused$/);
      expect(refused.body.detail).toBe(
        'A case cannot move from "Intake" to "Retainer". From "Intake" it can move to: Conflict check, Decision.',
      );
      const nowhere = await move(paralegal, opened.id, 1, 'no_such_stage');
      expect(nowhere.status).toBe(409);
    });

    it('keeps a case in the conflict check until a lawyer clears or waives the latest check', async () => {
      const { client, opened } = await newCase();
      const inCheck = await move(paralegal, opened.id, 1, 'conflict_check');
      expect(inCheck.status).toBe(201);
      expect(inCheck.body.stage).toBe('conflict_check');
      const toRetainer = (version: number) => move(paralegal, opened.id, version, 'retainer');

      const none = await toRetainer(2);
      expect(none.status).toBe(409);
      expect(none.body.detail).toMatch(/No conflict check has been run for this client/);

      await paralegal.post(`/api/clients/${client.id}/conflict-checks`, {});
      expect((await toRetainer(2)).body.detail).toMatch(/has no decision yet/);

      await decideConflict(paralegal, lawyer, client.id, 'declined');
      expect((await toRetainer(2)).body.detail).toMatch(/was declined/);

      const moves = (await paralegal.get(`/api/cases/${opened.id}/moves`)).body;
      expect(moves).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            to: 'retainer',
            allowed: false,
            reason: expect.stringMatching(/declined/),
            refusal: { code: 'conflict_declined' },
          }),
          expect.objectContaining({
            to: 'decision',
            lawyerOnly: true,
            allowed: false,
            outcomes: ['withdrawn'],
            refusal: { code: 'lawyer_only' },
          }),
        ]),
      );

      await decideConflict(paralegal, lawyer, client.id, 'waived');
      const moved = await toRetainer(2);
      expect(moved.status).toBe(201);
      expect(moved.body.stage).toBe('retainer');
    });

    it('walks an Express Entry case to the ITA, recording the ITA date and each move', async () => {
      const { client, opened } = await newCase();
      await decideConflict(paralegal, lawyer, client.id);
      await walkCase(paralegal, opened.id, ['conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted']);
      const current = (await paralegal.get(`/api/cases/${opened.id}`)).body;
      const future = await move(paralegal, opened.id, current.version, 'ita_received', { effectiveOn: shiftDate(firmToday(), 1) });
      expect(future.body.errors).toEqual([{ field: 'effectiveOn', message: 'cannot be in the future' }]);
      const ita = await move(paralegal, opened.id, current.version, 'ita_received', {
        effectiveOn: shiftDate(firmToday(), -3),
        comment: 'ITA in the IRCC account',
      });
      expect(ita.status).toBe(201);
      expect(ita.body).toEqual(expect.objectContaining({ stage: 'ita_received', itaReceivedOn: shiftDate(firmToday(), -3) }));

      const history = (await paralegal.get(`/api/cases/${opened.id}/transitions`)).body;
      expect(history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
        'intake>conflict_check',
        'conflict_check>retainer',
        'retainer>document_collection',
        'document_collection>ee_profile_submitted',
        'ee_profile_submitted>ita_received',
      ]);
      expect(history[4]).toEqual(expect.objectContaining({ actorName: 'Paula Paralegal', comment: 'ITA in the IRCC account' }));
      const audit = await t.dataSource.query(
        `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'case.transition' ORDER BY seq`,
        [opened.id],
      );
      expect(audit).toHaveLength(5);
      expect(audit[4].changes.stage).toEqual({ before: 'ee_profile_submitted', after: 'ita_received' });
    });

    it('refuses a guarded move when the guard is not installed (here, without the checklists feature)', async () => {
      const { client, opened } = await newCase();
      await decideConflict(paralegal, lawyer, client.id);
      const atIta = await walkCase(paralegal, opened.id, ['conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted', 'ita_received']);
      const refused = await move(paralegal, opened.id, atIta.version, 'pr_application_submitted');
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(/checklist_complete.*not available/);
    });

    it('lets only a lawyer record the decision, with an outcome the move allows, and close the case', async () => {
      const { client, opened } = await newCase('other');
      await decideConflict(paralegal, lawyer, client.id);
      const working = await walkCase(paralegal, opened.id, ['conflict_check', 'in_progress']);

      const byParalegal = await move(paralegal, opened.id, working.version, 'decision', { outcome: 'approved' });
      expect(byParalegal.status).toBe(403);
      expect(byParalegal.body.detail).toBe('Only a lawyer can move a case to "Decision": decisions and closing are theirs.');
      const noOutcome = await move(lawyer, opened.id, working.version, 'decision');
      expect(noOutcome.status).toBe(400);
      expect(noOutcome.body.errors).toEqual([{ field: 'outcome', message: 'must be one of approved, refused, withdrawn' }]);

      const decided = await move(lawyer, opened.id, working.version, 'decision', { outcome: 'approved' });
      expect(decided.status).toBe(201);
      expect(decided.body).toEqual(expect.objectContaining({ stage: 'decision', outcome: 'approved', closedOn: null }));

      expect((await move(paralegal, opened.id, decided.body.version, 'closed')).status).toBe(403);
      const closed = await move(lawyer, opened.id, decided.body.version, 'closed', { outcome: 'refused' });
      expect(closed.body.errors).toEqual([{ field: 'outcome', message: 'is recorded only with a decision' }]);
      const done = await move(lawyer, opened.id, decided.body.version, 'closed');
      expect(done.body).toEqual(expect.objectContaining({ stage: 'closed', closedOn: firmToday(), outcome: 'approved' }));
      expect((await lawyer.get(`/api/cases/${opened.id}/moves`)).body).toEqual([]);
      expect((await paralegal.get(`/api/cases?clientId=${client.id}`)).body.total).toBe(0);
      expect((await paralegal.get(`/api/cases?clientId=${client.id}&includeClosed=true`)).body.total).toBe(1);
    });

    it('lets a lawyer record a withdrawal from an early stage, and only a withdrawal', async () => {
      const { opened } = await newCase();
      const approved = await move(lawyer, opened.id, 1, 'decision', { outcome: 'approved' });
      expect(approved.body.errors).toEqual([{ field: 'outcome', message: 'must be one of withdrawn' }]);
      const withdrawn = await move(lawyer, opened.id, 1, 'decision', { outcome: 'withdrawn', comment: 'Client moved abroad' });
      expect(withdrawn.body).toEqual(expect.objectContaining({ stage: 'decision', outcome: 'withdrawn' }));
    });

    it('describes the workflow as data', async () => {
      const workflow = (await paralegal.get('/api/case-stages?type=cec_express_entry')).body;
      expect(workflow.stages.map((s: { code: string }) => s.code)).toEqual([
        'intake',
        'conflict_check',
        'retainer',
        'document_collection',
        'ee_profile_submitted',
        'ita_received',
        'pr_application_submitted',
        'aor_received',
        'additional_requests',
        'decision',
        'closed',
      ]);
      expect(workflow.transitions).toEqual(
        expect.arrayContaining([
          { caseType: 'cec_express_entry', from: 'conflict_check', to: 'retainer', lawyerOnly: false, guard: 'conflict_cleared', outcomes: [] },
          { caseType: 'cec_express_entry', from: 'ita_received', to: 'pr_application_submitted', lawyerOnly: false, guard: 'checklist_complete', outcomes: [] },
          { caseType: 'cec_express_entry', from: 'decision', to: 'closed', lawyerOnly: true, guard: null, outcomes: [] },
        ]),
      );
    });
  });

  describe('notes and tasks', () => {
    it('keeps notes, and tasks with an assignee, a due date and done, under their version', async () => {
      const { opened } = await newCase();
      const note = await paralegal.post(`/api/cases/${opened.id}/notes`, { body: 'Client prefers calls after 5 pm.' });
      expect(note.status).toBe(201);
      expect((await lawyer.get(`/api/cases/${opened.id}/notes`)).body).toEqual([
        expect.objectContaining({ body: 'Client prefers calls after 5 pm.', authorName: 'Paula Paralegal' }),
      ]);
      expect((await paralegal.post(`/api/cases/${opened.id}/notes`, { body: '  ' })).status).toBe(400);

      const yesterday = shiftDate(firmToday(), -1);
      const task = await paralegal.post(`/api/cases/${opened.id}/tasks`, { title: 'Book the medical exam', assigneeId: paralegalId, dueOn: yesterday });
      expect(task.body).toEqual(expect.objectContaining({ assigneeName: 'Paula Paralegal', dueOn: yesterday, done: false, overdue: true, version: 1 }));
      const done = await paralegal.patch(`/api/cases/${opened.id}/tasks/${task.body.id}`, { version: 1, done: true });
      expect(done.body).toEqual(expect.objectContaining({ done: true, overdue: false, version: 2 }));
      expect((await lawyer.patch(`/api/cases/${opened.id}/tasks/${task.body.id}`, { version: 1, done: false })).status).toBe(409);
      const actions = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.%' ORDER BY seq`,
        [opened.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['case.create', 'case.note.add', 'case.task.add', 'case.task.update']);
    });

    it('needs a session', async () => {
      const anonymous = new ApiClient(t.http);
      expect((await anonymous.get('/api/cases')).status).toBe(401);
    });
  });
});
