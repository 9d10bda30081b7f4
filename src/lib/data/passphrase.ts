/**
 * A simple, honest strength hint for a backup passphrase, and the checks before encrypting:
 * entered twice, the same both times. Not a password policy: the person decides.
 */

export type PassphraseStrength = 'empty' | 'weak' | 'fair' | 'strong';

export interface PassphraseHint {
  strength: PassphraseStrength;
  /** One plain sentence to show under the field. */
  text: string;
}

/**
 * Judges a passphrase by length and variety only, because that is what matters against
 * guessing: several words beat clever symbols. 16+ characters with a space or 3 kinds of
 * character is strong; 10+ is fair; anything shorter is weak.
 */
export function passphraseHint(passphrase: string): PassphraseHint {
  const length = [...passphrase].length;
  if (length === 0)
    return { strength: 'empty', text: 'Leave it empty to save the backup without a passphrase.' };
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/, /\s/].filter((re) =>
    re.test(passphrase),
  ).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (length >= 16 && (words >= 3 || kinds >= 3))
    return { strength: 'strong', text: 'Strong: a long passphrase like this is hard to guess.' };
  if (length >= 10)
    return { strength: 'fair', text: 'Fair. Three or four unrelated words would make it stronger.' };
  return {
    strength: 'weak',
    text: 'Weak: this is short and easy to guess. Try three or four unrelated words.',
  };
}

/** Why the two entries cannot be used yet, or undefined when they can. */
export function passphraseProblem(first: string, second: string): string | undefined {
  if (first === '' && second === '') return undefined;
  if (first === '') return 'Enter the passphrase in the first box too.';
  if (second === '') return 'Enter the passphrase a second time, to be sure it is what you meant.';
  if (first !== second) return 'The two passphrases are different. Type them again so they match.';
  return undefined;
}
