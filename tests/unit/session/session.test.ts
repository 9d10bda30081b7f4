import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSession, type Session } from '../../../src/lib/session/session';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import type { PartnershipData } from '../../../src/lib/session/load';
import { useFreshIndexedDB } from '../support/fresh-db';
import { meeting, partnership, round } from '../support/records';

const dbName = useFreshIndexedDB();
let closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.reverse()) await close();
  closing = [];
});

/** One tab: its own workbook connection and session, on the shared database. */
async function tab(name: string, partnershipId: string): Promise<{ workbook: Workbook; session: Session }> {
  const { workbook } = await openWorkbook({ name });
  const session = openSession({ workbook, partnershipId, delayMs: 0, page: {} });
  closing.push(
    () => workbook.close(),
    () => session.close(),
  );
  await session.ready;
  return { workbook, session };
}

function data(session: Session): PartnershipData {
  const state = session.state.get();
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
  return state.data;
}

async function seed() {
  const name = dbName();
  const { workbook } = await openWorkbook({ name });
  const pair = await workbook.partnerships.create(partnership());
  const m = await workbook.meetings.create(meeting(pair.id, { notes: 'Talked', durationMinutes: 60 }));
  const r = await workbook.rounds.create(
    round(pair.id, { stage: 'answering-first', mentor: {}, mentee: {} }),
  );
  workbook.close();
  return { name, pair, meetingId: m.id, roundId: r.id };
}

describe('a session in two tabs', () => {
  it('keeps every answer when two tabs answer different items in turn, each save based on an old version', async () => {
    const { name, pair, roundId } = await seed();
    const a = await tab(name, pair.id);
    const b = await tab(name, pair.id);
    const answer = (s: Session, item: string, value: number) => {
      const r = data(s).rounds.find((x) => x.id === roundId)!;
      s.change({ rounds: [{ ...r, mentee: { ...r.mentee, [item]: { kind: 'scale', value } } }] });
    };
    answer(a.session, 'one', 1);
    answer(b.session, 'two', 2); // B has not seen A's answer yet: its save is based on the old round
    await Promise.all([a.session.flush(), b.session.flush()]);
    answer(a.session, 'three', 3);
    await a.session.flush();
    await vi.waitFor(() =>
      expect(Object.keys(data(b.session).rounds[0]!.mentee).sort()).toEqual(['one', 'three', 'two']),
    );
    const stored = await a.workbook.rounds.get(roundId);
    expect(Object.keys(stored!.mentee).sort()).toEqual(['one', 'three', 'two']);
    expect(a.session.conflicts.get()).toEqual([]);
    expect(b.session.conflicts.get()).toEqual([]);
  });

  it('merges different fields of one meeting, and shows a change saved in the other tab', async () => {
    const { name, pair, meetingId } = await seed();
    const a = await tab(name, pair.id);
    const b = await tab(name, pair.id);
    const m = () => data(a.session).meetings.find((x) => x.id === meetingId)!;
    a.session.change({ meetings: [{ ...m(), notes: 'Talked about the move' }] });
    const mb = data(b.session).meetings.find((x) => x.id === meetingId)!;
    b.session.change({ meetings: [{ ...mb, durationMinutes: 45 }] });
    await a.session.flush();
    await b.session.flush();
    const stored = await a.workbook.meetings.get(meetingId);
    expect(stored).toMatchObject({ notes: 'Talked about the move', durationMinutes: 45 });
    await vi.waitFor(() =>
      expect(m()).toMatchObject({ notes: 'Talked about the move', durationMinutes: 45 }),
    );
  });

  it('keeps this tab’s words where both changed one field, and reports the other tab’s', async () => {
    const { name, pair, meetingId } = await seed();
    const a = await tab(name, pair.id);
    const b = await tab(name, pair.id);
    const ma = data(a.session).meetings.find((x) => x.id === meetingId)!;
    const mb = data(b.session).meetings.find((x) => x.id === meetingId)!;
    a.session.change({ meetings: [{ ...ma, notes: 'From A' }] });
    await a.session.flush();
    b.session.change({ meetings: [{ ...mb, notes: 'From B' }] });
    await b.session.flush();
    expect((await b.workbook.meetings.get(meetingId))?.notes).toBe('From B');
    const [conflict] = b.session.conflicts.get();
    expect(conflict).toMatchObject({
      store: 'meetings',
      id: meetingId,
      path: ['notes'],
      mine: 'From B',
      theirs: 'From A',
    });
    // Both are kept: B chooses A's words after all.
    b.session.settle(conflict!, 'theirs');
    await b.session.flush();
    expect((await b.workbook.meetings.get(meetingId))?.notes).toBe('From A');
    expect(b.session.conflicts.get()).toEqual([]);
  });

  it('keeps a meeting deleted in one tab while the other was still writing in it, and says so', async () => {
    const { name, pair, meetingId } = await seed();
    const a = await tab(name, pair.id);
    const b = await tab(name, pair.id);
    const mb = data(b.session).meetings.find((x) => x.id === meetingId)!;
    b.session.change({ meetings: [{ ...mb, notes: 'Still writing' }] });
    a.session.change({ removed: { meetings: [meetingId] } });
    await a.session.flush();
    await vi.waitFor(() => expect(b.session.conflicts.get()).toHaveLength(1));
    await b.session.flush();
    expect((await b.workbook.meetings.get(meetingId))?.notes).toBe('Still writing');
    expect(b.session.conflicts.get()[0]).toMatchObject({ path: [], theirs: undefined });
  });
});

