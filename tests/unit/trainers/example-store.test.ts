/** The example pair in a real (fake) IndexedDB workbook: loaded once, and removed without a trace. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistTemplateSchema } from '../../../src/lib/schemas/template';
import { openWorkbook } from '../../../src/lib/storage';
import {
  findExamplePair,
  loadExamplePair,
  removeExamplePairs,
} from '../../../src/lib/trainers/example-store';
import { useFreshIndexedDB } from '../support/fresh-db';

const nextName = useFreshIndexedDB();
const template = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);

describe('loadExamplePair and removeExamplePairs', () => {
  it('adds a labelled partnership with its records, once, and removes all of it', async () => {
    const { workbook } = await openWorkbook({ name: nextName() });
    const own = await workbook.partnerships.create({
      templateId: template.id,
      templateVersion: template.version,
      answerMode: 'one-device',
      thisDevice: 'both',
    });
    const before = await workbook.snapshot();

    const example = await loadExamplePair(workbook, template);
    expect(await loadExamplePair(workbook, template)).toEqual(example);
    expect((await workbook.partnerships.list()).filter((p) => p.exampleData)).toHaveLength(1);
    expect(await workbook.meetings.listByPartnership(example.id)).toHaveLength(3);
    expect(await findExamplePair(workbook)).toEqual(example);
    expect((await workbook.meta.get()).exampleData).toBe(true);

    expect(await removeExamplePairs(workbook)).toBe(1);
    expect(await workbook.snapshot()).toEqual(before);
    expect(await workbook.partnerships.get(own.id)).toBeDefined();
    expect((await workbook.meta.get()).exampleData).toBe(false);
    workbook.close();
  });
});
