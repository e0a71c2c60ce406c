import nocFile from '../data/noc2021.json';
import {
  findNoc,
  listNoc,
  NOC_2021_CREDIT,
  NOC_FORMER_SKILL_B_2022,
  NOC_NEWLY_TEER3_2022,
  normalizeForSearch,
  searchNoc,
} from './noc';

describe('NOC 2021 data', () => {
  it('holds the 516 unit groups with TEER = second digit and the StatCan credit', () => {
    const units = listNoc();
    expect(units).toHaveLength(516);
    expect(new Set(units.map((u) => u.code)).size).toBe(516);
    for (const unit of units) {
      expect(unit.code).toMatch(/^\d{5}$/);
      expect(unit.teer).toBe(Number(unit.code[1]));
      expect(unit.titleEn.length).toBeGreaterThan(0);
      expect(unit.titleFr.length).toBeGreaterThan(0);
    }
    expect(NOC_2021_CREDIT).toBe(
      'Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0',
    );
    expect(nocFile.meta.credit).toBe(NOC_2021_CREDIT);
  });

  it('has the published TEER distribution (0:48 1:97 2:162 3:69 4:95 5:45)', () => {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const unit of listNoc()) counts[unit.teer] += 1;
    expect(counts).toEqual([48, 97, 162, 69, 95, 45]);
  });

  it('lists the 16 occupations moved into TEER 3 and the 3 moved out of the skilled range', () => {
    expect([...NOC_NEWLY_TEER3_2022].sort()).toEqual(
      [
        '13102',
        '33100',
        '33102',
        '33103',
        '43100',
        '43200',
        '43201',
        '43202',
        '63211',
        '73200',
        '73202',
        '73209',
        '73300',
        '73301',
        '73400',
        '93200',
      ].sort(),
    );
    for (const code of NOC_NEWLY_TEER3_2022) expect(findNoc(code)?.teer).toBe(3);
    expect([...NOC_FORMER_SKILL_B_2022].sort()).toEqual(['54100', '55109', '64200']);
    expect(findNoc('55109')?.teer).toBe(5);
    expect(findNoc('54100')?.teer).toBe(4);
  });
});

describe('findNoc', () => {
  it.each([
    ['21231', 'Software engineers and designers', 1],
    ['00010', 'Legislators', 0],
    ['73300', 'Transport truck drivers', 3],
    ['31301', 'Registered nurses and registered psychiatric nurses', 1],
  ])('%s is %s (TEER %i)', (code, title, teer) => {
    expect(findNoc(code)).toMatchObject({ code, titleEn: title, teer });
  });

  it.each(['00018', '2123', '212310', '99999', ''])('%s is not a unit group', (code) => {
    expect(findNoc(code)).toBeUndefined();
  });
});

describe('searchNoc', () => {
  it('finds by code prefix, in code order', () => {
    expect(searchNoc('2123').map((u) => u.code)).toEqual([
      '21230',
      '21231',
      '21232',
      '21233',
      '21234',
    ]);
  });

  it('puts an exact code first', () => {
    expect(searchNoc('21231')[0]?.code).toBe('21231');
  });

  it.each([
    ['software engineers', '21231'],
    ['SOFTWARE Engineers', '21231'],
    ['ingénieurs logiciel', '21231'],
    ['ingenieurs logiciel', '21231'],
    ['INGÉNIEURS   LOGICIEL', '21231'],
    ['shérifs', '43200'],
    ['sherifs huissiers', '43200'],
    ['truck drivers', '73300'],
  ])('"%s" finds %s', (query, code) => {
    expect(searchNoc(query).map((u) => u.code)).toContain(code);
  });

  it('requires every word to match the same title', () => {
    expect(searchNoc('software huissiers')).toEqual([]);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(searchNoc('  ')).toEqual([]);
    expect(searchNoc('managers', 3)).toHaveLength(3);
    expect(searchNoc('managers').length).toBeLessThanOrEqual(20);
  });

  it('normalizes accents, case and punctuation', () => {
    expect(normalizeForSearch('Aides-infirmiers/aides-infirmières, Préposés')).toBe(
      'aides infirmiers aides infirmieres preposes',
    );
  });
});
