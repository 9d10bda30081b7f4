import { defineConfig } from 'vitest/config';

// Unit tests mirror src/lib. Node by default; a test that needs a DOM says
// `// @vitest-environment happy-dom` at its top.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
