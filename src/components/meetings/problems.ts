/** Turns an error from storage or a link into words a person can act on: what happened, what to do. */

export function describeProblem(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const { message, hint } = error as { message: unknown; hint?: unknown };
    if (typeof message === 'string' && typeof hint === 'string') return `${message} ${hint}`;
  }
  return 'Something went wrong and nothing was changed. Reload the page and try again.';
}
