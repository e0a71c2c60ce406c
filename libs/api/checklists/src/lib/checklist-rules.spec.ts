import type { ClientEntity } from '@intake/api/intake';
import { conditionHolds, expandTemplate, policeCountries, type TemplateItemSpec } from './checklist-rules';
import { checkItemMove } from './item-states';

const TODAY = '2026-11-26';

function client(overrides: Partial<ClientEntity> = {}): ClientEntity {
  return {
    id: 'c1',
    dateOfBirth: '2000-01-01',
    citizenships: [],
    countryOfResidence: null,
    statusHistory: [],
    languageTests: [],
    education: [],
    work: [],
    family: [],
    ...overrides,
  } as unknown as ClientEntity;
}

const job = (country: string, start: string, end: string | null, employer = 'Employer') => ({ employer, country, start, end }) as never;

describe('police certificate countries', () => {
  it('counts stays of 6 months or more after the 18th birthday, never Canada', () => {
    const countries = policeCountries(
      client({
        citizenships: ['MX'],
        countryOfResidence: 'CA',
        work: [
          job('FR', '2017-01-01', '2018-12-31'), // before 18 until 2018-01-01, then 364 days: counts
          job('DE', '2016-01-01', '2017-12-31'), // all before 18: does not count
          job('JP', '2024-01-01', '2024-05-31'), // 5 months: does not count
          job('CA', '2020-01-01', null),
        ],
        education: [{ country: 'GB', durationYears: 1, completedOn: '2023-06-30' } as never],
      }),
      TODAY,
    );
    expect(countries).toEqual(['FR', 'GB', 'MX']);
  });
});

describe('template expansion', () => {
  const spec = (key: string, condition: TemplateItemSpec['condition'], repeat: TemplateItemSpec['repeat']): TemplateItemSpec => ({
    key,
    label: key,
    description: null,
    provider: 'client',
    required: true,
    condition,
    repeat,
    dueDays: 7,
  });

  it('applies conditions on the family and repeats per Canadian job in the 3-year window', () => {
    const intake = client({
      family: [{ relationship: 'common_law_partner', accompanying: false } as never, { relationship: 'dependent_child' } as never],
      work: [job('CA', '2019-01-01', '2023-11-25', 'Old Co'), job('CA', '2023-01-01', '2023-11-26', 'Edge Co'), job('US', '2024-01-01', null)],
    });
    expect(conditionHolds('has_partner', intake)).toBe(true);
    expect(conditionHolds('spouse_accompanying', intake)).toBe(false);
    const items = expandTemplate(
      [spec('letters', 'always', 'canadian_job_in_window'), spec('spouse', 'spouse_accompanying', 'once'), spec('kids', 'has_dependent_children', 'once')],
      intake,
      TODAY,
    );
    expect(items.map((i) => [i.templateItemKey, i.instanceKey, i.position])).toEqual([
      ['letters', 'edge co:2023-01-01', 0],
      ['kids', '', 200],
    ]);
  });
});

describe('item states', () => {
  it('stores a trimmed reason for rejections and waivers only', () => {
    expect(checkItemMove('received', 'rejected', 'lawyer', '  Blurry  ')).toBe('Blurry');
    expect(checkItemMove('received', 'accepted', 'lawyer', 'ignored')).toBeNull();
    expect(checkItemMove('requested', 'waived', 'admin', 'Not needed')).toBe('Not needed');
    expect(() => checkItemMove('accepted', 'accepted', 'lawyer', null)).toThrow('The document is already accepted.');
  });

  it('leaves the review to lawyers: a paralegal records receipts and asks again', () => {
    expect(checkItemMove('requested', 'received', 'paralegal', null)).toBeNull();
    expect(checkItemMove('rejected', 'received', 'paralegal', null)).toBeNull();
    expect(checkItemMove('received', 'requested', 'paralegal', null)).toBeNull();
    expect(() => checkItemMove('received', 'accepted', 'paralegal', null)).toThrow('Only a lawyer can accept a document.');
    expect(() => checkItemMove('received', 'rejected', 'paralegal', 'Blurry')).toThrow('Only a lawyer can reject a document.');
    expect(() => checkItemMove('received', 'waived', 'paralegal', 'Not needed')).toThrow('Only a lawyer can waive a document.');
    expect(() => checkItemMove('accepted', 'received', 'paralegal', null)).toThrow('Only a lawyer can reopen a document that is accepted.');
    expect(checkItemMove('accepted', 'received', 'admin', null)).toBeNull();
  });
});
