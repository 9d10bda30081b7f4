/**
 * The room kit's address: it carries a template link's payload on untouched, with the programme's
 * name, and gives back the workbook link its QR code opens.
 */
import { describe, expect, it } from 'vitest';
import {
  hasTemplateLink,
  readRoomKit,
  roomKitFragment,
  shortAddress,
} from '../../../src/lib/trainers/template-fragment';

const workbookUrl = 'https://mentoring.example.org/mentoring/workbook/';

describe('hasTemplateLink', () => {
  it.each([
    ['#template-changes=1.abc', true],
    ['#template=1.abc', true],
    ['#p=abc&template=1.abc', true],
    ['#p=abc', false],
    ['#programme=template', false],
    ['', false],
  ])('%s → %s', (hash, expected) => {
    expect(hasTemplateLink(hash)).toBe(expected);
  });
});

describe('roomKitFragment and readRoomKit', () => {
  it('carry the payload through untouched, with the programme’s name', () => {
    const hash = roomKitFragment('#template-changes=1.VY7L_Ts-x', 'Northfield Nurses & Midwives');
    expect(readRoomKit(hash, workbookUrl)).toEqual({
      programme: 'Northfield Nurses & Midwives',
      link: `${workbookUrl}#template-changes=1.VY7L_Ts-x`,
      tailored: true,
    });
  });

  it('carry a whole-checklist link too', () => {
    expect(readRoomKit(roomKitFragment('#template=1.abc', undefined), workbookUrl)).toEqual({
      link: `${workbookUrl}#template=1.abc`,
      tailored: true,
    });
  });

  it('open the standard checklist when there is no checklist of the programme’s own', () => {
    expect(readRoomKit('', workbookUrl)).toEqual({ link: workbookUrl, tailored: false });
    expect(readRoomKit('#template=', workbookUrl)).toEqual({ link: workbookUrl, tailored: false });
  });

  it('ignore anything else in the address and keep a name to the length a template allows', () => {
    const kit = readRoomKit(`#programme=${'x'.repeat(300)}&join=1.abc&p=xyz`, workbookUrl);
    expect(kit.programme).toHaveLength(120);
    expect(kit.link).toBe(workbookUrl);
  });
});

describe('shortAddress', () => {
  it('leaves out the scheme, for people to type', () => {
    expect(shortAddress(workbookUrl)).toBe('mentoring.example.org/mentoring/workbook/');
  });
});
