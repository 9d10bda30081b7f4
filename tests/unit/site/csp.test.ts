import { describe, expect, it } from 'vitest';
import { headerOnlyCspDirectives, joinCspDirectives, siteCspDirectives } from '../../../src/lib/site/csp';

describe('siteCspDirectives', () => {
  it('forbids every connection by default', () => {
    expect(siteCspDirectives).toContain("connect-src 'none'");
  });

  it('keeps everything else to the site itself', () => {
    expect(siteCspDirectives).toContain("default-src 'self'");
    expect(siteCspDirectives).toContain("object-src 'none'");
    expect(siteCspDirectives).toContain("base-uri 'self'");
  });

  it('lets no form submit anywhere: every form is handled by its script', () => {
    expect(siteCspDirectives).toContain("form-action 'none'");
  });

  it('names no other origin and no unsafe source', () => {
    for (const directive of siteCspDirectives) {
      expect(directive).not.toMatch(/https?:|\*|unsafe-/);
    }
  });

  it('leaves script-src and style-src to Astro, which adds the hashes', () => {
    expect(siteCspDirectives.some((d) => /^(script|style)-src\b/.test(d))).toBe(false);
  });
});

describe('joinCspDirectives', () => {
  it('joins directives with "; " for a header or meta tag', () => {
    expect(joinCspDirectives(["default-src 'self'", ...headerOnlyCspDirectives])).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
  });
});
