/**
 * Changes-only template links: a trainer's checklist travels as its changes against a shipped one
 * and comes back exactly, short enough for one QR code; a checklist built from nothing travels whole;
 * an unknown base, a tampered, oversized or newer link is refused with a TransferError.
 */
import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../../src/components/trainers/shipped-templates';
import type { ChecklistTemplate } from '../../../src/lib/schemas/template';
import type { TemplateChangesLink } from '../../../src/lib/schemas/template-changes';
import {
  applyTemplateChanges,
  templateChanges,
  templateFingerprint,
} from '../../../src/lib/trainers/template-changes';
import {
  addItem,
  draftFromTemplate,
  editDetails,
  editItem,
  moveItem,
  relabelOption,
  removeItem,
} from '../../../src/lib/trainers/template-draft';
import {
  readTemplateLink,
  templateEnvelope,
  templateFragment,
  templateLinkUrl,
} from '../../../src/lib/trainers/template-link';
import { toBase64Url } from '../../../src/lib/transfer/base64';
import { deflate } from '../../../src/lib/transfer/compression';
import { TransferError } from '../../../src/lib/transfer/errors';

const workbookUrl = 'https://mentoring.example.org/workbook/';
const newQuestion = {
  id: 'Qw3eR5tY7uI9oP1a',
  expectation: 'practicalities',
  kind: 'scale',
  prompt: 'Where on the ward will you meet, and at what time of day?',
  left: 'On my own ward, during a shift',
  right: 'Away from the ward, after a shift',
} as const;

/** What the issue asks for: rename the programme, add a question and remove one. */
function tailor(base: ChecklistTemplate): ChecklistTemplate {
  const draft = draftFromTemplate(base, 'Ab3dE5gH9jK1mN0p');
  const named = editDetails(draft, { programme: 'Northfield Nurses Mentoring' });
  return addItem(removeItem(named, base.items[7]?.id ?? ''), newQuestion);
}

async function forge(fragmentKey: string, value: unknown): Promise<string> {
  const bytes = await deflate(new TextEncoder().encode(JSON.stringify(value)));
  return `#${fragmentKey}=1.${toBase64Url(bytes)}`;
}

async function refusal(hash: string, bases = shippedTemplates): Promise<string> {
  try {
    await readTemplateLink(hash, bases);
  } catch (error) {
    if (error instanceof TransferError) return error.code;
    throw error;
  }
  throw new Error('the link was accepted');
}

const defaultBase = shippedTemplates[0];
if (!defaultBase) throw new Error('No shipped checklist');
const tailored = tailor(defaultBase);
const changes = templateChanges(defaultBase, tailored);

describe.each(shippedTemplates.map((t) => [`${t.id} version ${t.version}`, t] as const))(
  'against the shipped %s',
  (_name, base) => {
    it('rebuilds the unchanged checklist from a handful of characters', async () => {
      const url = await templateLinkUrl(workbookUrl, base, shippedTemplates);
      expect(url).toContain('#template-changes=1.');
      expect(await readTemplateLink(new URL(url).hash, shippedTemplates)).toEqual(base);
    });

    it('round-trips a renamed programme, an added question and a removed one, in at most 1,000 characters', async () => {
      const template = tailor(base);
      const url = await templateLinkUrl(workbookUrl, template, shippedTemplates);
      expect(url).toContain('#template-changes=1.');
      expect(await readTemplateLink(new URL(url).hash, shippedTemplates)).toEqual(template);
      // Measured: 459 characters with this 39-character workbook address (the whole checklist: 5,405).
      expect(url.length).toBeLessThanOrEqual(1000);
    });

    it('round-trips reworded, reordered and relabelled questions and a removed introduction', async () => {
      const choice = base.items.find((i) => i.kind === 'choice');
      let template = editDetails(draftFromTemplate(base, 'northfield'), {
        title: 'Our checklist',
        intro: '',
        safeguardingContact: 'Alex Morgan, programme lead',
      });
      template = editItem(template, base.items[0]?.id ?? '', { left: 'The mentee leads' });
      template = moveItem(template, base.items[3]?.id ?? '', -1);
      if (choice?.kind === 'choice') {
        template = relabelOption(template, choice.id, choice.options[0]?.id ?? '', 'Every week, at lunch');
      }
      const hash = await templateFragment(template, shippedTemplates);
      expect(hash.startsWith('#template-changes=')).toBe(true);
      expect(await readTemplateLink(hash, shippedTemplates)).toEqual(template);
    });
  },
);

