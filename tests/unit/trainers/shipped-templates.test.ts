/**
 * The shipped checklists that changes-only template links are rebuilt from: each is listed once,
 * and none has changed since it shipped (an edit needs a new version, and the old one kept).
 */
import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../../src/components/trainers/shipped-templates';
import { defaultTemplate } from '../../../src/components/trainers/default-template-data';
import { SHIPPED_FINGERPRINTS } from '../../../src/lib/trainers/shipped-fingerprints';
import { templateFingerprint } from '../../../src/lib/trainers/template-changes';

describe('shippedTemplates', () => {
  it('includes the checklist the site ships today', () => {
    expect(shippedTemplates).toContain(defaultTemplate);
  });

  it('lists each id and version once', () => {
    const keys = shippedTemplates.map((t) => `${t.id}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every version that ever shipped', () => {
    const keys = shippedTemplates.map((t) => `${t.id}@${t.version}`);
    expect(keys.sort()).toEqual(Object.keys(SHIPPED_FINGERPRINTS).sort());
  });

  it.each(shippedTemplates.map((t) => [`${t.id}@${t.version}`, t] as const))(
    '%s says exactly what it said when it shipped',
    (key, template) => {
      expect(templateFingerprint(template), `${key} changed: give it a new version`).toBe(
        SHIPPED_FINGERPRINTS[key],
      );
    },
  );
});
