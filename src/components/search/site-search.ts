/**
 * The search page's behaviour: search as the person types, show the results, and keep the query in the
 * URL fragment (`#q=…`) so it can be bookmarked or shared but never reaches a server. All text from the
 * index is added as text nodes; excerpts are split into plain and marked parts first.
 */
import { parseExcerpt } from '../../lib/guide/search-excerpt';
import { hashForQuery, queryFromHash } from '../../lib/guide/search-query';
import { loadPagefind, type PagefindApi, type PagefindResultData } from './pagefind-api';

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

interface Elements {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  failure: HTMLElement;
}

/** Shows that search cannot work here, with the way on: the guide's contents. */
function showFailure(elements: Elements): void {
  elements.input.disabled = true;
  elements.status.textContent = '';
  elements.results.replaceChildren();
  elements.failure.hidden = false;
}

function findElements(root: HTMLElement): Elements | undefined {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const results = root.querySelector<HTMLOListElement>('ol');
  const failure = root.querySelector<HTMLElement>('[data-search-failure]');
  if (!input || !status || !results || !failure) return undefined;
  return { input, status, results, failure };
}

/** An excerpt as a paragraph, with matched words in <mark>. */
function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  for (const part of parseExcerpt(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(part.text);
    }
  }
  return paragraph;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** One result: the page's title as a link, its excerpt, and links to up to three matching sections. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  title.append(link(data.url, data.meta.title ?? data.url));
  item.append(title, excerptParagraph(data.excerpt));
  const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.setAttribute('aria-label', `Sections of ${data.meta.title ?? 'this page'}`);
    for (const section of sections) {
      const sectionItem = document.createElement('li');
      sectionItem.append(link(section.url, section.title));
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

function describeCount(count: number, query: string): string {
  if (count === 0) return `No pages match “${query}”. Try a shorter or different word.`;
  return count === 1 ? `1 page matches “${query}”.` : `${count} pages match “${query}”.`;
}

/** Searches and shows the results; a search overtaken by newer typing does nothing. */
async function runSearch(pagefind: PagefindApi, elements: Elements, query: string): Promise<void> {
  if (query === '') {
    elements.results.replaceChildren();
    elements.status.textContent = '';
    return;
  }
  const search = await pagefind.debouncedSearch(query, {}, 250);
  if (search === null) return;
  const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  if (elements.input.value.trim() !== query) return;
  elements.results.replaceChildren(...data.map(resultItem));
  elements.status.textContent = describeCount(search.results.length, query);
}

/** Records the query in the fragment without adding a history entry for every key press. */
function rememberQuery(query: string): void {
  const hash = hashForQuery(query);
  history.replaceState(history.state, '', hash === '' ? location.pathname : hash);
}

/** Wires the search form inside `root`. */
export async function startSiteSearch(root: HTMLElement, base: string): Promise<void> {
  const elements = findElements(root);
  if (!elements) throw new Error('The search page is missing its search box, status or results list.');

  // Listen from the start: someone may type before Pagefind has loaded, and that must not be lost.
  const loading = loadPagefind(base);
  const searchFor = async (query: string) => {
    try {
      await runSearch(await loading, elements, query);
    } catch (error) {
      // A search that fails (the index is missing or damaged) says so, rather than leaving the box silent.
      showFailure(elements);
      console.error('Search failed:', error);
    }
  };

  elements.input.addEventListener('input', () => {
    const query = elements.input.value.trim();
    rememberQuery(query);
    void searchFor(query);
  });
  window.addEventListener('hashchange', () => {
    const query = queryFromHash(location.hash);
    if (query === elements.input.value.trim()) return;
    elements.input.value = query;
    void searchFor(query);
  });

  const initial = queryFromHash(location.hash);
  if (initial !== '' && elements.input.value.trim() === '') elements.input.value = initial;
  await searchFor(elements.input.value.trim());
}
