import { defineConfig, devices } from '@playwright/test';

// E2E_DIST / E2E_PORT let several builds be tested side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    // Debian's Chromium runs as root here and the machine has no network beyond loopback.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};
/**
 * Every spec starts as a returning user with an empty workspace (a saved, empty draft list), since
 * a browser that never saved anything opens the first-visit example; `first-visit.spec.ts` clears
 * this to see that example.
 */
export const EMPTY_WORKSPACE = {
  cookies: [],
  origins: [
    {
      origin: `http://127.0.0.1:${port}`,
      localStorage: [
        {
          name: 'policy-workbench:drafts',
          value: JSON.stringify({ state: { drafts: [], activeDraftId: null }, version: 1 }),
        },
      ],
    },
  ],
};
const LATENCY = /(editor|evaluator)-latency\.spec\.ts$/;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.output/results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // The app's service worker would answer reloads from its cache, past the fixtures that
    // `page.route` serves; only the offline spec lets it run.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    storageState: EMPTY_WORKSPACE,
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: LATENCY,
      use: chromium,
    },
    {
      // Frame pacing and key-to-matrix times are only meaningful on a quiet machine, so the
      // latency figures are taken after every other test has finished, one test at a time
      // (`--no-deps` runs them alone).
      name: 'latency',
      testMatch: LATENCY,
      dependencies: ['chromium'],
      workers: 1,
      use: chromium,
    },
  ],
  webServer: {
    command: `node e2e/static-server.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !process.env.CI,
    cwd: '..',
  },
});
