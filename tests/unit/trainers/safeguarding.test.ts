/** Where the safeguarding contact appears in a checklist. */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/lib/schemas/template';
import { safeguardingItemId } from '../../../src/lib/trainers/safeguarding';

const item = (id: string, expectation: Item['expectation'], role?: Item['role']): Item => ({
  id,
  expectation,
  kind: 'text',
  prompt: id,
  ...(role ? { role } : {}),
});

describe('safeguardingItemId', () => {
  it('prefers the item about the limits of confidentiality', () => {
    const items = [
      item('a', 'trust-confidentiality'),
      item('b', 'trust-confidentiality', 'confidentiality-exceptions'),
    ];
    expect(safeguardingItemId(items)).toBe('b');
  });

  it('falls back to the first trust item', () => {
    expect(safeguardingItemId([item('a', 'mentee-driven'), item('b', 'trust-confidentiality')])).toBe('b');
  });

  it('finds none in a checklist without trust items', () => {
    expect(safeguardingItemId([item('a', 'mentee-driven')])).toBeUndefined();
  });
});
