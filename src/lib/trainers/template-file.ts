/**
 * Template files: the JSON file the checklist builder offers for download (the same envelope as a
 * template link's payload), opened by a participant on the workbook page. Reading a file only checks
 * it — size first, then safe JSON, format tag, version and the template schema — and stores nothing.
 * Every refusal says in plain words what the file is and what to do instead.
 */
import { linkFormats } from '../schemas/links';
import { TransferError } from '../transfer/errors';
import { LINK_LIMITS, checkEnvelope } from '../transfer/link-codec';
import { parseJson } from '../transfer/safe-json';
import type { TemplateLinkResult } from './template-link';

// The backup format tags (schemas/backup.ts), written out: importing that module would pull the
// backup schemas into a chunk shared with the workbook's first download (about 0.7 kB gzipped). The
// unit tests build backups with the real constants, so a change there fails them.
const BACKUP_FORMATS: readonly unknown[] = ['mentoring-workbook', 'mentoring-workbook-encrypted'];

/** Files larger than this are refused before they are read: the same limit as a link's content. */
export const MAX_TEMPLATE_FILE_BYTES = LINK_LIMITS.maxDecodedBytes;

/** What reading a chosen file found: a template, or a problem in plain words. */
export type TemplateFileResult = Exclude<TemplateLinkResult, { status: 'none' }>;

/** Why a file was refused. */
export type TemplateFileProblem =
  'empty' | 'too-large' | 'not-checklist' | 'backup' | 'partner-file' | 'newer-version' | 'invalid';

const choose =
  'Choose the checklist file your programme sent you. Its name starts with “checklist-” and ends in “.json”.';

const problems: Record<TemplateFileProblem, [message: string, hint: string]> = {
  empty: ['This file is empty.', choose],
  'too-large': ['This file is too large to be a checklist from your programme.', choose],
  'not-checklist': [
    'This is not a checklist file: it is not in the format the checklist builder saves.',
    choose,
  ],
  backup: [
    'This is a workbook backup, not a checklist from your programme.',
    `To restore a backup, go to Your data. ${choose}`,
  ],
  'partner-file': [
    'This is a file from your partner’s workbook, not a checklist from your programme.',
    `Open it on your partnership’s checklist or meeting log page. ${choose}`,
  ],
  'newer-version': [
    'This checklist was made with a newer version of this site.',
    'Reload this page to get the newest version, then choose the file again.',
  ],
  invalid: [
    'Some of this checklist is not valid, so it cannot be used.',
    'Ask your programme for a new copy of the file, or use the standard checklist.',
  ],
};

const refuse = (problem: TemplateFileProblem): TemplateFileResult => {
  const [message, hint] = problems[problem];
  return { status: 'error', message, hint };
};

/** The problem a `TransferError` from the codec stands for, in the words of this page. */
function problemOf(error: unknown): TemplateFileProblem {
  if (!(error instanceof TransferError)) return 'invalid';
  switch (error.code) {
    case 'empty':
    case 'too-large':
    case 'newer-version':
    case 'invalid':
      return error.code;
    default:
      return 'not-checklist';
  }
}

/** Checks a file's text (a byte-order mark is allowed); never throws. */
export function parseTemplateFile(text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) return refuse('too-large');
  let value: unknown;
  try {
    value = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(problemOf(error) === 'empty' ? 'empty' : 'not-checklist');
  }
  const format = (typeof value === 'object' && value !== null ? value : {}) as { format?: unknown };
  if (BACKUP_FORMATS.includes(format.format)) return refuse('backup');
  if (format.format !== linkFormats.template && Object.values(linkFormats).includes(format.format as never))
    return refuse('partner-file');
  try {
    return { status: 'ready', template: checkEnvelope('template', value).template };
  } catch (error) {
    return refuse(problemOf(error));
  }
}

/** Reads a file the person chose (size checked before reading); never throws. */
export async function readTemplateFile(file: Blob): Promise<TemplateFileResult> {
  if (file.size > MAX_TEMPLATE_FILE_BYTES) return refuse('too-large');
  if (file.size === 0) return refuse('empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuse('not-checklist');
  }
  return parseTemplateFile(text);
}
