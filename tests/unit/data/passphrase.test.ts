import { describe, expect, it } from 'vitest';
import { passphraseHint, passphraseProblem } from '../../../src/lib/data/passphrase';

describe('passphrase hint', () => {
  it('grades by length and variety', () => {
    expect(passphraseHint('').strength).toBe('empty');
    expect(passphraseHint('abc123').strength).toBe('weak');
    expect(passphraseHint('abcdefghijk').strength).toBe('fair');
    expect(passphraseHint('correct horse battery staple').strength).toBe('strong');
    expect(passphraseHint('Tr0ub4dor&3xyzab').strength).toBe('strong');
    expect(passphraseHint('aaaaaaaaaaaaaaaaaa').strength).toBe('fair');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseHint('🙂🙂🙂🙂🙂').strength).toBe('weak');
  });
});

describe('passphrase problem', () => {
  it('accepts two empty boxes (no encryption) and two equal ones', () => {
    expect(passphraseProblem('', '')).toBeUndefined();
    expect(passphraseProblem('a b c', 'a b c')).toBeUndefined();
  });

  it('explains a missing or different second entry', () => {
    expect(passphraseProblem('abc', '')).toMatch(/second time/);
    expect(passphraseProblem('', 'abc')).toMatch(/first box/);
    expect(passphraseProblem('abc', 'abd')).toMatch(/different/);
  });
});
