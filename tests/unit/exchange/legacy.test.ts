/**
 * Links sent before the exchange keep working: a meeting summary link, read into the new model and
 * merged by the one merge, keeps the meaning it had — a meeting is added or replaced only by a newer
 * copy, the receiver's private note stays, a later next meeting is taken, and a link for another
 * partnership is refused.
 */
import { describe, expect, it } from 'vitest';
import { fromMeetingLink } from '../../../src/lib/exchange/legacy';
import { mergeExchange } from '../../../src/lib/exchange/merge';
import { TransferError } from '../../../src/lib/transfer/errors';
import { meetingPayload } from '../support/old-links';
import { action, Device, meeting } from './devices';

const later = '2026-12-01T12:00:00.000Z';

function sender() {
  const data = {
    partnership: {
      ...new Device('sender1', 'mentor').copy.partnership,
      nextMeeting: { start: '2026-12-08T10:00', durationMinutes: 60 },
    },
    meetings: [{ ...meeting('m1', 'Went well'), privateNote: 'I was nervous', updatedAt: later }],
    actions: [action('a1', 'm1')],
  };
  return meetingPayload(data, 'm1');
}

function receive(device: Device, link = sender()) {
  const outcome = mergeExchange(device.copy, fromMeetingLink(device.copy, link, new Date(later)), {
    now: new Date(later),
    remember: false,
  });
  return outcome;
}

describe('fromMeetingLink', () => {
  it('adds a meeting that is not in the log, with its actions, never the private note', () => {
    const b = new Device('deviceB', 'mentee');
    const { set, state } = receive(b);
    expect(set.meetings?.map((m) => [m.id, m.notes, m.privateNote])).toEqual([
      ['m1', 'Went well', undefined],
    ]);
    expect(set.actions?.map((a) => a.id)).toEqual(['a1']);
    expect(set.partnership?.nextMeeting?.start).toBe('2026-12-08T10:00');
    // An old link's stand-in device is not a partner device.
    expect(state.partners).toEqual({});
  });

  it('updates an older copy and keeps the receiver’s own private note', () => {
    const b = new Device('deviceB', 'mentee');
    b.copy.meetings = [{ ...meeting('m1', 'Old words'), privateNote: 'Mine' }];
    const [m] = receive(b).set.meetings ?? [];
    expect(m?.notes).toBe('Went well');
    expect(m?.privateNote).toBe('Mine');
  });

  it('changes nothing when the log already has this copy or a newer one', () => {
    const b = new Device('deviceB', 'mentee');
    b.copy.meetings = [{ ...meeting('m1', 'Newer here'), updatedAt: '2026-12-02T09:00:00.000Z' }];
    b.copy.actions = [{ ...action('a1', 'm1'), updatedAt: '2026-12-02T09:00:00.000Z' }];
    b.copy.partnership = {
      ...b.copy.partnership,
      nextMeeting: { start: '2026-12-20T10:00', durationMinutes: 60 },
    };
    expect(receive(b).set).toEqual({});
  });

  it('refuses a link for another partnership', () => {
    const b = new Device('deviceB', 'mentee');
    expect(() => receive(b, { ...sender(), partnershipId: 'other' })).toThrow(TransferError);
  });
});
