// Lets Node (24, which strips TypeScript types itself) run the project's TypeScript modules,
// whose relative imports leave out the `.ts` extension as bundlers allow.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier, context);
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    return nextResolve(specifier, context);
  },
});
