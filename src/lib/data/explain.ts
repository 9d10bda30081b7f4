/**
 * The one way to turn any error into words a person can act on: what happened, and what to do next.
 * The data layer's errors (WorkbookError, TransferError) carry both; a raw browser error (a full
 * disk, blocked storage) is worded as the storage layer words it; anything else gets a general pair.
 */
import { toWorkbookError } from '../storage/errors';

export interface Explained {
  message: string;
  hint: string;
}

const general: Explained = {
  message: 'Something went wrong, and nothing was changed.',
  hint: 'Try again. If it keeps happening, reload the page.',
};

/** The error's own message and hint when it has them; a browser storage error's; otherwise a general one. */
export function explainError(error: unknown): Explained {
  if (error instanceof Error && 'hint' in error && typeof error.hint === 'string') {
    return { message: error.message, hint: error.hint };
  }
  const named = error instanceof DOMException || (error instanceof Error && error.name !== 'Error');
  if (named) {
    const e = toWorkbookError(error);
    if (e.code !== 'write-failed') return { message: e.message, hint: e.hint };
  }
  return general;
}

/** The message and hint as one sentence pair, for a single line of text. */
export function explainText(error: unknown): string {
  const { message, hint } = explainError(error);
  return `${message} ${hint}`;
}
