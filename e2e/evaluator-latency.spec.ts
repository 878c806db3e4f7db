import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';
import { addSyntheticCatalog } from './fixtures/evaluator-synthetic-catalog';

/**
 * Edit-to-matrix latency in the browser: a key typed in the editor, to the recomputed matrix on
 * screen. Each sample is one keystroke; the app records `evaluator:edit-to-matrix` (draft change
 * seen → matrix shown) and the test adds the time from the key press. The numbers are printed
 * and attached to the report; the bounds only catch a panel that stopped following edits.
 */
test.describe.configure({ timeout: 180_000 });
// Playwright's trace recorder takes a screenshot of every frame, which costs frames itself (even
// a bare <textarea> drops a third of them while it records): timings are taken without it.
test.use({ trace: 'off' });

const SAMPLES = 8;

interface Sample {
  keyToMatrix: number;
  changeToMatrix: number;
}

async function placeCursorAfter(page: Page, text: string) {
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await expect(drafts.getByRole('status', { name: 'Editor status' })).toContainText(
    'Editor ready',
    {
      timeout: 60_000,
    },
  );
  await drafts.getByRole('code').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
}

/**
 * Presses `key` and waits for the first matrix shown for a change seen after it (an earlier
 * change's answer, such as the debounced write of the key before, does not count).
 */
async function timedKey(page: Page, key: string): Promise<Sample> {
  await page.evaluate(() => {
    const w = window as unknown as { keyAt?: number };
    w.keyAt = undefined;
    document.addEventListener('keydown', (e) => (w.keyAt ??= e.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await page.keyboard.press(key);
  const firstAfterKey = () =>
    page.evaluate(() => {
      const keyAt = (window as unknown as { keyAt?: number }).keyAt;
      if (keyAt === undefined) return null;
      const entry = performance
        .getEntriesByName('evaluator:edit-to-matrix')
        .find((e) => e.startTime >= keyAt);
      return entry
        ? { keyToMatrix: entry.startTime + entry.duration - keyAt, changeToMatrix: entry.duration }
        : null;
    });
  await expect.poll(firstAfterKey, { timeout: 60_000 }).not.toBeNull();
  return (await firstAfterKey()) as Sample;
}

function summary(samples: readonly Sample[]) {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
  };
  const key = samples.map((s) => s.keyToMatrix);
  const change = samples.map((s) => s.changeToMatrix);
  return {
    samples: samples.length,
    keyToMatrixMedianMs: median(key),
    keyToMatrixMaxMs: Math.round(Math.max(...key)),
    changeToMatrixMedianMs: median(change),
    changeToMatrixMaxMs: Math.round(Math.max(...change)),
  };
}

/** Types `char` after `anchor` and deletes it again, SAMPLES times, checking the matrix follows. */
async function measure(
  page: Page,
  anchor: string,
  char: string,
  check: (typed: boolean) => Promise<void>,
) {
  await placeCursorAfter(page, anchor);
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    samples.push(await timedKey(page, char));
    await check(true);
    samples.push(await timedKey(page, 'Backspace'));
    await check(false);
  }
  return summary(samples);
}

test('bundled catalogs: every 5.0 service in the matrix', async ({ page }, info) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'mixed',
        name: 'Mixed',
        policyType: 'identity',
        text: policyText([
          { Effect: 'Allow', Action: ['ecs:*:*', 'evs:*:*', 'ims:images:ge'] },
          { Effect: 'Deny', Action: ['vpc:*:*'] },
        ]),
      },
    ],
    activeDraftId: 'mixed',
    evaluator: { services: ['bms', 'ecs', 'evs', 'ims', 'obs', 'sms', 'vpc'] },
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await expect(ev.status).toContainText('175 APIs');
  const allowed = (n: number) =>
    ev.pane.getByRole('button', { name: `allowed: ${n}`, exact: true });
  await expect(allowed(71)).toBeVisible();
  const result = await measure(page, 'ims:images:ge', 't', (typed) =>
    expect(allowed(typed ? 72 : 71)).toBeVisible(),
  );
  console.log(`edit-to-matrix, bundled catalogs (175 APIs): ${JSON.stringify(result)}`);
  info.annotations.push({ type: 'latency (bundled)', description: JSON.stringify(result) });
  // The matrix follows each key, not the debounced write of the draft (400 ms after the last key).
  expect(result.keyToMatrixMedianMs).toBeLessThan(400);
});

