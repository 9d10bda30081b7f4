/**
 * The old checklist links (join, answers, agreement) as the site wrote them before the exchange, so
 * tests can check that links already sent are still read.
 */
import type { Action, Meeting } from '../../../src/lib/schemas';
import type { AgreementLink, AnswersLink, JoinLink, MeetingLink } from '../../../src/lib/schemas/links';
import { LINK_VERSION } from '../../../src/lib/schemas/links';
import type { PartnerRole } from '../../../src/lib/schemas/common';
import type { Partnership } from '../../../src/lib/schemas/partnership';
import type { ChecklistRound } from '../../../src/lib/schemas/round';
import type { ChecklistTemplate } from '../../../src/lib/schemas/template';
import { withoutTimestamps } from '../../../src/lib/trainers/template-versions';

/** The join link's data: the partnership, this round and (for a trainer's checklist) the template. */
export function joinPayload(
  partnership: Partnership,
  round: ChecklistRound,
  from: PartnerRole,
  template: ChecklistTemplate | undefined,
): JoinLink {
  const p: JoinLink['partnership'] = {
    id: partnership.id,
    templateId: partnership.templateId,
    templateVersion: partnership.templateVersion,
  };
  if (partnership.title) p.title = partnership.title;
  if (partnership.mentorName) p.mentorName = partnership.mentorName;
  if (partnership.menteeName) p.menteeName = partnership.menteeName;
  if (partnership.startedOn) p.startedOn = partnership.startedOn;
  if (partnership.reviewOn) p.reviewOn = partnership.reviewOn;
  const link: JoinLink = {
    format: 'mentoring-workbook-join',
    version: LINK_VERSION,
    partnership: p,
    roundId: round.id,
    roundNumber: round.number,
    from,
  };
  // The device holds its copy with record timestamps; the link carries the template alone.
  if (template) link.template = withoutTimestamps(template);
  return link;
}

/** One partner's answers, ready to send. */
export function answersPayload(round: ChecklistRound, from: PartnerRole): AnswersLink {
  const link: AnswersLink = {
    format: 'mentoring-workbook-answers',
    version: LINK_VERSION,
    partnershipId: round.partnershipId,
    roundId: round.id,
    templateId: round.templateId,
    templateVersion: round.templateVersion,
    from,
    answers: round[from],
  };
  const done = round[`${from}Done`];
  if (done) link.doneAt = done;
  return link;
}

/** The agreement as settled on this device, ready to send. */
export function agreementPayload(round: ChecklistRound): AgreementLink {
  const link: AgreementLink = {
    format: 'mentoring-workbook-agreement',
    version: LINK_VERSION,
    partnershipId: round.partnershipId,
    roundId: round.id,
    templateId: round.templateId,
    templateVersion: round.templateVersion,
    agreed: round.agreed,
  };
  if (round.settledAt) link.settledAt = round.settledAt;
  return link;
}

/** A meeting summary link as the log wrote it: the meeting without its private note, its actions. */
export function meetingPayload(
  data: { partnership: Partnership; meetings: readonly Meeting[]; actions: readonly Action[] },
  meetingId: string,
): MeetingLink {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error('no such meeting');
  const shared = { ...meeting };
  delete shared.privateNote;
  delete shared.inProgress;
  const payload: MeetingLink = {
    format: 'mentoring-workbook-meeting',
    version: LINK_VERSION,
    partnershipId: data.partnership.id,
    meeting: shared,
    actions: data.actions.filter(
      (a) => a.createdInMeetingId === meetingId || a.reviews.some((r) => r.meetingId === meetingId),
    ),
  };
  if (data.partnership.nextMeeting) payload.nextMeeting = data.partnership.nextMeeting;
  return payload;
}
