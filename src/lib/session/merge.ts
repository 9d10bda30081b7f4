/**
 * The merge rules, one pure function: when this tab and another both changed a record since this tab
 * read it, combine them field by field against the copy both started from (three-way). A field only
 * one side changed takes that change; a field both changed the same way is simply that; a field both
 * changed differently keeps this tab's value and reports a conflict holding the other, so nothing is
 * silently dropped. Maps of answers (item id → answer) merge entry by entry, so two people answering
 * different items never collide. A record deleted on one side and changed on the other is kept, and
 * reported. Tested as a table in tests/unit/session/merge.test.ts.
 */

/** One field both sides changed differently. */
export interface FieldConflict {
  /** Where in the record: `['notes']`, `['mentee', 'item-2']`; `[]` for the whole record. */
  path: string[];
  /** This tab's value, which is kept (undefined: this tab deleted the record). */
  mine: unknown;
  /** The other tab's value (undefined: the other tab deleted the record). */
  theirs: unknown;
}

export interface MergeResult<T> {
  /** The merged record, or undefined when it stays deleted. */
  value: T | undefined;
  conflicts: FieldConflict[];
}

// Fields the storage layer manages: never a conflict.
const managed = new Set(['id', 'createdAt', 'updatedAt']);

/** Deep equality for JSON-like values (key order does not matter). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** A map merged entry by entry: a plain object that is not itself one value (answers carry `kind`). */
const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('kind' in v);

function mergeValue(path: string[], base: unknown, mine: unknown, theirs: unknown, out: FieldConflict[]) {
  if (same(mine, theirs) || same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  if (isMap(mine) && isMap(theirs) && (base === undefined || isMap(base))) {
    return mergeFields(path, base ?? {}, mine, theirs, out, false);
  }
  out.push({ path, mine, theirs });
  return mine;
}

function mergeFields(
  path: string[],
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  out: FieldConflict[],
  top: boolean,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value =
      top && managed.has(key)
        ? (theirs[key] ?? mine[key])
        : mergeValue([...path, key], base[key], mine[key], theirs[key], out);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Merges this tab's copy of a record (`mine`) with the other tab's (`theirs`), both changed from
 * `base`. `undefined` stands for "no record": not yet created (base) or deleted (mine, theirs).
 */
export function mergeRecord<T extends object>(
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
): MergeResult<T> {
  const conflicts: FieldConflict[] = [];
  if (mine === undefined || theirs === undefined) {
    const kept = mine ?? theirs;
    // Deleted on one side: the delete stands unless the other side changed the record since.
    if (kept === undefined || (base !== undefined && same(kept, base)))
      return { value: undefined, conflicts };
    if (base !== undefined) conflicts.push({ path: [], mine, theirs });
    return { value: kept, conflicts };
  }
  const value = mergeFields(
    [],
    base ?? {},
    mine as Record<string, unknown>,
    theirs as Record<string, unknown>,
    conflicts,
    true,
  ) as T;
  return { value, conflicts };
}
