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
import { CasesModule } from '@intake/testing-cases';
import { ClientsModule } from '@intake/testing-intake';
import { ChecklistsModule } from './checklists.module';

interface Item {
  id: string;
  templateItemKey: string | null;
  instanceKey: string;
  label: string;
  provider: string;
  required: boolean;
  state: string;
  stateReason: string | null;
  dueOn: string | null;
  retired: boolean;
  version: number;
}
interface CaseChecklist {
  progress: { required: number; done: number; received: number; overdue: number; percent: number };
  checklists: { id: string; name: string; progress: CaseChecklist['progress']; items: Item[] }[];
}

const PROFILE_ITEMS = [
  'passport|',
  'photo|',
  'language_test|IELTS_GENERAL_TRAINING:2025-05-10',
  'language_test|TEF_CANADA:2025-02-01',
  'police_certificate|IN',
  'eca|bachelors:IN:university of delhi',
  'reference_letter|northwind analytics:2022-02-01',
  'proof_of_status|study_permit:2018-08-20',
  'proof_of_status|work_permit:2022-01-01',
  'relationship_proof|',
  'spouse_passport|',
  'spouse_language_test|',
  'medical_exam|',
  'retainer_agreement|',
  'use_of_representative|',
];

describe('document checklists', () => {
  let t: TestApp;
  let admin: ApiClient;
  let lawyer: ApiClient;
  let paralegal: ApiClient;
  const today = firmToday();

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, CasesModule, ChecklistsModule], { JOBS_ENABLED: 'false' });
    [admin, lawyer, paralegal] = [new ApiClient(t.http), new ApiClient(t.http), new ApiClient(t.http)];
    for (const [api, role] of [[admin, 'admin'], [lawyer, 'lawyer'], [paralegal, 'paralegal']] as const) {
      const account = await createUser(t.app, { role });
      await api.login(account.email, account.password);
    }
  });
  afterAll(() => t.close());

  const checklistOf = async (caseId: string): Promise<CaseChecklist> => (await paralegal.get(`/api/cases/${caseId}/checklist`)).body;
  const itemsOf = async (caseId: string) => (await checklistOf(caseId)).checklists.flatMap((c) => c.items);
  const key = (item: Item) => `${item.templateItemKey}|${item.instanceKey}`;
  const find = async (caseId: string, wanted: string) => (await itemsOf(caseId)).find((item) => key(item) === wanted) as Item;
  const setState = (api: ApiClient, item: Item, state: string, reason?: string) =>
    api.post(`/api/checklist-items/${item.id}/state`, { version: item.version, state, ...(reason ? { reason } : {}) });
  const familyInput = (accompanying: boolean) => [
    {
      relationship: 'spouse',
      givenNames: 'Rahul',
      familyName: 'Sharma',
      dateOfBirth: '1993-07-02',
      accompanying,
      canadianCitizenOrPR: false,
      educationLevel: 'bachelors',
      languageTest: { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-04-01', reading: 6.5, writing: 6, listening: 7, speaking: 6 },
      canadianWorkYears: 1,
    },
  ];

  it('generates the checklist from the full intake when the case opens', async () => {
    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    const checklist = await checklistOf(opened.id);
    expect(checklist.checklists.map((c) => c.name)).toEqual(['Express Entry (CEC) documents']);
    const items = checklist.checklists[0].items;
    expect(items.map(key)).toEqual(PROFILE_ITEMS);
    expect(items.find((i) => i.templateItemKey === 'police_certificate')?.label).toBe('Police certificate: India');
    expect(items.find((i) => i.templateItemKey === 'reference_letter')).toEqual(
      expect.objectContaining({ label: 'Employment reference letter: Northwind Analytics, from 2022-02-01', provider: 'third_party', dueOn: shiftDate(today, 30) }),
    );
    expect(items.find((i) => i.templateItemKey === 'spouse_language_test')?.required).toBe(false);
    expect(items.every((i) => i.state === 'requested' && !i.retired)).toBe(true);
    expect(checklist.progress).toEqual({ required: 14, done: 0, received: 0, overdue: 0, percent: 0 });
  });

  it('refreshes after an intake change without losing the work on existing items', async () => {
    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    const passport = await find(opened.id, 'passport|');
    const accepted = (await setState(lawyer, (await setState(paralegal, passport, 'received')).body, 'accepted')).body;
    const police = await find(opened.id, 'police_certificate|IN');
    await setState(lawyer, (await setState(paralegal, police, 'received')).body, 'rejected', 'Older than 6 months');
    const spousePassport = (await setState(paralegal, await find(opened.id, 'spouse_passport|'), 'received')).body;

    let current = (await paralegal.put(`/api/clients/${client.id}/family`, { version: client.version, items: familyInput(false) })).body;
    const work = current.work.map(({ id: _id, nocTitleEn: _en, nocTitleFr: _fr, teer: _teer, ...job }: Record<string, unknown>) => job);
    current = (
      await paralegal.put(`/api/clients/${client.id}/work`, {
        version: current.version,
        items: [
          ...work,
          { employer: 'Contoso Ltd', noc: '21231', country: 'CA', start: '2024-03-01', end: '2024-12-31', hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
        ],
      })
    ).body;

    const items = await itemsOf(opened.id);
    const byKey = new Map(items.map((i) => [key(i), i]));
    expect(byKey.get('passport|')).toEqual(expect.objectContaining({ id: passport.id, state: 'accepted', version: accepted.version }));
    expect(byKey.get('police_certificate|IN')).toEqual(expect.objectContaining({ state: 'rejected', stateReason: 'Older than 6 months' }));
    expect(byKey.get('spouse_passport|')).toEqual(expect.objectContaining({ id: spousePassport.id, state: 'received', retired: true }));
    expect(byKey.has('spouse_language_test|')).toBe(false);
    expect(byKey.get('reference_letter|contoso ltd:2024-03-01')).toEqual(
      expect.objectContaining({ label: 'Employment reference letter: Contoso Ltd, from 2024-03-01', state: 'requested', retired: false }),
    );
    const progress = (await checklistOf(opened.id)).progress;
    expect(progress).toEqual(expect.objectContaining({ required: 14, done: 1 }));
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'case.checklist.refresh' ORDER BY seq DESC LIMIT 1`,
      [opened.id],
    );
    expect(audit.changes.added.after).toEqual(['Employment reference letter: Contoso Ltd, from 2024-03-01']);

    await paralegal.put(`/api/clients/${client.id}/family`, { version: current.version, items: familyInput(true) });
    expect(await find(opened.id, 'spouse_passport|')).toEqual(expect.objectContaining({ id: spousePassport.id, state: 'received', retired: false }));
    expect(await find(opened.id, 'spouse_language_test|')).toEqual(expect.objectContaining({ state: 'requested' }));
  });

  it('moves an item through its states: reject with a reason, waive only by a lawyer', async () => {
    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    const photo = await find(opened.id, 'photo|');
    const skip = await setState(paralegal, photo, 'accepted');
    expect(skip.status).toBe(409);
    expect(skip.body.detail).toBe('A requested document cannot become accepted; it can become received or waived.');
    const received = (await setState(paralegal, photo, 'received')).body;
    const paralegalRejects = await setState(paralegal, received, 'rejected', 'Blurry');
    expect(paralegalRejects.status).toBe(403);
    expect(paralegalRejects.body.detail).toBe('Only a lawyer can reject a document.');
    const noReason = await setState(lawyer, received, 'rejected');
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'is required to reject a document' }]);
    const stale = await setState(lawyer, photo, 'rejected', 'Blurry');
    expect(stale.status).toBe(409);

    const paralegalWaives = await setState(paralegal, received, 'waived', 'Photo taken at the visa office');
    expect(paralegalWaives.status).toBe(403);
    expect(paralegalWaives.body.detail).toBe('Only a lawyer can waive a document.');
    const waived = await setState(lawyer, received, 'waived', 'Photo taken at the visa office');
    expect(waived.body).toEqual(expect.objectContaining({ state: 'waived', stateReason: 'Photo taken at the visa office' }));
    expect((await setState(paralegal, waived.body, 'requested')).status).toBe(403);
    const back = await setState(lawyer, waived.body, 'requested');
    expect(back.body).toEqual(expect.objectContaining({ state: 'requested', stateReason: null }));

    const passport = (await setState(paralegal, await find(opened.id, 'passport|'), 'received')).body;
    const dated = await paralegal.patch(`/api/checklist-items/${passport.id}`, {
      version: passport.version,
      documentExpiresOn: shiftDate(today, 200),
      provider: 'firm',
      dueOn: shiftDate(today, -1),
    });
    expect(dated.body).toEqual(expect.objectContaining({ documentExpiresOn: shiftDate(today, 200), provider: 'firm', overdue: false }));
    const deadlines = (await paralegal.get(`/api/cases/${opened.id}/deadlines`)).body;
    expect(deadlines).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'document_expiry', dueOn: shiftDate(today, 200), title: expect.stringMatching(/^Passport/) })]),
    );
    const missing = await find(opened.id, 'medical_exam|');
    const late = (await paralegal.patch(`/api/checklist-items/${missing.id}`, { version: missing.version, dueOn: shiftDate(today, -1) })).body;
    expect(late.overdue).toBe(true);
    expect((await checklistOf(opened.id)).progress.overdue).toBe(1);
  });

  it('holds the PR application until every required document is accepted or waived, then walks to the decision', async () => {
    const client = await createProfiledClient(paralegal);
    await decideConflict(paralegal, lawyer, client.id);
    const opened = await openCase(paralegal, { clientId: client.id });
    const atIta = await walkCase(paralegal, opened.id, ['conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted', 'ita_received']);
    const refused = await paralegal.post(`/api/cases/${opened.id}/transitions`, { version: atIta.version, to: 'pr_application_submitted' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/^14 required documents are neither accepted nor waived by a lawyer: Passport: every page with a stamp or visa; Digital photo/);
    expect(refused.body.refusal).toEqual({ code: 'checklist_incomplete', count: 14 });
    const blocked = (await paralegal.get(`/api/cases/${opened.id}/moves`)).body.find((m: { to: string }) => m.to === 'pr_application_submitted');
    expect(blocked).toEqual(expect.objectContaining({ allowed: false, refusal: { code: 'checklist_incomplete', count: 14 } }));

    const added = await paralegal.post(`/api/cases/${opened.id}/checklist/items`, { label: 'Proof of funds', provider: 'client', required: true });
    expect(added.body).toEqual(expect.objectContaining({ templateItemKey: null, state: 'requested', required: true }));
    for (const item of (await itemsOf(opened.id)).filter((i) => i.required)) {
      if (item.templateItemKey === 'medical_exam') {
        await setState(lawyer, item, 'waived', 'Medical exam done last year for the work permit');
        continue;
      }
      const received = (await setState(paralegal, item, 'received')).body;
      expect((await setState(paralegal, received, 'accepted')).status).toBe(403);
      expect((await setState(lawyer, received, 'accepted')).status).toBe(200);
    }
    expect((await checklistOf(opened.id)).progress).toEqual(expect.objectContaining({ required: 15, done: 15, percent: 100 }));
    const submitted = await paralegal.post(`/api/cases/${opened.id}/transitions`, { version: atIta.version, to: 'pr_application_submitted' });
    expect(submitted.status).toBe(201);
    const prDue = (await paralegal.get(`/api/cases/${opened.id}/deadlines`)).body.find((d: { kind: string }) => d.kind === 'pr_application_due');
    expect(prDue).toEqual(expect.objectContaining({ done: true }));

    const aor = await walkCase(paralegal, opened.id, ['aor_received', 'additional_requests', 'aor_received']);
    const decided = await lawyer.post(`/api/cases/${opened.id}/transitions`, { version: aor.version, to: 'decision', outcome: 'approved' });
    const closed = await lawyer.post(`/api/cases/${opened.id}/transitions`, { version: decided.body.version, to: 'closed' });
    expect(closed.body).toEqual(expect.objectContaining({ stage: 'closed', outcome: 'approved', closedOn: today }));
  });

  it('lets admins edit templates under their version; a refresh adds the new items and keeps the rest', async () => {
    const templates = (await paralegal.get('/api/checklist-templates?caseType=cec_express_entry')).body;
    expect(templates).toHaveLength(1);
    const template = templates[0];
    const body = {
      version: template.version,
      name: template.name,
      active: true,
      items: [...template.items, { key: 'proof_of_funds', label: 'Proof of settlement funds', provider: 'client', required: false, condition: 'always', repeat: 'once', dueDays: 21 }],
    };
    expect((await paralegal.put(`/api/checklist-templates/${template.id}`, body)).status).toBe(403);
    expect((await lawyer.put(`/api/checklist-templates/${template.id}`, body)).status).toBe(403);
    const twice = await admin.put(`/api/checklist-templates/${template.id}`, { ...body, items: [...body.items, body.items[0]] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0]).toEqual({ field: `items[${body.items.length}].key`, message: 'is used by another item of this template' });

    const client = await createProfiledClient(paralegal);
    const opened = await openCase(paralegal, { clientId: client.id });
    const passport = (await setState(paralegal, await find(opened.id, 'passport|'), 'received')).body;
    const saved = await admin.put(`/api/checklist-templates/${template.id}`, body);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(template.version + 1);
    expect((await admin.put(`/api/checklist-templates/${template.id}`, body)).status).toBe(409);

    const refreshed = await paralegal.post(`/api/cases/${opened.id}/checklist/refresh`);
    expect(refreshed.status).toBe(200);
    const items = refreshed.body.checklists[0].items as Item[];
    expect(items.find((i) => i.templateItemKey === 'proof_of_funds')).toEqual(expect.objectContaining({ state: 'requested', dueOn: shiftDate(today, 21) }));
    expect(items.find((i) => i.id === passport.id)?.state).toBe('received');
  });
});
