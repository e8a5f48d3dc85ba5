import { ruleSetOn } from './rule-set';

describe('ruleSetOn', () => {
  it('uses NĐ 61/2018 until 30/06/2025 and NĐ 118/2025 from 01/07/2025', () => {
    expect(ruleSetOn('2025-06-30').id).toBe('ND61-2018');
    expect(ruleSetOn('2025-07-01').id).toBe('ND118-2025');
    expect(ruleSetOn('2026-11-23').id).toBe('ND118-2025');
  });

  it('falls back to the oldest rule set for dates before it', () => {
    expect(ruleSetOn('2015-01-01').id).toBe('ND61-2018');
  });
});
