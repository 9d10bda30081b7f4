#!/usr/bin/env node
// Astro 7 needs Node 22.12 or newer. The project pins Node 24 as a dev dependency, so `npm run` uses it;
// this says so in one line when something else is on the PATH (e.g. `npm install` was skipped).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old (Astro 7 needs 22.12 or newer): run \`npm install\` first, so npm scripts use the Node 24 the project pins.`,
  );
  process.exit(1);
}
