#!/usr/bin/env node
// Finds a Chromium for Playwright, then runs the e2e suite against the production build in dist/.
// Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium, Playwright's own download.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, origin: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
    console.error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { path: candidate, origin: 'system package' };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, origin: "Playwright's own browser" };
  } catch {
    // no Playwright-managed browser either; fall through to the message below
  }
  return null;
}

const found = findChromium();
if (!found) {
  console.error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
      '  - any OS with internet access: npx playwright install chromium',
      '  - or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary',
    ].join('\n'),
  );
  process.exit(1);
}
const dist = process.env.E2E_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/ is missing: run \`npm run build\` first (npm test does it for you).`);
  process.exit(1);
}
console.log(`e2e: using Chromium from ${found.origin}: ${found.path}`);
const result = spawnSync(
  'npx',
  ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, E2E_DIST: dist, PLAYWRIGHT_CHROMIUM_EXECUTABLE: found.path },
  },
);
process.exit(result.status ?? 1);
