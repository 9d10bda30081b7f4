import { describe, expect, it } from 'vitest';
import { printableHref } from '../../../src/lib/guide/print-href';

describe('printableHref', () => {
  it.each([
    ['../../workbook/checklist/', '/guide/first-meeting/', '/workbook/checklist/'],
    ['../mentee-driven/', '/guide/first-meeting/', '/guide/mentee-driven/'],
    ['../mentee-driven/#warning-signs', '/guide/first-meeting/', '/guide/mentee-driven/#warning-signs'],
    ['../../workbook/', '/mentoring/guide/first-meeting/', '/mentoring/workbook/'],
    ['/privacy/', '/guide/x/', '/privacy/'],
  ])('prints %s on %s as %s', (href, page, expected) => {
    expect(printableHref(href, page)).toBe(expected);
  });

  it('prints the full address when the site address is known', () => {
    expect(printableHref('../mentee-driven/', '/mentoring/guide/x/', 'https://example.org')).toBe(
      'https://example.org/mentoring/guide/mentee-driven/',
    );
  });

  it('leaves links elsewhere as they are', () => {
    expect(printableHref('https://example.org/a', '/guide/x/')).toBe('https://example.org/a');
  });

  it.each(['#warning-signs', '', 'mailto:someone@example.org', 'tel:+441234567890'])(
    'prints nothing for %j',
    (href) => {
      expect(printableHref(href, '/guide/x/')).toBeUndefined();
    },
  );
});
