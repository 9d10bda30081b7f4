/**
 * The first meeting's hour, read from the guide page's own step headings ("Step 3: Answer the checklist
 * alone (about 10 minutes)"), so the timeline drawn on the page always says what the text says.
 */
import type { GuideHeading } from './headings';

/** One step of the meeting, placed on the clock. */
export interface PlanStep {
  /** The heading's id, for a link to the section. */
  id: string;
  /** The step's name without its number or timing: "Answer the checklist alone". */
  title: string;
  /** About how long it takes. */
  minutes: number;
  /** Minutes from the start of the meeting when it begins. */
  start: number;
}

const stepPattern = /^Step \d+:\s*(.+?)\s*\(about (\d+) minutes?\)$/;

/** The timed steps among a page's headings, in order, each with its start time; none if there are none. */
export function meetingPlan(headings: readonly GuideHeading[]): PlanStep[] {
  const steps: PlanStep[] = [];
  let start = 0;
  for (const heading of headings) {
    const match = stepPattern.exec(heading.text);
    if (!match?.[1] || !match[2]) continue;
    const minutes = Number(match[2]);
    steps.push({ id: heading.id, title: match[1], minutes, start });
    start += minutes;
  }
  return steps;
}

/** The length of the whole plan in minutes. */
export function planMinutes(steps: readonly PlanStep[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}
