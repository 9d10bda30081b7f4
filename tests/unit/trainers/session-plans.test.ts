/**
 * The workshop plans: timings add up, every step can be linked to, and every guide section a step
 * points at exists (the build's link checker catches the rest).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionPlans, stepStartTimes, totalMinutes } from '../../../src/lib/trainers/session-plans';

describe('sessionPlans', () => {
  it('offers a 45-minute and a 90-minute plan', () => {
    expect(sessionPlans.map((plan) => plan.minutes)).toEqual([45, 90]);
  });

  it.each(sessionPlans.map((plan) => [plan.id, plan] as const))(
    '%s: the steps add up to the length of the session',
    (_id, plan) => {
      expect(totalMinutes(plan)).toBe(plan.minutes);
    },
  );

  it('gives every plan and step its own id, fit for a URL fragment', () => {
    const ids = sessionPlans.flatMap((plan) => [plan.id, ...plan.steps.map((step) => step.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('points only at guide sections that exist', () => {
    const guideLinks = sessionPlans
      .flatMap((plan) => plan.steps.flatMap((step) => step.use))
      .map((link) => /^\/guide\/([a-z-]+)\/(?:#([a-z0-9-]+))?$/.exec(link.path))
      .filter((match) => match !== null);
    expect(guideLinks.length).toBeGreaterThan(5);
    for (const [path, slug, anchor] of guideLinks) {
      const source = readFileSync(`src/content/guide/${slug}.mdx`, 'utf8');
      if (anchor !== undefined) expect(source, path).toContain(`id="${anchor}"`);
    }
  });
});

describe('stepStartTimes', () => {
  it('starts each step when the one before it ends', () => {
    const plan = sessionPlans[0];
    if (!plan) throw new Error('no plans');
    const starts = stepStartTimes(plan);
    expect(starts[0]).toBe(0);
    plan.steps.slice(1).forEach((_step, i) => {
      expect(starts[i + 1]).toBe((starts[i] ?? 0) + (plan.steps[i]?.minutes ?? 0));
    });
  });
});
