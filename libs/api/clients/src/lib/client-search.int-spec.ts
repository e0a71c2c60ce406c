import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { ClientsModule } from './clients.module';

describe('client search', () => {
  let t: TestApp;
  let staff: ApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp([ClientsModule]);
    const account = await createUser(t.app, { role: 'paralegal' });
    staff = new ApiClient(t.http);
    await staff.login(account.email, account.password);
    const people = [
      { key: 'muller', givenNames: 'Jürgen', familyName: 'Müller', email: 'jm@example.de', phone: '+49 30 1234 5678', intendedProvince: 'ON' },
      { key: 'nguyen', givenNames: 'An', familyName: 'Nguyen', email: 'an.nguyen@example.com', phone: '(604) 555-0199', intendedProvince: 'BC' },
      { key: 'garcia', givenNames: 'José', familyName: 'García Pérez', email: 'jose@example.mx', phone: '514-555-0100', intendedProvince: 'QC' },
      { key: 'smith', givenNames: 'Jane', familyName: 'Smith', email: 'jane.smith@example.com', phone: '416 555 0142', intendedProvince: 'ON' },
      { key: 'okafor', givenNames: 'Chidi', familyName: 'Okafor', email: 'chidi@example.ng', phone: null, intendedProvince: 'AB' },
    ];
    for (const { key, ...body } of people) {
      const created = await staff.post('/api/clients', body);
      ids[key] = created.body.id;
    }
    const smith = await staff.get(`/api/clients/${ids['smith']}`);
    await staff.put(`/api/clients/${ids['smith']}/status-history`, {
      version: smith.body.version,
      items: [{ type: 'work_permit', validFrom: '2024-01-01', validTo: addDays(30) }],
    });
    const okafor = await staff.get(`/api/clients/${ids['okafor']}`);
    await staff.put(`/api/clients/${ids['okafor']}/status-history`, {
      version: okafor.body.version,
      items: [{ type: 'study_permit', validFrom: '2024-01-01', validTo: addDays(200) }],
    });
  });
  afterAll(() => t.close());

  function addDays(days: number): string {
    return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  }

  const search = async (q: string) => {
    const response = await staff.get(`/api/clients?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body.items.map((c: { id: string }) => c.id) as string[];
  };

  it.each([
    ['Mueller', 'muller'],
    ['müller', 'muller'],
    ['MULLER', 'muller'],
    ['Jurgen Muller', 'muller'],
    ['Nguyen Van An', 'nguyen'],
    ['An Nguyen', 'nguyen'],
    ['nguyen an', 'nguyen'],
    ['Jose Garcia', 'garcia'],
    ['garcia perez', 'garcia'],
    ['Smtih', 'smith'],
    ['jane.smith@example', 'smith'],
    ['6045550199', 'nguyen'],
    ['555-0199', 'nguyen'],
  ])('"%s" finds %s first', async (q, key) => {
    const found = await search(q);
    expect(found[0]).toBe(ids[key]);
  });

  it('finds by file number', async () => {
    const client = await staff.get(`/api/clients/${ids['okafor']}`);
    expect(await search(client.body.fileNumber)).toEqual([ids['okafor']]);
    expect(await search(client.body.fileNumber.toLowerCase())).toEqual([ids['okafor']]);
  });

  it('finds nobody for an unrelated name', async () => {
    expect(await search('Zyxwvut')).toEqual([]);
  });

  it('filters by province and by status expiring within N days', async () => {
    const ontario = await staff.get('/api/clients?province=ON&sort=name');
    expect(ontario.body.items.map((c: { id: string }) => c.id)).toEqual([ids['muller'], ids['smith']]);
    const expiring = await staff.get('/api/clients?expiringWithinDays=90');
    expect(expiring.body.items.map((c: { id: string }) => c.id)).toEqual([ids['smith']]);
    expect(expiring.body.items[0].nextStatusExpiry).toBe(addDays(30));
  });

  it('pages and sorts', async () => {
    const first = await staff.get('/api/clients?sort=name&limit=2');
    expect(first.body.total).toBe(5);
    expect(first.body.items).toHaveLength(2);
    const rest = await staff.get('/api/clients?sort=name&limit=2&offset=2');
    const desc = await staff.get('/api/clients?sort=name&order=desc&limit=5');
    const ascending = [...first.body.items, ...rest.body.items].map((c: { familyName: string }) => c.familyName);
    expect(ascending).toEqual(['García Pérez', 'Müller', 'Nguyen', 'Okafor']);
    expect(desc.body.items[0].familyName).toBe('Smith');
  });
});
