import { describe, expect, it } from 'vitest';
import { clusterAssessmentDuty, type ClusterAssessmentMode } from '../../src/index.js';

const members = ['a', 'b', 'c', 'd'];

describe('clusterAssessmentDuty: who must assess how many', () => {
  it.each<[ClusterAssessmentMode, string | null, Record<string, number>, number | null]>([
    ['peers', 'a', { a: 3, b: 3, c: 3, d: 3 }, null],
    ['peers', null, { a: 3, b: 3, c: 3, d: 3 }, null],
    ['peers_and_secretariat', 'b', { a: 3, b: 3, c: 3, d: 3 }, 4],
    ['leader_secretariat', 'b', { a: 0, b: 3, c: 0, d: 0 }, 4],
    // No leader recorded for the year yet: nobody but the secretariat has a duty.
    ['leader_secretariat', null, { a: 0, b: 0, c: 0, d: 0 }, 4],
  ])('%s, leader %s', (mode, leader, expected, secretariat) => {
    const d = clusterAssessmentDuty(mode, members, leader);
    expect(Object.fromEntries(d.othersToAssess)).toEqual(expected);
    expect(d.secretariat).toBe(secretariat);
  });
});
