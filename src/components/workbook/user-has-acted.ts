/**
 * Whether the person has pressed, clicked or typed on this page since it loaded. Steps that appear in
 * place of a button (a new checklist step, the comparison) move focus to their heading only then, so a
 * fresh page load never jumps past the page's introduction.
 */

/** True once the page has had a real click, key press or tap (the browser's user activation). */
export function userHasActed(): boolean {
  return globalThis.navigator?.userActivation?.hasBeenActive ?? false;
}
