/** The 90-minute workshop plan: pairs learn the four expectations and leave with a first agreement. */
import type { SessionPlan } from './session-plan';

const firstMeeting = '/guide/first-meeting/';

/** A 90-minute training or launch session. */
export const longSession: SessionPlan = {
  id: 'session-90',
  title: 'A 90-minute session',
  minutes: 90,
  suits: 'Mentor training, or a launch with time to spare, where pairs finish a first agreement in the room.',
  steps: [
    {
      id: 'session-90-welcome',
      title: 'Welcome, introductions and why this matters',
      minutes: 10,
      doThis:
        'Introduce the session and ask each pair to spend two minutes on what brought them here. Then read the example of two partners who assumed.',
      say: 'Every partnership runs on expectations. The only question is whether you say them or guess them.',
      use: [
        { label: 'Why agree expectations', path: '/guide/why-agree-expectations/#why-start-here' },
        {
          label: 'What happens when you assume',
          path: '/guide/why-agree-expectations/#when-partners-assume',
        },
      ],
    },
    {
      id: 'session-90-four-expectations',
      title: 'The four expectations in small groups',
      minutes: 20,
      doThis:
        'Give each table one expectation. They read "What it means" and "Warning signs" on its guide page, then tell the room one thing they would watch for.',
      say: 'Each of these is easy to agree in the first hour and hard to fix in month four.',
      use: [
        { label: 'Mentee-driven', path: '/guide/mentee-driven/#warning-signs' },
        { label: 'Protected time', path: '/guide/protected-time/#warning-signs' },
        { label: 'Trust and confidentiality', path: '/guide/trust-and-confidentiality/#warning-signs' },
        { label: 'Shared responsibility', path: '/guide/shared-responsibility/#warning-signs' },
      ],
    },
    {
      id: 'session-90-confidentiality',
      title: 'The limits of confidentiality',
      minutes: 10,
      doThis:
        "Explain the few times a confidence may have to be broken, and name your programme's safeguarding contact if you have one.",
      say: 'Agree the limits now, while nothing is at stake. Then nobody is caught off guard later.',
      use: [
        { label: 'Agreeing the limits', path: '/guide/trust-and-confidentiality/#agreeing-limits' },
        {
          label: 'Managers and programmes',
          path: '/guide/trust-and-confidentiality/#managers-and-programmes',
        },
      ],
    },
    {
      id: 'session-90-set-up',
      title: 'Set up the workbook',
      minutes: 5,
      doThis:
        'Pairs open the workbook on one device or two and start a partnership. If you made a tailored checklist, share its link or QR code now.',
      say: 'Your programme cannot see anything you type. There is no server behind this page.',
      use: [
        { label: 'The workbook', path: '/workbook/' },
        { label: 'One device or two', path: '/trainers/#one-device-or-two' },
      ],
    },
    {
      id: 'session-90-answer-alone',
      title: 'Answer the checklist alone',
      minutes: 10,
      doThis:
        "Each person answers without seeing the other's answers. Keep the room quiet, as in an exam, but friendlier.",
      say: 'There are no right answers. The point is to find out where you differ.',
      use: [
        { label: 'Answer the checklist alone', path: `${firstMeeting}#step-3-answer-alone` },
        { label: 'The checklist', path: '/workbook/checklist/' },
      ],
    },
    {
      id: 'session-90-talk-it-through',
      title: 'Compare and talk it through',
      minutes: 20,
      doThis:
        "Pairs compare, clear the easy items, then work through each item to discuss. Move round the room and listen for items that need your programme's answer.",
      say: 'Settle it, or park it with a date to come back to. Both are good results.',
      use: [
        { label: 'Compare your answers', path: `${firstMeeting}#step-4-compare` },
        { label: 'Talk through the differences', path: `${firstMeeting}#step-5-talk-it-through` },
        { label: 'Settle it, or park it', path: '/guide/why-agree-expectations/#settle-or-park' },
      ],
    },
    {
      id: 'session-90-first-goal',
      title: 'A first goal and the next meeting',
      minutes: 10,
      doThis:
        'The mentee names one thing to work on; the mentor helps make it clear by asking questions. Pairs book their next meeting and read their agreement together.',
      say: 'Mentors, ask more than you tell. A rough goal you both understand is enough for today.',
      use: [
        { label: 'Name a first goal', path: `${firstMeeting}#step-6-first-goal` },
        { label: 'Close and book the next meeting', path: `${firstMeeting}#step-7-close` },
        { label: 'The agreement', path: '/workbook/agreement/' },
      ],
    },
    {
      id: 'session-90-close',
      title: 'Looking ahead',
      minutes: 5,
      doThis:
        'Mention the review at three months and that ending is allowed. Ask everyone to make a backup before they leave.',
      say: "If it isn't working, either of you can say so. A kind, no-fault ending is part of the deal.",
      use: [
        { label: 'Review at three months', path: '/guide/reviewing-and-ending/#review-at-three-months' },
        { label: 'A no-fault ending', path: '/guide/reviewing-and-ending/#a-no-fault-ending' },
        { label: 'Your data and backups', path: '/workbook/data/' },
      ],
    },
  ],
};
