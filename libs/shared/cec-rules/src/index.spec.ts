import * as api from './index';

describe('public API', () => {
  it('exports the engine, the validator, the CLB converter and the NOC lookup', () => {
    expect(typeof api.evaluateCec).toBe('function');
    expect(typeof api.validateCecProfile).toBe('function');
    expect(typeof api.convertScoresToClb).toBe('function');
    expect(typeof api.findNoc).toBe('function');
    expect(typeof api.searchNoc).toBe('function');
    expect(api.ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new api.NoRulesInForceError('2008-01-01', '2008-09-17')).toBeInstanceOf(Error);
    expect(
      api.convertScoresToClb('CELPIP_GENERAL', '2025-01-01', {
        reading: 9,
        writing: 8,
        listening: 7,
        speaking: 3,
      }),
    ).toEqual({ reading: 9, writing: 8, listening: 7, speaking: 0 });
    expect(api.NOC_2021_CREDIT).toContain('Statistics Canada');
  });
});
