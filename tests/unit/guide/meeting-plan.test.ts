import { describe, expect, it } from 'vitest';
import { meetingPlan, planMinutes } from '../../../src/lib/guide/meeting-plan';

const h = (id: string, text: string) => ({ id, text, level: 2 as const });

describe('meetingPlan', () => {
  it('reads each timed step, without its number or timing, and places it on the clock', () => {
    const steps = meetingPlan([
      h('before', 'Before you start'),
      h('s1', 'Step 1: Arrive and settle (about 5 minutes)'),
      h('s2', 'Step 2: Get to know each other (about 10 minutes)'),
      h('s3', 'Step 3: Close (about 1 minute)'),
    ]);
    expect(steps).toEqual([
      { id: 's1', title: 'Arrive and settle', minutes: 5, start: 0 },
      { id: 's2', title: 'Get to know each other', minutes: 10, start: 5 },
      { id: 's3', title: 'Close', minutes: 1, start: 15 },
    ]);
    expect(planMinutes(steps)).toBe(16);
  });

  it('finds no plan on a page without timed steps', () => {
    expect(meetingPlan([h('a', 'What it means'), h('b', 'Step 1: Untimed')])).toEqual([]);
  });
});
