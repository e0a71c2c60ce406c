import { ApiClient, createBareClient, createTestApp, createUser, firmToday, openCase, shiftDate, type TestApp } from '@intake/testing';
import { ClientsModule } from '@intake/testing-intake';
import { CasesModule } from './cases.module';

interface Column {
  stage: string;
  label: string;
  count: number;
  overdueCount: number;
  cards: { caseId: string; fileNumber: string; clientName: string; daysInStage: number; overdue: boolean; nextDeadline: { dueOn: string } | null }[];
}

describe('GET /api/pipeline', () => {
  let t: TestApp;
  let api: ApiClient;
  const ids: Record<string, string> = {};
  const today = firmToday();

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, CasesModule], { JOBS_ENABLED: 'false' });
    const p = await createUser(t.app, { role: 'paralegal' });
    for (const name of ['lawyerA', 'lawyerB']) ids[name] = (await createUser(t.app, { role: 'lawyer' })).user.id;
    ids['paralegal'] = p.user.id;
    api = new ApiClient(t.http);
    await api.login(p.email, p.password);

    const open = async (key: string, familyName: string, type: string, lawyer: string) => {
      const client = await createBareClient(api, 'Test', familyName);
      ids[key] = (await openCase(api, { clientId: client.id, type, responsibleLawyerId: ids[lawyer], paralegalId: ids['paralegal'] })).id;
    };
    await open('fresh', 'Fresh', 'cec_express_entry', 'lawyerA');
    await open('late', 'Late', 'cec_express_entry', 'lawyerA');
    await open('soon', 'Soon', 'cec_express_entry', 'lawyerB');
    await open('waiting', 'Waiting', 'cec_express_entry', 'lawyerB');
    await open('consult', 'Consult', 'consultation', 'lawyerA');
    await open('closed', 'Closed', 'other', 'lawyerA');
    await api.post(`/api/cases/${ids['late']}/deadlines`, { title: 'Overdue letter', dueOn: shiftDate(today, -4) });
    await api.post(`/api/cases/${ids['soon']}/deadlines`, { title: 'Upcoming', dueOn: shiftDate(today, 3) });
    // The stage history is set directly: walking each case through its guards is the transition tests' job.
    await t.dataSource.query(`UPDATE cases SET stage = 'document_collection', stage_entered_at = now() - interval '12 days' WHERE id = ANY($1)`, [
      [ids['late'], ids['soon'], ids['waiting']],
    ]);
    await t.dataSource.query(`UPDATE cases SET stage = 'closed', closed_on = $2 WHERE id = $1`, [ids['closed'], today]);
  });
  afterAll(() => t.close());

  const board = async (query = ''): Promise<{ today: string; columns: Column[] }> => {
    const response = await api.get(`/api/pipeline${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const column = (columns: Column[], stage: string) => columns.find((c) => c.stage === stage) as Column;

  it('shows every open stage with its count, its overdue count and the most urgent cards first', async () => {
    const { today: shownToday, columns } = await board('?type=cec_express_entry');
    expect(shownToday).toBe(today);
    expect(columns.map((c) => c.stage)).toEqual([
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
    ]);
    expect(column(columns, 'intake')).toEqual(expect.objectContaining({ count: 1, overdueCount: 0, label: 'Intake' }));
    const collecting = column(columns, 'document_collection');
    expect(collecting).toEqual(expect.objectContaining({ count: 3, overdueCount: 1 }));
    expect(collecting.cards.map((c) => c.caseId)).toEqual([ids['late'], ids['soon'], ids['waiting']]);
    expect(collecting.cards[0]).toEqual(
      expect.objectContaining({ clientName: 'Test Late', daysInStage: 12, overdue: true, nextDeadline: expect.objectContaining({ dueOn: shiftDate(today, -4) }) }),
    );
    expect(collecting.cards[1]).toEqual(expect.objectContaining({ overdue: false, nextDeadline: expect.objectContaining({ dueOn: shiftDate(today, 3) }) }));
    expect(collecting.cards[2].nextDeadline).toBeNull();
  });

  it('filters by lawyer, paralegal and type, and shows closed cases only when asked', async () => {
    const byLawyer = await board(`?lawyer=${ids['lawyerB']}`);
    expect(byLawyer.columns.reduce((sum, c) => sum + c.count, 0)).toBe(2);
    expect(column(byLawyer.columns, 'document_collection').cards.map((c) => c.caseId)).toEqual([ids['soon'], ids['waiting']]);
    const all = await board(`?paralegal=${ids['paralegal']}`);
    expect(all.columns.reduce((sum, c) => sum + c.count, 0)).toBe(5);
    expect(all.columns.map((c) => c.stage)).toContain('consultation_scheduled');
    expect(all.columns.map((c) => c.stage)).not.toContain('closed');
    const consultations = await board('?type=consultation');
    expect(consultations.columns.map((c) => c.stage)).toEqual(['intake', 'conflict_check', 'consultation_scheduled', 'consultation_held']);
    expect(column(consultations.columns, 'intake').cards.map((c) => c.caseId)).toEqual([ids['consult']]);
    const withClosed = await board('?type=other&includeClosed=true');
    expect(column(withClosed.columns, 'closed')).toEqual(expect.objectContaining({ count: 1, cards: [expect.objectContaining({ caseId: ids['closed'] })] }));
  });

  it('pages the cards of one column', async () => {
    const firstCards = await board('?limit=1');
    expect(column(firstCards.columns, 'document_collection')).toEqual(expect.objectContaining({ count: 3, cards: [expect.objectContaining({ caseId: ids['late'] })] }));
    const page = await api.get('/api/pipeline/document_collection?offset=1&limit=1');
    expect(page.body).toEqual({ items: [expect.objectContaining({ caseId: ids['soon'] })], total: 3 });
    const rest = await api.get('/api/pipeline/document_collection?offset=2');
    expect(rest.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([ids['waiting']]);
    expect((await api.get('/api/pipeline/nowhere')).status).toBe(404);
    expect((await api.get('/api/pipeline?limit=500')).status).toBe(400);
    expect((await api.get('/api/pipeline?lawyer=not-a-uuid')).status).toBe(400);
  });
});
