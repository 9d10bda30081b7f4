/**
 * The exchange against real storage (fake IndexedDB), two workbooks standing in for two devices:
 * the invite sets the partnership up on the partner's device, later exchanges are sealed with the
 * pair key, every bad payload is refused with a clear message and leaves stored data exactly as it
 * was, and the old link kinds are read into the new model.
 */
import { describe, expect, it } from 'vitest';
import {
  commitExchange,
  exchangeToSend,
  prepareExchange,
  readLocalCopy,
} from '../../../src/lib/exchange/apply';
import { acceptInvite, makeInvite } from '../../../src/lib/exchange/invite';
import { fromAnswersLink } from '../../../src/lib/exchange/legacy';
import { openSealed, sealExchange } from '../../../src/lib/exchange/seal';
import { answersPayload } from '../support/old-links';
import { finishAnswering, setAnswer } from '../../../src/lib/checklist/round-flow';
import { openSession } from '../../../src/lib/session/session';
import { createPartnership } from '../../../src/lib/session/create-partnership';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { decodeLinkPayload, encodeLinkPayload } from '../../../src/lib/transfer/link-codec';
import { TransferError } from '../../../src/lib/transfer/errors';
import type { Exchange } from '../../../src/lib/schemas';
import { useFreshIndexedDB } from '../support/fresh-db';
import { template } from './devices';

const dbName = useFreshIndexedDB();
const names = { mentor: 'Tom', mentee: 'Priya' };
const shipped = [template];

async function twoDevices() {
  const { workbook: tom } = await openWorkbook({ name: dbName() });
  const { workbook: priya } = await openWorkbook({ name: dbName() });
  const pair = await createPartnership(
    tom,
    { answerMode: 'two-devices', thisDevice: 'mentor', mentorName: 'Tom', menteeName: 'Priya' },
    template,
  );
  const invite = await makeInvite(tom, pair.id, 'mentee', shipped);
  // Through the link codec, as the invite link carries it.
  const decoded = await decodeLinkPayload('invite', await encodeLinkPayload('invite', invite));
  await acceptInvite(priya, decoded, { shipped, names });
  return { tom, priya, id: pair.id, key: invite.key };
}

/** Everything stored about the partnership on a device. */
async function stored(workbook: Workbook, id: string) {
  return { snapshot: await workbook.snapshot(id), exchange: await workbook.exchange.get(id) };
}

/** Edits the round as the checklist page does: through a session, which stamps the change. */
async function answer(workbook: Workbook, id: string, role: 'mentor' | 'mentee') {
  const session = openSession({ workbook, partnershipId: id, delayMs: 0, page: {} });
  await session.ready;
  const state = session.state.get();
  if (state.status !== 'ready') throw new Error('not ready');
  const round = state.data.rounds[0];
  if (!round) throw new Error('no round');
  const answered = setAnswer(round, role, 'q1', { kind: 'scale', value: 3 });
  session.change(
    { rounds: [finishAnswering(template, answered, role, new Date().toISOString(), 'two-devices')] },
    { now: true },
  );
  await session.flush();
  await session.close();
}

async function send(from: Workbook, to: Workbook, id: string, key: string) {
  const { exchange } = await exchangeToSend(from, id);
  const opened = await openSealed(await sealExchange(exchange, key), key, id);
  const prepared = await prepareExchange(to, opened, { defaultTemplate: template, names });
  await commitExchange(to, prepared, { defaultTemplate: template, names });
  return prepared;
}

describe('the invite', () => {
  it('sets the partnership up on the partner’s device, as the other partner, with the pair key', async () => {
    const { tom, priya, id, key } = await twoDevices();
    const there = await priya.partnerships.get(id);
    expect(there?.thisDevice).toBe('mentee');
    expect(there?.mentorName).toBe('Tom');
    expect((await priya.rounds.listByPartnership(id)).map((r) => r.id)).toEqual(
      (await tom.rounds.listByPartnership(id)).map((r) => r.id),
    );
    expect((await priya.exchange.get(id))?.key).toBe(key);
  });

  it('refuses one’s own invite and changes nothing', async () => {
    const { tom, id } = await twoDevices();
    const before = await stored(tom, id);
    const own = await makeInvite(tom, id, 'mentee', shipped);
    await expect(acceptInvite(tom, own, { shipped, names })).rejects.toMatchObject({ code: 'own-exchange' });
    expect(await stored(tom, id)).toEqual({ ...before, exchange: await tom.exchange.get(id) });
  });
});

