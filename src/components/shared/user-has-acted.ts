/**
 * Whether the person has just pressed, clicked or typed on this page. Steps that appear in place of a
 * button (a checklist step, the comparison, a meeting log view) move focus to their heading only then,
 * so a page load never jumps past the page's introduction.
 */

/**
 * True for a few seconds after a real click, key press or tap on this page (the browser's transient
 * user activation). The sticky `hasBeenActive` would not do: Chromium carries it over when a link to
 * another page of the site is followed, so a freshly opened page would take it for in-page navigation.
 */
export function userHasActed(): boolean {
  return globalThis.navigator?.userActivation?.isActive ?? false;
}
