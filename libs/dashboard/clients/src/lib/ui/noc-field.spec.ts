import { teerOf } from './noc-field';

describe('teerOf', () => {
  it('reads the TEER category from the second digit of a NOC 2021 code', () => {
    expect(teerOf('21231')).toBe(1);
    expect(teerOf('00010')).toBe(0);
    expect(teerOf('65201')).toBe(5);
    expect(teerOf('99999')).toBeNull();
    expect(teerOf('2123')).toBeNull();
    expect(teerOf('software')).toBeNull();
  });
});
