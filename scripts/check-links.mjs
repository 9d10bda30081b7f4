#!/usr/bin/env node
// Checks that every internal link and anchor in a built site resolves: each href/src that points into the
// site must name an existing file, and each #fragment an id on the target page. Links must stay inside
// the base path, so a site built for a sub-folder works there. Usage: check-links.mjs <dir> [base]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? '/';

if (!existsSync(root)) {
  console.error(`No built site in ${root}/: run \`npm run build\` first.`);
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
    idsCache.set(file, ids);
  }
  return idsCache.get(file);
}

/** Maps a site URL path (with base) to a file in the output folder, or undefined. */
function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(base.length));
  const candidate = join(root, inside);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const problems = [];
let checked = 0;
for (const file of walk(root)) {
  const html = readFileSync(file, 'utf8');
  const rel = relative(root, file).split(sep).join('/');
  const pagePath = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
  for (const match of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const raw = decode(match[2]);
    if (/^(mailto:|tel:|data:|blob:|javascript:)/i.test(raw)) continue;
    checked++;
    if (/^[a-z][a-z+.-]*:/i.test(raw) || raw.startsWith('//')) {
      problems.push(`${rel}: links to another site: ${raw}`);
      continue;
    }
    const [pathPart, fragment] = raw.split('#', 2);
    const resolved =
      pathPart === '' ? pagePath : posix.resolve(posix.dirname(pagePath + 'x'), pathPart.split('?')[0]);
    const withSlash = pathPart.endsWith('/') && !resolved.endsWith('/') ? `${resolved}/` : resolved;
    const target = pathPart === '' ? file : fileFor(withSlash);
    if (!target) {
      problems.push(
        `${rel}: broken link ${raw}${withSlash.startsWith(base) ? '' : ` (outside the base path ${base})`}`,
      );
      continue;
    }
    // A fragment with "=" carries data for the workbook (#p=…), not an element id.
    if (
      fragment &&
      !fragment.includes('=') &&
      target.endsWith('.html') &&
      !idsOf(target).has(decodeURIComponent(fragment))
    ) {
      problems.push(`${rel}: link ${raw} names #${fragment}, which is not an id on that page`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Link check of ${root}/ (base ${base}) found ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`Link check of ${root}/ (base ${base}): ${checked} links, all resolve.`);