describe('templateChanges', () => {
  it('keeps unchanged runs as index ranges and changed items as their changed fields only', () => {
    expect(changes.set).toEqual({ programme: 'Northfield Nurses Mentoring' });
    expect(changes.items).toEqual([[0, 6], [8, defaultBase.items.length - 1], newQuestion]);
    const reworded = templateChanges(
      defaultBase,
      editItem(defaultBase, defaultBase.items[0]?.id ?? '', { left: 'The mentee leads' }),
    );
    expect(reworded.items[0]).toEqual({ b: 0, set: { left: 'The mentee leads' }, unset: ['sentences'] });
  });
});

describe('templateFragment', () => {
  it('sends a checklist built from nothing whole, as a longer link that still opens', async () => {
    const fromNothing: ChecklistTemplate = {
      id: 'own',
      version: 1,
      title: 'Our own checklist',
      items: [
        newQuestion,
        { id: 'q2', expectation: 'mentee-driven', kind: 'text', prompt: 'What do you hope for?' },
      ],
    };
    const hash = await templateFragment(fromNothing, shippedTemplates);
    expect(hash.startsWith('#template=1.')).toBe(true);
    expect(await readTemplateLink(hash, shippedTemplates)).toEqual(fromNothing);
  });

  it('still opens a whole-checklist link made before changes-only links existed', async () => {
    const old = await forge('template', templateEnvelope(tailored));
    expect(await readTemplateLink(old, shippedTemplates)).toEqual(tailored);
  });
});

describe('applyTemplateChanges refuses', () => {
  it.each([
    ['a base this site never shipped', { ...changes, base: { id: 'elsewhere', version: 1 } }, 'unknown-base'],
    [
      'a version of the base newer than this site has',
      { ...changes, base: { id: 'default', version: 99 } },
      'newer-version',
    ],
    ['a fingerprint that does not match', { ...changes, sum: 'abc' }, 'tampered'],
    [
      'changed words under the same fingerprint',
      { ...changes, set: { programme: 'Someone else' } },
      'tampered',
    ],
    ['an item past the end of the base', { ...changes, items: [...changes.items, 150] }, 'tampered'],
    ['a run that ends before it starts', { ...changes, items: [[6, 0]] }, 'tampered'],
    [
      'a result that is not a valid checklist',
      { ...changes, items: [{ b: 0, unset: ['prompt'] }] },
      'invalid',
    ],
    ['the same item twice', { ...changes, items: [0, 0] }, 'invalid'],
  ] as [string, TemplateChangesLink, string][])('%s', (_name, link, code) => {
    expect(() => applyTemplateChanges(link, shippedTemplates)).toThrow(
      expect.objectContaining({ code }) as Error,
    );
  });

  it('anything when the site has no shipped checklists to rebuild from', () => {
    expect(() => applyTemplateChanges(changes, [])).toThrow(
      expect.objectContaining({ code: 'unknown-base' }) as Error,
    );
  });
});

describe('readTemplateLink with a changes-only link refuses', () => {
  it.each([
    ['a damaged payload', '#template-changes=1.%%%not-base64', 'tampered'],
    ['a truncated payload', '#template-changes=1.AAAA', 'truncated'],
    ['a newer codec', '#template-changes=9.AAAA', 'newer-version'],
  ])('%s', async (_name, hash, code) => {
    expect(await refusal(hash)).toBe(code);
  });

  it('a payload from a newer version of the site', async () => {
    expect(await refusal(await forge('template-changes', { ...changes, version: 2 }))).toBe('newer-version');
  });

  it('a payload that inflates past the size limit', async () => {
    const huge = { ...changes, set: { intro: 'a'.repeat(600_000) } };
    expect(await refusal(await forge('template-changes', huge))).toBe('too-large');
  });

  it('unknown fields', async () => {
    expect(await refusal(await forge('template-changes', { ...changes, script: 'alert(1)' }))).toBe(
      'invalid',
    );
  });

  it('a link made from a base this site does not have', async () => {
    expect(await refusal(await forge('template-changes', changes), [])).toBe('unknown-base');
  });
});

describe('templateFingerprint', () => {
  it('is the same for the same content in any key order, and differs for any change', () => {
    const reordered = Object.fromEntries(Object.entries(tailored).reverse()) as ChecklistTemplate;
    expect(templateFingerprint(reordered)).toBe(templateFingerprint(tailored));
    expect(templateFingerprint({ ...tailored, version: 2 })).not.toBe(templateFingerprint(tailored));
  });
});
