/**
 * One way to turn any error from storage or from reading a file into words: the data layer's
 * errors (WorkbookError, TransferError) already carry a plain message and a hint.
 */

export interface Explained {
  message: string;
  hint: string;
}

/** The error's own message and hint when it has them; otherwise a general one. */
export function explainError(error: unknown): Explained {
  if (error instanceof Error && 'hint' in error && typeof error.hint === 'string') {
    return { message: error.message, hint: error.hint };
  }
  return {
    message: 'Something went wrong, and nothing was changed.',
    hint: 'Try again. If it keeps happening, reload the page.',
  };
}
