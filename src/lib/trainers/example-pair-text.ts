/**
 * The words of the example pair (Sam, the mentee, and Priya, the mentor): three meetings, their
 * actions and Sam's goals. Kept apart from the code that turns them into records.
 */
import type { ActionOwner } from '../schemas/action';
import type { MeetingFormat } from '../schemas/common';
import type { GoalStatus } from '../schemas/goal';

/** An action agreed at an example meeting, and what the next meeting found. */
export interface ExampleActionText {
  text: string;
  owner: ActionOwner;
  /** What the following meeting found; absent when it is still open. */
  outcome?: 'done' | 'carried' | 'dropped';
  /** Whether it works towards Sam's first goal. */
  forFirstGoal?: boolean;
}

/** One example meeting. */
export interface ExampleMeetingText {
  daysAgo: number;
  format: MeetingFormat;
  agenda: string;
  notes: string;
  interrupted?: boolean;
  actions: ExampleActionText[];
}

/** One of Sam's goals, perhaps reworded along the way. */
export interface ExampleGoalText {
  text: string;
  status: GoalStatus;
  daysAgo: number;
  changedDaysAgo: number;
  earlierText?: string;
}

/** Three meetings, a fortnight apart, oldest first. */
export const exampleMeetings: readonly ExampleMeetingText[] = [
  {
    daysAgo: 42,
    format: 'in-person',
    agenda:
      'Get to know each other. Agree our expectations with the checklist. Talk about what I want from this.',
    notes:
      'We did the checklist and agreed nearly everything straight away. We talked through who sets the agenda and settled that Sam does. Sam wants to get better at presenting to senior people.',
    actions: [
      { text: 'Write down two or three goals for the next six months.', owner: 'mentee', outcome: 'done' },
      {
        text: 'Send Sam the article on structuring a short talk.',
        owner: 'mentor',
        outcome: 'done',
        forFirstGoal: true,
      },
    ],
  },
  {
    daysAgo: 28,
    format: 'video',
    agenda: 'My goals. The team briefing I have to give next month.',
    notes:
      'Sam shared three goals and we picked presenting as the one to start with. We planned the team briefing: one message, three points, a clear ask. Priya shared how her first big talk went wrong and what she learnt.',
    interrupted: true,
    actions: [
      {
        text: 'Draft the briefing and practise it once out loud.',
        owner: 'mentee',
        outcome: 'done',
        forFirstGoal: true,
      },
      {
        text: 'Ask a colleague to sit in and give feedback.',
        owner: 'mentee',
        outcome: 'carried',
        forFirstGoal: true,
      },
      {
        text: 'Look out for a chance for Sam to observe a board meeting.',
        owner: 'mentor',
        outcome: 'dropped',
      },
    ],
  },
  {
    daysAgo: 14,
    format: 'video',
    agenda: 'How the briefing went. Whether my second goal still makes sense.',
    notes:
      'The briefing went well; Sam kept to time and took two questions. The board meeting idea did not work out, so we dropped it. Sam reworded the second goal: it is about leading meetings now, not managing people yet.',
    actions: [
      { text: 'Chair the next team meeting and note what felt hard.', owner: 'mentee', forFirstGoal: true },
      { text: 'Share a simple agenda template for meetings.', owner: 'mentor' },
    ],
  },
];

/** Sam's goals. */
export const exampleGoalTexts: readonly ExampleGoalText[] = [
  {
    text: 'Present to senior leaders with confidence.',
    status: 'active',
    daysAgo: 28,
    changedDaysAgo: 28,
  },
  {
    text: 'Lead team meetings well.',
    status: 'changed',
    daysAgo: 28,
    changedDaysAgo: 14,
    earlierText: 'Become a team manager within a year.',
  },
  {
    text: 'Understand how the budget process works.',
    status: 'achieved',
    daysAgo: 28,
    changedDaysAgo: 14,
  },
];