describe('change and undo', () => {
  it('shows a change at once, saves it, and undo puts the record back as it was', async () => {
    const { name, pair, meetingId } = await seed();
    const { session, workbook } = await tab(name, pair.id);
    const before = data(session).meetings.find((x) => x.id === meetingId)!;
    session.change({ meetings: [{ ...before, notes: 'Changed' }] });
    expect(data(session).meetings.find((x) => x.id === meetingId)?.notes).toBe('Changed');
    expect(session.saving.get().state).toBe('pending');
    await session.flush();
    expect(session.saving.get().state).toBe('saved');
    expect((await workbook.meetings.get(meetingId))?.notes).toBe('Changed');
    expect(session.undo()).toBe(true);
    await session.flush();
    expect((await workbook.meetings.get(meetingId))?.notes).toBe('Talked');
    expect(session.undo()).toBe(false);
  });

  it('undoes a new record by removing it', async () => {
    const { name, pair } = await seed();
    const { session, workbook } = await tab(name, pair.id);
    const fresh = meeting(pair.id, { notes: 'New' });
    session.change({ meetings: [fresh] });
    session.undo();
    await session.flush();
    expect(await workbook.meetings.get(fresh.id)).toBeUndefined();
    expect(data(session).meetings.map((m) => m.id)).not.toContain(fresh.id);
  });

  it('reports a failed save with what to do, and saves on retry', async () => {
    const { name, pair, meetingId } = await seed();
    const { session, workbook } = await tab(name, pair.id);
    const real = workbook.writeBatch.bind(workbook);
    const spy = vi
      .spyOn(workbook, 'writeBatch')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const m = data(session).meetings.find((x) => x.id === meetingId)!;
    session.change({ meetings: [{ ...m, notes: 'Kept for retry' }] });
    await session.flush();
    expect(session.saving.get().state).toBe('error');
    expect(session.saving.get().problem?.message).toContain('storage is full');
    spy.mockImplementation(real);
    await session.flush();
    expect(session.saving.get().state).toBe('saved');
    expect((await workbook.meetings.get(meetingId))?.notes).toBe('Kept for retry');
  });

  it('says when the partnership is not on this device', async () => {
    const { name } = await seed();
    const { session } = await tab(name, 'nobody');
    expect(session.state.get().status).toBe('not-found');
  });
});