test('bundled catalogs and a 100-statement policy: every 5.0 service in the matrix', async ({
  page,
}, info) => {
  // 99 statements that never name IMS, as a long real policy would be laid out, then the edited one.
  const services = ['ecs', 'evs', 'vpc', 'obs', 'bms', 'sms'];
  const operations = ['get', 'list', 'create', 'update', 'delete'];
  const filler = Array.from({ length: 99 }, (_, i) => ({
    Sid: `Filler${i + 1}`,
    Effect: i % 10 === 9 ? 'Deny' : 'Allow',
    Action: [`${services[i % services.length]}:*:${operations[i % operations.length]}*`],
  }));
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'long',
        name: 'Long',
        policyType: 'identity',
        text: policyText([
          ...filler,
          { Sid: 'Edited', Effect: 'Allow', Action: ['ims:images:ge'] },
        ]),
      },
    ],
    activeDraftId: 'long',
    evaluator: { services: ['bms', 'ecs', 'evs', 'ims', 'obs', 'sms', 'vpc'] },
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await expect(ev.status).toContainText('175 APIs');
  const allowedButton = ev.pane.getByRole('button', { name: /^allowed: \d+$/ });
  await expect(allowedButton).toBeVisible();
  const before = Number((await allowedButton.innerText()).match(/\d+/)?.[0]);
  expect(before).toBeGreaterThan(0);
  const allowed = (n: number) =>
    ev.pane.getByRole('button', { name: `allowed: ${n}`, exact: true });
  await expect(allowed(before)).toBeVisible();
  const result = await measure(page, 'ims:images:ge', 't', (typed) =>
    expect(allowed(typed ? before + 1 : before)).toBeVisible(),
  );
  console.log(`edit-to-matrix, bundled catalogs, 100 statements: ${JSON.stringify(result)}`);
  info.annotations.push({ type: 'latency (100 statements)', description: JSON.stringify(result) });
  expect(result.keyToMatrixMedianMs).toBeLessThan(400);
});

test('a synthetic 10,000-action catalog: 10,000 APIs in the matrix', async ({ page }, info) => {
  await addSyntheticCatalog(page, 10_000);
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'big',
        name: 'Synthetic',
        policyType: 'identity',
        text: policyText([
          { Effect: 'Allow', Action: ['syn:*:*'] },
          { Effect: 'Deny', Action: ['syn:group1'] },
        ]),
      },
    ],
    activeDraftId: 'big',
  });
  const ev = evaluatorPage(page);
  await ev.open(90_000);
  await expect(ev.status).toContainText('10000 APIs', { timeout: 60_000 });
  const denied = ev.pane.getByRole('button', { name: 'explicit deny: 1000', exact: true });
  await expect(
    ev.pane.getByRole('button', { name: 'explicit deny: 0', exact: true }),
  ).toBeVisible();
  // Virtualised: only the rows in view are in the page.
  expect(await ev.matrix.getByRole('row').count()).toBeLessThan(100);
  const result = await measure(page, '"syn:group1', '*', (typed) =>
    typed ? expect(denied).toBeVisible() : expect(denied).toHaveCount(0),
  );
  console.log(`edit-to-matrix, synthetic 10,000-action catalog: ${JSON.stringify(result)}`);
  info.annotations.push({ type: 'latency (10,000 actions)', description: JSON.stringify(result) });
  expect(result.keyToMatrixMedianMs).toBeLessThan(10_000);
});