describe('sealed exchanges', () => {
  it('carry one partner’s answers to the other, hidden until the receiver has finished', async () => {
    const { tom, priya, id, key } = await twoDevices();
    await answer(priya, id, 'mentee');
    const prepared = await send(priya, tom, id, key);
    expect(prepared.words).toEqual(['Priya’s answers (kept hidden until you have finished yours)']);
    const [round] = await tom.rounds.listByPartnership(id);
    expect(round?.stage).toBe('answering-first');
    await answer(tom, id, 'mentor');
    await send(tom, priya, id, key);
    expect((await priya.rounds.listByPartnership(id))[0]?.stage).toBe('compare');
    expect((await tom.rounds.listByPartnership(id))[0]?.stage).toBe('compare');
  });

  it('reveal nothing of what they carry without the key', async () => {
    const { priya, id, key } = await twoDevices();
    await answer(priya, id, 'mentee');
    const { exchange } = await exchangeToSend(priya, id);
    const sealed = await sealExchange(exchange, key);
    expect(sealed).not.toMatch(/Priya|scale/);
  });

  const badPayloads: [string, (sealed: string, key: string, id: string) => Promise<Exchange>, string][] = [
    ['empty', (_s, key, id) => openSealed('', key, id), 'empty'],
    ['under a wrong key', (s, _k, id) => openSealed(s, 'A'.repeat(43), id), 'wrong-key'],
    ['for another partnership', (s, key) => openSealed(s, key, 'otherPair'), 'wrong-key'],
    [
      'tampered',
      (s, key, id) => openSealed(`${s.slice(0, 20)}${s[20] === 'A' ? 'B' : 'A'}${s.slice(21)}`, key, id),
      'wrong-key',
    ],
    [
      'truncated', // Cut at a whole number of base64 groups, as a message app might cut it.
      (s, key, id) => openSealed(s.slice(0, 2 + 4 * Math.floor((s.length - 2) / 8)), key, id),
      'wrong-key',
    ],
    ['cut to almost nothing', (s, key, id) => openSealed(s.slice(0, 12), key, id), 'truncated'],
    ['from a newer version', (s, key, id) => openSealed(`9${s.slice(1)}`, key, id), 'newer-version'],
    ['not a payload at all', (_s, key, id) => openSealed('1.***', key, id), 'tampered'],
  ];

  it.each(badPayloads)(
    'refuse a payload %s with a clear message, and nothing stored changes',
    async (_n, open, code) => {
      const { tom, priya, id, key } = await twoDevices();
      await answer(priya, id, 'mentee');
      const { exchange } = await exchangeToSend(priya, id);
      const sealed = await sealExchange(exchange, key);
      const before = await stored(tom, id);
      const error = await open(sealed, key, id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransferError);
      expect((error as TransferError).code).toBe(code);
      expect((error as TransferError).message.length).toBeGreaterThan(20);
      expect((error as TransferError).hint.length).toBeGreaterThan(20);
      expect(await stored(tom, id)).toEqual(before);
    },
  );

  it('refuse an exchange for a partnership that is not on this device, and one from this device', async () => {
    const { tom, priya, id } = await twoDevices();
    const { exchange } = await exchangeToSend(tom, id);
    const before = await stored(tom, id);
    await expect(prepareExchange(tom, exchange, { names })).rejects.toMatchObject({ code: 'own-exchange' });
    await expect(
      prepareExchange(priya, { ...exchange, partnershipId: 'notHere' }, { names }),
    ).rejects.toMatchObject({ code: 'not-on-device' });
    expect(await stored(tom, id)).toEqual(before);
  });
});

describe('old links', () => {
  it('an answers link from before the exchange is read into the new model', async () => {
    const { tom, id } = await twoDevices();
    const [round] = await tom.rounds.listByPartnership(id);
    if (!round) throw new Error('no round');
    const link = answersPayload(
      { ...round, mentee: { q1: { kind: 'scale', value: 4 } }, menteeDone: '2026-12-01T10:00:00.000Z' },
      'mentee',
    );
    const decoded = await decodeLinkPayload('answers', await encodeLinkPayload('answers', link));
    const local = await readLocalCopy(tom, id);
    if (!local) throw new Error('not on the device');
    const exchange = fromAnswersLink(local, decoded, 'mentor', new Date());
    const prepared = await prepareExchange(tom, exchange, {
      defaultTemplate: template,
      names,
      remember: false,
    });
    await commitExchange(tom, prepared, { defaultTemplate: template, names });
    const [after] = await tom.rounds.listByPartnership(id);
    expect(after?.mentee).toEqual({ q1: { kind: 'scale', value: 4 } });
    expect(Object.keys((await tom.exchange.get(id))?.partners ?? {})).toEqual([]);
  });
});
