/**
 * The shape of a workshop plan on the trainers' page, and helpers for its timings. The plans
 * themselves live in session-45.ts and session-90.ts.
 */

/** A page (and optionally a section) of this site that a step uses. */
export interface PlanLink {
  /** What the link says. */
  label: string;
  /** A site path without the base, e.g. `/guide/first-meeting/#step-3-answer-alone`. */
  path: string;
}

/** One step of a session plan. */
export interface PlanStep {
  /** Stable id, used as the heading id so trainers can link to a step. */
  id: string;
  title: string;
  minutes: number;
  /** What the trainer does, in one or two sentences. */
  doThis: string;
  /** Something the trainer might say, in their own words. */
  say: string;
  /** Guide pages and workbook steps to use. */
  use: readonly PlanLink[];
}

/** A whole session plan. */
export interface SessionPlan {
  id: string;
  title: string;
  /** Length of the session in minutes; the steps add up to it. */
  minutes: number;
  /** Who it suits, in one sentence. */
  suits: string;
  steps: readonly PlanStep[];
}

/** Start time of each step, in minutes from the beginning, e.g. [0, 5, 15, …]. */
export function stepStartTimes(plan: SessionPlan): number[] {
  const starts: number[] = [];
  let elapsed = 0;
  for (const step of plan.steps) {
    starts.push(elapsed);
    elapsed += step.minutes;
  }
  return starts;
}

/** The total of the steps' minutes. */
export function totalMinutes(plan: SessionPlan): number {
  return plan.steps.reduce((sum, step) => sum + step.minutes, 0);
}
