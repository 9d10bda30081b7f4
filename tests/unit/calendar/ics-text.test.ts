import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  formatFloatingDateTime,
  formatUtcDateTime,
  joinContentLines,
} from '../../../src/lib/calendar/ics-text';

const octets = (value: string) => new TextEncoder().encode(value).length;

describe('escapeText', () => {
  it.each([
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\\b', 'a\\\\b'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo', 'one\\ntwo'],
    ['tab\there', 'tab\there'],
    ['bell\u0007', 'bell'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a longer line so no physical line passes 75 octets', () => {
    const folded = foldLine('x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('x'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    // "é" is 2 octets, "€" 3, "🙂" 4 (a surrogate pair in JavaScript).
    for (const char of ['é', '€', '🙂']) {
      for (let prefix = 0; prefix < 5; prefix += 1) {
        const line = 'D'.repeat(prefix) + char.repeat(60);
        const lines = foldLine(line).split('\r\n');
        expect(lines.every((l) => octets(l) <= 75)).toBe(true);
        // Each physical line is valid text on its own: no lone surrogates, no broken sequences.
        expect(lines.every((l) => l.isWellFormed())).toBe(true);
        expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
      }
    }
  });
});

describe('date-time forms', () => {
  it('writes UTC with a Z and floating time without one', () => {
    expect(formatUtcDateTime(new Date(Date.UTC(2026, 11, 1, 9, 5, 7)))).toBe('20261201T090507Z');
    expect(formatFloatingDateTime('2026-12-01T09:30')).toBe('20261201T093000');
    expect(formatFloatingDateTime('2026-12-01T09:30:15')).toBe('20261201T093015');
  });
});

describe('joinContentLines', () => {
  it('ends every line with CRLF', () => {
    expect(joinContentLines(['A', 'B'])).toBe('A\r\nB\r\n');
  });
});
