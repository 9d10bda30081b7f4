/**
 * Template links: a trainer's checklist survives the trip through the link, and a bad, hostile,
 * oversized or newer link is refused with a TransferError (so the page can explain and change nothing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX } from '../../../src/lib/schemas/common';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../../src/lib/schemas/template';
import { addItem, draftFromTemplate, editDetails } from '../../../src/lib/trainers/template-draft';
import {
  readTemplateLink,
  templateEnvelope,
  templateFileName,
  templateLinkUrl,
} from '../../../src/lib/trainers/template-link';
import { toBase64Url } from '../../../src/lib/transfer/base64';
import { deflate } from '../../../src/lib/transfer/compression';
import { TransferError } from '../../../src/lib/transfer/errors';

const defaultTemplate = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);
const workbookUrl = 'https://example.org/mentoring/workbook/';

const tailored: ChecklistTemplate = addItem(
  editDetails(draftFromTemplate(defaultTemplate, 'northfield'), {
    programme: 'Northfield Nurses',
    intro: 'Welcome to the programme.',
    safeguardingContact: 'Alex Morgan, programme lead',
  }),
  { id: 'ward', expectation: 'practicalities', kind: 'text', prompt: 'Which ward will you meet on?' },
);

async function forge(value: unknown, prefix = '1.'): Promise<string> {
  return `${workbookUrl}#template=${prefix}${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(value))))}`;
}

async function refusal(url: string): Promise<string> {
  try {
    await readTemplateLink(new URL(url).hash);
  } catch (error) {
    if (error instanceof TransferError) return error.code;
    throw error;
  }
  throw new Error('the link was accepted');
}

describe('templateLinkUrl and readTemplateLink', () => {
  it('round-trips a tailored template exactly', async () => {
    const url = await templateLinkUrl(workbookUrl, tailored);
    expect(url.startsWith(`${workbookUrl}#template=1.`)).toBe(true);
    expect(await readTemplateLink(new URL(url).hash)).toEqual(tailored);
  });

  it('keeps the default 21-item template link short enough to share, if not to scan', async () => {
    const url = await templateLinkUrl(workbookUrl, tailored);
    expect(url.length).toBeLessThan(8000);
  });

  it('returns nothing for a fragment without a template', async () => {
    expect(await readTemplateLink('#p=abc')).toBeUndefined();
    expect(await readTemplateLink('')).toBeUndefined();
  });

  it('keeps hostile strings as plain text: markup is data, never code', async () => {
    const hostile = editDetails(tailored, {
      programme: '<img src=x onerror=alert(1)>',
      intro: '"><script>alert(1)</script>',
    });
    const read = await readTemplateLink(new URL(await templateLinkUrl(workbookUrl, hostile)).hash);
    expect(read?.programme).toBe('<img src=x onerror=alert(1)>');
    expect(read?.intro).toBe('"><script>alert(1)</script>');
  });

  it.each([
    ['a damaged payload', `${workbookUrl}#template=1.%%%not-base64`, 'tampered'],
    ['a truncated payload', `${workbookUrl}#template=1.AAAA`, 'truncated'],
    ['a payload without a codec version', `${workbookUrl}#template=abc`, 'tampered'],
    ['a newer codec', `${workbookUrl}#template=9.AAAA`, 'newer-version'],
  ])('refuses %s', async (_name, url, code) => {
    expect(await refusal(url)).toBe(code);
  });

  it('refuses a template from a future version of the site', async () => {
    expect(await refusal(await forge({ ...templateEnvelope(tailored), version: 2 }))).toBe('newer-version');
  });

  it('refuses another kind of link posing as a template', async () => {
    expect(
      await refusal(await forge({ ...templateEnvelope(tailored), format: 'mentoring-workbook-answers' })),
    ).toBe('wrong-kind');
  });

  it.each([
    ['an empty item list', { ...tailored, items: [] }],
    ['an overlong programme name', { ...tailored, programme: 'x'.repeat(MAX.short + 1) }],
    [
      'too many items',
      {
        ...tailored,
        items: Array.from({ length: MAX.list + 1 }, (_, i) => ({
          id: `q${i}`,
          expectation: 'practicalities',
          kind: 'text',
          prompt: 'Q',
        })),
      },
    ],
    ['an unknown field', { ...tailored, script: 'alert(1)' }],
    ['a reserved id', { ...tailored, id: '__proto__' }],
  ])('refuses a template with %s', async (_name, template) => {
    expect(await refusal(await forge({ ...templateEnvelope(tailored), template }))).toBe('invalid');
  });

  it('refuses a payload that inflates past the size limit', async () => {
    const huge = { ...templateEnvelope(tailored), padding: 'a'.repeat(600_000) };
    expect(await refusal(await forge(huge))).toBe('too-large');
  });
});

describe('templateFileName', () => {
  it('names the file after the programme and version', () => {
    expect(templateFileName(tailored)).toBe('checklist-northfield-nurses-v1.json');
  });

  it('falls back to the title, and never lets odd characters into the name', () => {
    expect(templateFileName({ ...defaultTemplate, title: '../../etc/passwd' })).toBe(
      'checklist-etc-passwd-v1.json',
    );
  });
});
