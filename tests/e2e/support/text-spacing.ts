/**
 * Finds words glued together in a page's rendered text, such as "on theYour data page" or
 * "short:your programme". Astro 7's `compressHTML: 'jsx'` drops the line break between a word and
 * an inline element on the next source line (`the\n<a>`), so the browser shows one word. The check
 * runs inside the page (`page.evaluate(findGluedText)`), on the text as a person sees it.
 */

/** Words that really do have a capital inside them; anything else like "theYour" is a missing space. */
export const CAMEL_CASE_WORDS = ['JavaScript', 'IndexedDB', 'iPhone', 'iPad', 'WebKit', 'PowerPoint'];

/**
 * Every place in the page where two words meet without a space: at the edge of an inline element
 * ("the|paper checklist"), a lowercase letter before a capitalised word ("theYour"), or punctuation
 * with a letter straight after it ("short:your"). Returns a short excerpt for each.
 */
export function findGluedText(camelCaseWords: readonly string[]): string[] {
  const found: string[] = [];
  const excerpt = (text: string, at: number) =>
    text.slice(Math.max(0, at - 25), at + 25).replace(/\s+/g, ' ');
  const skip = (node: Node) =>
    node.parentElement?.closest('script, style, noscript, template, svg, [hidden]');
  const isBlock = (element: Element) => !getComputedStyle(element).display.startsWith('inline');
  const blockOf = (node: Node): Element | null => {
    for (let e = node.parentElement; e; e = e.parentElement) if (isBlock(e)) return e;
    return null;
  };

  // 1. Boundaries between text in different elements of the same block: "the" + <a>"paper"</a>.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let previous: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (skip(text) || text.data === '') continue;
    if (
      previous &&
      previous.parentElement !== text.parentElement &&
      blockOf(previous) === blockOf(text) &&
      /[\p{L}.,;:!?]$/u.test(previous.data) &&
      /^\p{L}/u.test(text.data)
    ) {
      found.push(`${previous.data.slice(-20)}|${text.data.slice(0, 20)}`.replace(/\s+/g, ' '));
    }
    previous = text;
  }

  // 2. The rendered text itself, with the real camel-case words taken out first.
  let rendered = document.body.innerText;
  for (const word of camelCaseWords) rendered = rendered.replaceAll(word, ' ');
  for (const pattern of [/\p{Ll}\p{Lu}\p{Ll}/gu, /\p{Ll}[,;:!?]\p{L}/gu, /\p{Ll}{2}\.\p{Lu}\p{Ll}/gu]) {
    for (const match of rendered.matchAll(pattern)) found.push(excerpt(rendered, match.index));
  }
  return [...new Set(found)];
}
