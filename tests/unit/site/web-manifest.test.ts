import { describe, expect, it } from 'vitest';
import { buildWebManifest } from '../../../src/lib/site/web-manifest';

describe('buildWebManifest', () => {
  it('starts and stays at the site root', () => {
    const manifest = buildWebManifest('/');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
  });

  it('starts and stays inside the base path', () => {
    const manifest = buildWebManifest('/mentoring/');
    expect(manifest.start_url).toBe('/mentoring/');
    expect(manifest.scope).toBe('/mentoring/');
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/mentoring\/[\w-]+\.(svg|png)$/);
  });

  it('has what browsers need to offer installing: a name, standalone display and 192 and 512 px icons', () => {
    const manifest = buildWebManifest('/');
    expect(manifest.name).toBe('Mentoring Expectations');
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
