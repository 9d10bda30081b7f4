/**
 * What the example pair buttons do, loaded on first click so the trainers' page stays light: open
 * the workbook, then add or remove the example pair.
 */
import type { Partnership } from '../../lib/schemas/partnership';
import { loadExamplePair, removeExamplePairs } from '../../lib/trainers/example-store';
import { explainError } from '../../lib/data/explain';
import { getWorkbook } from '../shared/workbook-client';
import { defaultTemplate } from './default-template-data';

export type ExampleResult =
  | { status: 'loaded'; partnership: Partnership }
  | { status: 'removed'; count: number }
  | { status: 'error'; message: string };

/** Adds the example pair (or finds the one already there). */
export async function addExample(): Promise<ExampleResult> {
  try {
    const { workbook } = await getWorkbook();
    return { status: 'loaded', partnership: await loadExamplePair(workbook, defaultTemplate) };
  } catch (error) {
    const e = explainError(error);
    return { status: 'error', message: `${e.message} ${e.hint}` };
  }
}

/** Removes every example pair and all its records. */
export async function removeExample(): Promise<ExampleResult> {
  try {
    const { workbook } = await getWorkbook();
    return { status: 'removed', count: await removeExamplePairs(workbook) };
  } catch (error) {
    const e = explainError(error);
    return { status: 'error', message: `${e.message} ${e.hint}` };
  }
}
