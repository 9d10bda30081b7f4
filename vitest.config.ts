import { defineConfig } from 'vitest/config';

// Unit tests mirror src/lib. Node by default; a test that needs a DOM says
// `// @vitest-environment happy-dom` at its top.
// Dates are shown in the reader's local time zone; the tests pin one so they mean the same everywhere.
process.env['TZ'] = 'Europe/London';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
