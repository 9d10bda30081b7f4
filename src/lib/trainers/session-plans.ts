/**
 * The two workshop plans on the trainers' page, shortest first. Plain data, so the page renders them
 * the same way and a unit test can check that each plan's timings add up and its links are real.
 */
import type { SessionPlan } from './session-plan';
import { shortSession } from './session-45';
import { longSession } from './session-90';

export type { PlanLink, PlanStep, SessionPlan } from './session-plan';
export { stepStartTimes, totalMinutes } from './session-plan';

/** Both plans, shortest first. */
export const sessionPlans: readonly SessionPlan[] = [shortSession, longSession];
