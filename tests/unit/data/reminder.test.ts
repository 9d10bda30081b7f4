import { describe, expect, it } from 'vitest';
import { chooseNotice, isSafari } from '../../../src/lib/data/reminder';

const safariMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const iphoneChrome =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1';
const chrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const android =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Safari/537.36';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('isSafari', () => {
  it('recognises Safari and every iOS browser, and not the others', () => {
    expect(isSafari(safariMac)).toBe(true);
    expect(isSafari(iphoneChrome)).toBe(true);
    expect(isSafari(chrome)).toBe(false);
    expect(isSafari(android)).toBe(false);
    expect(isSafari(firefox)).toBe(false);
  });
});

describe('chooseNotice', () => {
  const base = { backend: 'indexeddb' as const, remindBackup: true, userAgent: chrome, dismissed: false };

  it('warns when storage is unavailable, even if dismissed, with the storage layer’s words', () => {
    const notice = chooseNotice({
      ...base,
      backend: 'memory',
      dismissed: true,
      fallback: { message: 'Storage is off.', hint: 'Use a normal window.' },
    });
    expect(notice).toEqual({ kind: 'unavailable', message: 'Storage is off.', hint: 'Use a normal window.' });
    expect(chooseNotice({ ...base, backend: 'memory' }).kind).toBe('unavailable');
  });

  it('reminds when the rule says so, until dismissed', () => {
    expect(chooseNotice({ ...base, lastBackupAt: '2026-01-01T00:00:00Z' })).toEqual({
      kind: 'backup-due',
      lastBackupAt: '2026-01-01T00:00:00Z',
      safari: false,
    });
    expect(chooseNotice({ ...base, dismissed: true }).kind).toBe('none');
    expect(chooseNotice({ ...base, remindBackup: false }).kind).toBe('none');
  });

  it('adds the Safari sentence on Safari', () => {
    expect(chooseNotice({ ...base, userAgent: safariMac })).toMatchObject({ safari: true });
  });
});
