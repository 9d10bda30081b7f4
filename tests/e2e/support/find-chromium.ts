/**
 * Finds a Chromium or Chrome to test with. Browsers cannot be downloaded on these machines, so the
 * system's browser is used: CHROME_PATH first, then the usual Debian and Chrome paths, then Playwright's
 * own browser if one happens to be installed.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the path of a browser executable, or throws with one line saying what to install. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there: fix the path or unset it.`);
  }
  const system = systemCandidates.find((path) => existsSync(path));
  if (system) return system;
  const bundled = safeBundledPath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found: install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a headless run; `--no-sandbox` only when running as root, where Chromium's sandbox cannot start. */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
