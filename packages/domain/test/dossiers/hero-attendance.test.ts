import { describe, expect, it } from 'vitest';
import { HERO_TITLE_AWARDS, councilHeroAttendance, getAwardDefinition, getParameterDefinition } from '../../src/index.js';

describe('hero-title session attendance', () => {
  it('names catalogue awards and has an 80% default (a parameter)', () => {
    for (const a of HERO_TITLE_AWARDS) expect(getAwardDefinition(a), a).toBeDefined();
    expect(getParameterDefinition('council.heroSession.presentPercent')).toMatchObject({ default: 80, status: 'uncertain' });
  });
  it.each([
    // members, present, percent → required, met
    [10, 8, 80, 8, true],
    [10, 7, 80, 8, false],
    [9, 8, 80, 8, true], // 88,89%
    [9, 7, 80, 8, false], // 77,78%
    [5, 4, 80, 4, true],
    [1, 1, 80, 1, true],
    [3, 2, 80, 3, false],
  ])('%i members, %i present, %i%% → at least %i, met %s', (members, present, percent, required, met) => {
    expect(councilHeroAttendance(members, present, percent)).toMatchObject({ required, met, participants: present, members });
  });
});
