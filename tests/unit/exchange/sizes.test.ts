/**
 * Sizes that fit the room: with the site's own 20-odd-item checklist, the invite and a partner's
 * full answers each fit one QR code that a phone reads at arm's length (at most 2,300 bytes).
 */
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../src/components/trainers/default-template-data';
import { makeOutgoing } from '../../../src/lib/exchange/outgoing';
import { acceptInvite } from '../../../src/lib/exchange/invite';
import { createPartnership } from '../../../src/lib/session/create-partnership';
import { openWorkbook } from '../../../src/lib/storage';
import { decodeLinkPayload } from '../../../src/lib/transfer/link-codec';
import { readFragment } from '../../../src/lib/transfer/fragment';
import { QR_MAX_BYTES } from '../../../src/lib/transfer/qr';
import type { Answers } from '../../../src/lib/schemas';
import { useFreshIndexedDB } from '../support/fresh-db';

const dbName = useFreshIndexedDB();
const options = {
  origin: 'https://mentoring.example.org',
  base: '/',
  path: '/workbook/checklist/',
  shipped: [defaultTemplate],
};

describe('exchange sizes', () => {
  it('the invite and a partner’s answers each fit one QR code', async () => {
    const { workbook: tom } = await openWorkbook({ name: dbName() });
    const { workbook: priya } = await openWorkbook({ name: dbName() });
    const pair = await createPartnership(
      tom,
      { answerMode: 'two-devices', thisDevice: 'mentor', mentorName: 'Tom', menteeName: 'Priya' },
      defaultTemplate,
    );
    const invite = await makeOutgoing(tom, pair.id, options);
    expect(invite.kind).toBe('invite');
    const payload = readFragment(new URL(invite.url ?? '').hash).payloads.invite ?? '';
    await acceptInvite(priya, await decodeLinkPayload('invite', payload), {
      shipped: [defaultTemplate],
      names: { mentor: 'Tom', mentee: 'Priya' },
    });
    // Priya answers every item (text items with a sentence), then sends her answers.
    const [round] = await priya.rounds.listByPartnership(pair.id);
    if (!round) throw new Error('no round');
    const answers: Answers = {};
    for (const item of defaultTemplate.items) {
      answers[item.id] =
        item.kind === 'scale'
          ? { kind: 'scale', value: 2 }
          : item.kind === 'choice'
            ? { kind: 'choice', optionId: item.options[0]?.id ?? 'other' }
            : { kind: 'text', text: 'Anything about safety, which we would talk about first.' };
    }
    const state = await priya.exchange.get(pair.id);
    const stamp = { vv: { [state?.me ?? 'x']: Date.now() }, by: state?.me ?? 'x' };
    await priya.writeBatch(pair.id, {
      rounds: [
        { ...round, mentee: answers, menteeDone: new Date().toISOString(), answersRev: { mentee: stamp } },
      ],
    });
    const sent = await makeOutgoing(priya, pair.id, options);
    expect(sent.kind).toBe('exchange');
    console.info(
      `invite ${invite.bytes} bytes; answers (${defaultTemplate.items.length} items) ${sent.bytes} bytes`,
    );
    expect(invite.bytes).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(sent.bytes).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(sent.fitsQr).toBe(true);
  });
});
