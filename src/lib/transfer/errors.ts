/**
 * Errors for files and links a person brings in: each has a code, a plain message and a hint
 * saying what to do next. Reading a bad file or link never changes stored data.
 */

export type TransferErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'unsafe-key'
  | 'truncated'
  | 'tampered'
  | 'wrong-format'
  | 'wrong-kind'
  | 'newer-version'
  | 'unsupported-version'
  | 'invalid'
  | 'unknown-base'
  | 'wrong-passphrase'
  | 'bad-encryption'
  | 'no-crypto'
  | 'wrong-key'
  | 'other-partnership'
  | 'not-on-device'
  | 'own-exchange';

const text: Record<TransferErrorCode, [message: string, hint: string]> = {
  empty: ['The file or link is empty.', 'Check you chose the right file, or copy the whole link again.'],
  'too-large': [
    'This is too large to be a workbook backup or link.',
    'Check you chose the right file, or copied the right link.',
  ],
  'not-json': [
    'This is not a workbook backup: it is not in the format this site saves.',
    'Choose a file whose name starts with mentoring-workbook and ends in .json.',
  ],
  'too-deep': ['This file is built in a way no workbook backup is.', 'Choose a backup saved by this site.'],
  'unsafe-key': [
    'This file contains names a workbook backup never uses.',
    'Choose a backup saved by this site.',
  ],
  truncated: [
    'This link is incomplete: part of it seems to be missing.',
    'Ask for the link again, or copy all of it. Long links are sometimes cut off in messages.',
  ],
  tampered: ['This link has been changed or damaged, so it cannot be read.', 'Ask for the link again.'],
  'wrong-format': [
    'This is not a mentoring workbook file or link.',
    'Check you chose the right file or link. Backups are named mentoring-workbook-YYYY-MM-DD.json.',
  ],
  'wrong-kind': [
    'This is a different kind of workbook link or file than expected here.',
    'Open it from the page it was made for.',
  ],
  'newer-version': [
    'This was made by a newer version of this site.',
    'Reload the page to get the newest version, then try again.',
  ],
  'unsupported-version': [
    'This was made by a version of this site that is no longer supported.',
    'Ask for a new copy.',
  ],
  invalid: [
    'Some of the data in this file or link is not valid, so nothing was changed.',
    'Ask for a new copy, or choose another backup.',
  ],
  'unknown-base': [
    'This checklist link was made from a version of the checklist this site does not have.',
    'Reload the page to get the newest version of the site, then open the link again. If that does not help, ask your programme for a new link.',
  ],
  'wrong-passphrase': [
    'That passphrase does not open this backup.',
    'Check the passphrase and try again: capital letters and spaces count. If you are sure it is right, this copy of the file may be damaged: try another copy of the backup.',
  ],
  'bad-encryption': [
    'This encrypted backup is damaged: part of it was changed after it was made, so it cannot be opened.',
    'This is not about your passphrase. Choose another copy of the backup, or the unencrypted one if you kept it.',
  ],
  'wrong-key': [
    'This cannot be opened on this device. It was made for another partnership or another device, or it was changed or cut off on the way.',
    'Ask your partner to send it again from the partnership you share. If you have never exchanged with them, ask for an invite.',
  ],
  'other-partnership': [
    'This is for a different partnership than the one open here.',
    'Open the partnership it belongs to from the workbook page, then try again.',
  ],
  'not-on-device': [
    'This is from a partnership that is not on this device yet.',
    'Ask your partner for an invite first: it sets the partnership up here. Then open their other links.',
  ],
  'own-exchange': [
    'This came from this device, so there is nothing in it to add.',
    'Send it to your partner instead, and open what they send you here.',
  ],
  'no-crypto': [
    'This browser cannot encrypt or decrypt backups.',
    'Use an up-to-date browser, or save the backup without a passphrase.',
  ],
};

/** A problem with a file or link, with a plain message and a hint. */
export class TransferError extends Error {
  override readonly name = 'TransferError';
  readonly code: TransferErrorCode;
  readonly hint: string;
  /** Technical detail (e.g. which field failed), for the "details" disclosure. */
  readonly detail: string | undefined;

  constructor(
    code: TransferErrorCode,
    options: { detail?: string | undefined; message?: string; hint?: string; cause?: unknown } = {},
  ) {
    const [message, hint] = text[code];
    super(options.message ?? message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? hint;
    this.detail = options.detail;
  }
}
