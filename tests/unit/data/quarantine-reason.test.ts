/**
 * Why a record was set aside, in plain words (never schema words such as "Invalid input"), and what
 * to do, for every kind of record.
 */
import { describe, expect, it } from 'vitest';
import type { QuarantineRecord } from '../../../src/lib/schemas';
import { quarantineTodo, quarantineWhy } from '../../../src/lib/data/quarantine-reason';
import * as build from '../support/records';

const meeting = build.meeting('pair1', { id: 'm1' });
const raw = (value: unknown) => JSON.stringify(value);

describe('quarantineWhy', () => {
  const cases: [string, QuarantineRecord['store'], string, string][] = [
    [
      'a date that is not a date',
      'meetings',
      raw({ ...meeting, date: 'the day after the storm' }),
      'Its date is not a valid date or time (it says “the day after the storm”).',
    ],
    [
      'a missing creation date',
      'meetings',
      raw({ ...meeting, createdAt: undefined }),
      'Its creation date is missing.',
    ],
    [
      'notes of the wrong kind',
      'meetings',
      raw({ ...meeting, notes: 42 }),
      'Its notes are the wrong kind of value.',
    ],
    [
      'an unknown part',
      'meetings',
      raw({ ...meeting, colour: 'red' }),
      'It has parts this version of the site does not know: “colour”.',
    ],
    [
      'an unknown status',
      'meetings',
      raw({ ...meeting, status: 'postponed' }),
      'Its status is not one the site knows (it says “postponed”).',
    ],
    [
      'notes that are too long',
      'meetings',
      raw({ ...meeting, notes: 'n'.repeat(20_001) }),
      'Its notes are longer than the site allows.',
    ],
    [
      'several problems',
      'meetings',
      raw({ ...meeting, date: 'soon', status: 'maybe' }),
      'Its date is not a valid date or time (it says “soon”). There is 1 other problem too.',
    ],
    [
      'text that is not JSON',
      'goals',
      '{"id": "g1", ',
      'It could not be read at all: its contents are not in the form the site saves.',
    ],
    ['a single value', 'actions', '42', 'It is not a record at all: only a single value was found.'],
    [
      'a record that reads now',
      'meetings',
      raw(meeting),
      'It reads correctly now: a newer version of the site may have fixed the problem.',
    ],
    [
      'a damaged meta record',
      'meta',
      raw({ id: 'workbook' }),
      'Its creation date is missing. There are 2 other problems too.',
    ],
  ];
  it.each(cases)('explains %s', (_name, store, text, expected) => {
    const why = quarantineWhy({ store, raw: text });
    expect(why).toBe(expected);
    expect(why).not.toMatch(/Invalid input|expected|undefined/);
  });
});

describe('quarantineTodo', () => {
  const at = '2026-02-01T10:00:00.000Z';
  it.each([
    [
      'meetings',
      /^If you have a backup made before 1 February 2026 at \d\d:00, restore it on this page and choose “Merge” to get it back\./,
    ],
    ['partnerships', /still on this device.*come back under “Recovered records”/],
    ['templates', /^Partnerships that use this checklist may not open\./],
    ['meta', /^Nothing you wrote is lost/],
    ['trash', /^This was a partnership you deleted/],
  ] as const)('says what to do about %s', (store, expected) => {
    expect(quarantineTodo({ store, at })).toMatch(expected);
  });
});
