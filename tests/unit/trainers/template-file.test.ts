/**
 * Template files opened on the workbook page: the builder's download is read back exactly, and every
 * other file — not JSON, the wrong shape, too big, a backup, a partner's file, a newer version — is
 * refused with a message that says what it is and what to do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, ENCRYPTED_BACKUP_FORMAT } from '../../../src/lib/schemas/backup';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../../src/lib/schemas/template';
import { addItem, draftFromTemplate, editDetails } from '../../../src/lib/trainers/template-draft';
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  readTemplateFile,
  type TemplateFileResult,
} from '../../../src/lib/trainers/template-file';
import { templateEnvelope } from '../../../src/lib/trainers/template-link';

const defaultTemplate = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);
const tailored: ChecklistTemplate = addItem(
  editDetails(draftFromTemplate(defaultTemplate, 'northfield'), { programme: 'Northfield Nurses' }),
  { id: 'ward', expectation: 'practicalities', kind: 'text', prompt: 'Which ward will you meet on?' },
);
/** Exactly what the builder's "Download as a file" writes. */
const builderFile = (template: ChecklistTemplate) => JSON.stringify(templateEnvelope(template), null, 2);

const file = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text], { type: 'application/json' });

/** A refusal's message, or `accepted`. */
const messageOf = (result: TemplateFileResult) => (result.status === 'error' ? result.message : 'accepted');

/** The message of a refused file (fails the test if it was accepted). */
function refusal(text: string): { message: string; hint: string } {
  const result = parseTemplateFile(text);
  if (result.status !== 'error') throw new Error('the file was accepted');
  return result;
}

describe('readTemplateFile', () => {
  it('reads the builder’s download back exactly', async () => {
    expect(await readTemplateFile(file(builderFile(tailored)))).toEqual({
      status: 'ready',
      template: tailored,
    });
  });

  it('accepts a file an editor saved with a byte-order mark', () => {
    expect(parseTemplateFile(`\uFEFF${builderFile(tailored)}`)).toEqual({
      status: 'ready',
      template: tailored,
    });
  });

  it('keeps hostile strings as plain text: markup is data, never code', () => {
    const hostile = editDetails(tailored, {
      programme: '<img src=x onerror=alert(1)>',
      intro: '"><script>alert(1)</script>',
    });
    const result = parseTemplateFile(builderFile(hostile));
    expect(result.status === 'ready' && result.template.programme).toBe('<img src=x onerror=alert(1)>');
    expect(result.status === 'ready' && result.template.intro).toBe('"><script>alert(1)</script>');
  });

  it('refuses an empty file', async () => {
    expect(await readTemplateFile(file(''))).toMatchObject({
      status: 'error',
      message: 'This file is empty.',
    });
    expect(refusal('  \n').message).toBe('This file is empty.');
  });

  it('refuses a file too large to be a checklist, before reading it', async () => {
    const huge = file('x'.repeat(MAX_TEMPLATE_FILE_BYTES + 1));
    // Reading would fail the test: a file this large is judged by its size alone.
    huge.arrayBuffer = () => Promise.reject(new Error('read a file it should have refused'));
    expect(messageOf(await readTemplateFile(huge))).toMatch(/too large/);
    expect(refusal(`${builderFile(tailored)}${' '.repeat(MAX_TEMPLATE_FILE_BYTES)}`).message).toMatch(
      /too large/,
    );
  });

  it.each([
    ['text that is not JSON', 'Dear mentor, here is our checklist.'],
    ['a JSON list', '[1, 2, 3]'],
    ['a JSON string', '"mentoring-workbook-template"'],
    ['an object of another programme', '{ "title": "Checklist", "items": [] }'],
    ['JSON nested far too deep', `${'['.repeat(100)}${']'.repeat(100)}`],
    ['a __proto__ key', '{ "format": "mentoring-workbook-template", "__proto__": { "x": 1 } }'],
  ])('refuses %s as not a checklist file', (_name, text) => {
    const problem = refusal(text);
    expect(problem.message).toBe(
      'This is not a checklist file: it is not in the format the checklist builder saves.',
    );
    expect(problem.hint).toMatch(/starts with “checklist-”/);
  });

  it('refuses a file that is not text', async () => {
    const result = await readTemplateFile(file(new Uint8Array([0xff, 0xfe, 0x00, 0x81])));
    expect(messageOf(result)).toMatch(/not a checklist file/);
  });

  it.each([BACKUP_FORMAT, ENCRYPTED_BACKUP_FORMAT])(
    'refuses a %s backup and points to Your data',
    (format) => {
      const problem = refusal(JSON.stringify({ format, version: 1, data: {} }));
      expect(problem.message).toBe('This is a workbook backup, not a checklist from your programme.');
      expect(problem.hint).toMatch(/restore a backup, go to Your data/);
    },
  );

  it.each(['mentoring-workbook-answers', 'mentoring-workbook-agreement', 'mentoring-workbook-meeting'])(
    'refuses a partner’s %s file and says where it belongs',
    (format) => {
      const problem = refusal(JSON.stringify({ format, version: 1, partnershipId: 'abc' }));
      expect(problem.message).toMatch(/file from your partner’s workbook/);
      expect(problem.hint).toMatch(/checklist or meeting log page/);
    },
  );

  it('refuses a checklist from a newer version of the site', () => {
    const problem = refusal(JSON.stringify({ ...templateEnvelope(tailored), version: 2 }));
    expect(problem.message).toBe('This checklist was made with a newer version of this site.');
    expect(problem.hint).toMatch(/Reload this page/);
  });

  it.each([
    ['no questions', { ...tailored, items: [] }],
    ['an unknown field', { ...tailored, script: 'alert(1)' }],
    ['a reserved id', { ...tailored, id: '__proto__' }],
    ['a programme name far too long', { ...tailored, programme: 'x'.repeat(5000) }],
  ])('refuses a checklist with %s as not valid', (_name, template) => {
    const problem = refusal(JSON.stringify({ ...templateEnvelope(tailored), template }));
    expect(problem.message).toBe('Some of this checklist is not valid, so it cannot be used.');
    expect(problem.hint).toMatch(/new copy/);
  });
});
