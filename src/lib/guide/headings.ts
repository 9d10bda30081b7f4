/**
 * Headings of a guide page, read from its MDX source. Guide headings are written as
 * `<H id="stable-id">Text</H>` (h2) or `<H level={3} id="…">` (h3) so that trainers' links keep working
 * when the wording changes. MDX's own `headings` list does not see these JSX headings, so the table of
 * contents is built from the source here, and the same pass checks the rules that keep ids stable.
 */

/** One heading of a guide page. */
export interface GuideHeading {
  /** The explicit, stable id (the URL fragment). */
  id: string;
  /** The heading's text, without markup. */
  text: string;
  level: 2 | 3;
}

/** A rule a guide page's headings break, with what to do about it. */
export interface HeadingProblem {
  message: string;
  hint: string;
}

// `<H` then attributes then `>` text `</H>`; attributes may come in any order.
const headingPattern = /<H\b([^>]*)>([\s\S]*?)<\/H>/g;
const idPattern = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const levelPattern = /\blevel\s*=\s*\{\s*(\d)\s*\}/;
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Removes markup from heading text: tags, Markdown emphasis and code marks, and extra spaces. */
function plainText(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops fenced code blocks, so an example of a heading inside one is not taken for a real heading. */
function withoutCodeFences(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '');
}

/**
 * Lists every `<H>` heading in an MDX body, in order. A heading without an id gets an empty id, so that
 * {@link findHeadingProblems} can report it rather than this function hiding it.
 */
export function extractHeadings(body: string): GuideHeading[] {
  const headings: GuideHeading[] = [];
  for (const match of withoutCodeFences(body).matchAll(headingPattern)) {
    const attributes = match[1] ?? '';
    const idMatch = idPattern.exec(attributes);
    const level = levelPattern.exec(attributes)?.[1] === '3' ? 3 : 2;
    headings.push({
      id: idMatch?.[1] ?? idMatch?.[2] ?? '',
      text: plainText(match[2] ?? ''),
      level,
    });
  }
  return headings;
}

/** The table of contents of a guide page: its h2 headings, in order. */
export function tableOfContents(body: string): GuideHeading[] {
  return extractHeadings(body).filter((heading) => heading.level === 2);
}

/**
 * Checks a guide page's headings: no Markdown `#` headings (they would get ids made from their
 * wording, which change when the wording does), every `<H>` has a kebab-case id, ids are unique, and
 * `level` is 2 or 3. Returns an empty list when all is well.
 */
export function findHeadingProblems(body: string): HeadingProblem[] {
  const problems: HeadingProblem[] = [];
  const source = withoutCodeFences(body);

  for (const line of source.split('\n')) {
    if (/^\s{0,3}#{1,6}\s/.test(line)) {
      problems.push({
        message: `Markdown heading "${line.trim()}"`,
        hint: 'Write it as <H id="a-stable-id">Text</H> (or <H level={3} id="…">) so its link never changes.',
      });
    }
  }

  for (const match of source.matchAll(headingPattern)) {
    const level = levelPattern.exec(match[1] ?? '')?.[1];
    if (level !== undefined && level !== '2' && level !== '3') {
      problems.push({
        message: `Heading level ${level} in "${match[0].slice(0, 60)}"`,
        hint: 'Guide pages use level 2 (the default) or level={3}; the page title is the only h1.',
      });
    }
  }

  const seen = new Set<string>();
  for (const heading of extractHeadings(body)) {
    if (heading.id === '') {
      problems.push({
        message: `Heading "${heading.text}" has no id`,
        hint: 'Add id="kebab-case-words" to the <H> tag.',
      });
      continue;
    }
    if (!kebabCase.test(heading.id)) {
      problems.push({
        message: `Heading id "${heading.id}" is not kebab-case`,
        hint: 'Use lower-case letters, digits and single hyphens, e.g. "warning-signs".',
      });
    }
    if (seen.has(heading.id)) {
      problems.push({
        message: `Heading id "${heading.id}" is used more than once`,
        hint: 'Give each heading on a page its own id; keep the first one, since links may point to it.',
      });
    }
    seen.add(heading.id);
  }
  return problems;
}

/**
 * Throws when a guide page breaks a heading rule, so a bad page fails the build, not the reader.
 * @throws Error listing every problem and what to do about it.
 */
export function assertGuideHeadings(pageId: string, body: string): void {
  const problems = findHeadingProblems(body);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${p.message}. ${p.hint}`);
  throw new Error(`Guide page "${pageId}" has heading problems:\n${lines.join('\n')}`);
}
