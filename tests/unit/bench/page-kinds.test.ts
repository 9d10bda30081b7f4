import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../bench/lib/page-kinds.ts';

describe('classifyPath', () => {
  it.each([
    ['', 'other'],
    ['guide/', 'guide'],
    ['guide/mentee-driven/', 'guide'],
    ['workbook/', 'workbook'],
    ['workbook/checklist/', 'workbook'],
    ['trainers/', 'trainers'],
    ['trainers/workshop/', 'trainers'],
    ['search/', 'search'],
    ['print/checklist/', 'print'],
    ['privacy/', 'other'],
    ['404.html', 'other'],
    ['guidelines/', 'other'],
    ['/guide/why-agree-expectations/', 'guide'],
  ] as const)('sorts "%s" into %s', (path, kind) => {
    expect(classifyPath(path)).toBe(kind);
  });
});
