/**
 * What a journey is and what it may ask of the run: devices (fresh profiles) and the site's server,
 * which the offline journey stops. Plus the few checks journeys make, with messages that say what.
 */
import { deepStrictEqual } from 'node:assert/strict';
import type { Device } from '../driver.ts';

export interface Site {
  /** The site's address, base path included. */
  readonly url: string;
  /** Stops the server (every connection closed): the device is offline. */
  stop(): Promise<void>;
}

export interface Context {
  readonly engine: string;
  /** A new device: a fresh browser profile, closed (and checked for problems) when the journey ends. */
  readonly device: () => Promise<Device>;
  readonly site: Site;
}

export interface Journey {
  readonly name: string;
  run(context: Context): Promise<void>;
}

export function equal<T>(actual: T, expected: T, what: string): void {
  deepStrictEqual(actual, expected, what);
}

export function ok(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Expected ${what}`);
}
