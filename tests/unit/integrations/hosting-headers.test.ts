import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildHeadersFile,
  cloudflareProblems,
  headerCsp,
  headersForPath,
  readMetaCsp,
  readPagePolicies,
  siteWideHeaders,
} from '../../../src/integrations/hosting-headers';

const metaPolicy =
  "default-src 'self';connect-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';";
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

describe('readMetaCsp', () => {
  it("reads the policy of a page's meta tag", () => {
    expect(readMetaCsp(page(metaPolicy))).toBe(metaPolicy);
  });

  it('reads it whatever the attribute order, case and quotes', () => {
    expect(readMetaCsp(`<META content='a-src x' HTTP-EQUIV="Content-Security-Policy">`)).toBe('a-src x');
  });

  it('decodes HTML entities', () => {
    expect(readMetaCsp(page('script-src &#39;self&#39; &amp;'))).toBe("script-src 'self' &");
  });

  it('finds nothing on a page without one', () => {
    expect(readMetaCsp('<meta name="description" content="x">')).toBeUndefined();
  });
});

describe('headerCsp', () => {
  it('keeps every directive of the meta tag, hashes included, and forbids framing', () => {
    expect(headerCsp(metaPolicy)).toBe(
      "default-src 'self'; connect-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    );
  });
});

describe('buildHeadersFile', () => {
  const file = buildHeadersFile([{ url: '/mentoring/guide/', csp: metaPolicy }], '/mentoring/');
  const blocks = file.trimEnd().split('\n\n');

  it('sends the security headers with every response under the base path', () => {
    const siteWide = blocks.find((block) => block.startsWith('/mentoring/*\n'));
    expect(siteWide).toContain('  X-Content-Type-Options: nosniff');
    expect(siteWide).toContain('  Referrer-Policy: no-referrer');
    expect(siteWide).toMatch(/ {2}Permissions-Policy: .*camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(siteWide).not.toContain('Content-Security-Policy');
  });

  it("gives each page its own policy, with that page's hashes and frame-ancestors", () => {
    expect(blocks).toContain(`/mentoring/guide/\n  Content-Security-Policy: ${headerCsp(metaPolicy)}`);
  });

  it('asks caches to check the worker every time, and keeps hashed assets for a year', () => {
    expect(blocks).toContain('/mentoring/sw.js\n  Cache-Control: no-cache');
    expect(blocks).toContain('/mentoring/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('ends with a newline and says it is generated', () => {
    expect(file.startsWith('# Generated')).toBe(true);
    expect(file.endsWith('\n')).toBe(true);
  });
});

describe('cloudflareProblems', () => {
  it('finds none in a small site', () => {
    expect(cloudflareProblems(buildHeadersFile([{ url: '/', csp: metaPolicy }], '/'))).toEqual([]);
  });

  it('reports too many rules and too long lines', () => {
    const pages = Array.from({ length: 100 }, (_, i) => ({ url: `/p${i}/`, csp: metaPolicy }));
    expect(cloudflareProblems(buildHeadersFile(pages, '/'))).toEqual([
      '103 rules (Cloudflare Pages reads 100)',
    ]);
    const long = buildHeadersFile([{ url: '/', csp: `script-src ${"'sha256-x' ".repeat(200)}` }], '/');
    expect(cloudflareProblems(long)).toEqual(['1 lines longer than 2000 characters']);
  });
});

describe('readPagePolicies', () => {
  it('reads the policy of every HTML page in a build, by its URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    try {
      mkdirSync(join(dir, 'guide'));
      writeFileSync(join(dir, 'index.html'), page('a-src x'));
      writeFileSync(join(dir, 'guide', 'index.html'), page('b-src y'));
      writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
      expect(await readPagePolicies(dir, '/m/')).toEqual([
        { url: '/m/guide/', csp: 'b-src y' },
        { url: '/m/', csp: 'a-src x' },
      ]);
      writeFileSync(join(dir, 'bare.html'), '<p>no policy</p>');
      await expect(readPagePolicies(dir, '/m/')).rejects.toThrow('bare.html has no Content Security Policy');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('headersForPath', () => {
  const file = buildHeadersFile([{ url: '/guide/', csp: "default-src 'self'" }], '/');

  it('gives a page the site-wide headers and its own policy, as a host reading _headers would', () => {
    const headers = headersForPath(file, '/guide/');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('matches a splat by prefix and an exact rule only exactly', () => {
    expect(headersForPath(file, '/_astro/a.js')['Cache-Control']).toContain('immutable');
    expect(headersForPath(file, '/guide/other/')['Content-Security-Policy']).toBeUndefined();
  });

  it('joins a header that two rules set with a comma', () => {
    const twice = '/*\n  X-Test: a\n/page/\n  X-Test: b\n';
    expect(headersForPath(twice, '/page/')).toEqual({ 'X-Test': 'a, b' });
  });
});

describe('the site-wide Permissions-Policy', () => {
  it('names no feature Chromium does not know, so no page logs "Unrecognized feature"', () => {
    const policy = siteWideHeaders.find((header) => header.startsWith('Permissions-Policy:')) ?? '';
    expect(policy).not.toMatch(/bluetooth/);
  });
});
