/** The 45-minute workshop plan: pairs meet, learn the four expectations and start the checklist. */
import type { SessionPlan } from './session-plan';

const firstMeeting = '/guide/first-meeting/';

/** A 45-minute induction or launch session. */
export const shortSession: SessionPlan = {
  id: 'session-45',
  title: 'A 45-minute session',
  minutes: 45,
  suits:
    'An induction slot or a programme launch, where pairs meet for the first time and start their checklist in the room.',
  steps: [
    {
      id: 'session-45-welcome',
      title: 'Welcome and why this matters',
      minutes: 5,
      doThis:
        'Say what the session is for. Tell one short story of a partnership that stalled because nobody said what they expected.',
      say: 'Most mentoring that fizzles out does so quietly. Two people assumed different things and never said so. Today you will say them out loud, while it is easy.',
      use: [
        {
          label: 'What happens when you assume',
          path: '/guide/why-agree-expectations/#when-partners-assume',
        },
      ],
    },
    {
      id: 'session-45-four-expectations',
      title: 'The four expectations',
      minutes: 10,
      doThis:
        'Hand out the one-page summary. Take each expectation in turn and give one example of what it looks like in practice.',
      say: 'These four are what good partnerships have in common. None of them is a rule. Each is something you agree between you.',
      use: [
        { label: 'The four expectations handout', path: '/print/expectations/' },
        { label: 'The guide', path: '/guide/' },
      ],
    },
    {
      id: 'session-45-set-up',
      title: 'Set up the workbook',
      minutes: 5,
      doThis:
        'Ask each pair to open the workbook on one device or two and start a partnership. Answer privacy questions now, before anyone types.',
      say: 'Nothing you type is sent to us or to anyone else. It stays on your phone or laptop.',
      use: [
        { label: 'The workbook', path: '/workbook/' },
        { label: 'Answering privacy questions', path: '/trainers/#privacy-questions' },
      ],
    },
    {
      id: 'session-45-answer-alone',
      title: 'Answer the checklist alone',
      minutes: 10,
      doThis:
        "Each person answers the checklist without looking at their partner's answers. Walk round and help with the device, not the answers.",
      say: 'Answer honestly, not politely. A difference you find today takes a minute to sort out.',
      use: [
        { label: 'Answer the checklist alone', path: `${firstMeeting}#step-3-answer-alone` },
        { label: 'The checklist', path: '/workbook/checklist/' },
      ],
    },
    {
      id: 'session-45-compare',
      title: 'Compare and talk through one difference',
      minutes: 10,
      doThis:
        'Pairs compare their answers, clear the agreed and close items, and pick one item to discuss. The rest can wait for their first meeting.',
      say: "Ask your partner to explain their answer first. Look for the reason behind it. If you can't settle it today, park it with a date.",
      use: [
        { label: 'Compare your answers', path: `${firstMeeting}#step-4-compare` },
        { label: 'Talk through the differences', path: `${firstMeeting}#step-5-talk-it-through` },
      ],
    },
    {
      id: 'session-45-close',
      title: 'Close and next steps',
      minutes: 5,
      doThis:
        'Ask each pair to book their first proper meeting before they leave, and to finish the checklist there. Remind them to make a backup.',
      say: 'Your workbook saves as you go, on this device. Book your next meeting now, and finish the agreement together then.',
      use: [
        { label: 'Your first meeting', path: firstMeeting },
        { label: 'Your data and backups', path: '/workbook/data/' },
      ],
    },
  ],
};
