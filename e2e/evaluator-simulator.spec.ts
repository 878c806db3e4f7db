import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test('a single request gets its decision and full explanation', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'regional',
        name: 'Regional readers',
        policyType: 'identity',
        text: policyText([
          {
            Sid: 'NorthImages',
            Effect: 'Allow',
            Action: ['ims:images:get'],
            Resource: ['ims:cn-north-4:*:image:*'],
          },
          { Sid: 'Broken', Effect: 'Allow' },
        ]),
      },
    ],
    activeDraftId: 'regional',
    evaluator: { unknownContext: false },
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.tab('Request').click();
  const request = ev.pane.getByRole('region', { name: 'Single request' });
  const decision = request.getByRole('region', { name: 'Decision' });

  await test.step('pick an API: its action on a URN built from the resource scope', async () => {
    await request.getByRole('combobox', { name: 'Or pick an API' }).selectOption({
      label: 'GET /v2/images/{image_id} (ims:images:get)',
    });
    await expect(request.getByRole('combobox', { name: 'Action' })).toHaveValue('ims:images:get');
    await expect(request.getByRole('textbox', { name: 'Resource URN' })).toHaveAttribute(
      'placeholder',
      'ims:*:*:image:*',
    );
    // The scope gives no region, so the region-bound statement may or may not apply.
    await expect(decision).toContainText('Decisionconditional');
    await expect(decision).toContainText('statement 1 (NorthImages) may apply');
    await expect(decision).toContainText(
      'allowed only if the resource matches ims:cn-north-4:*:image:*',
    );
  });

  await test.step('a URN in the region the statement names is allowed', async () => {
    await request
      .getByRole('textbox', { name: 'Resource URN' })
      .fill('ims:cn-north-4:0a1b:image:img-1');
    await expect(decision).toContainText('Decisionallowed');
    await expect(decision).toContainText(
      'Allowed by statement 1 (NorthImages) of draft Regional readers.',
    );
    await expect(decision).toContainText(
      'statement 2 (Broken) not evaluatednot evaluated: the statement has neither Action nor NotAction',
    );
  });
});

test('the findings of the active draft are a tab of the panel', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'typo',
        name: 'Typo',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:lst'] }]),
      },
    ],
    activeDraftId: 'typo',
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.tab(/^Findings \(\d+\)$/).click();
  await expect(ev.pane.getByRole('list', { name: 'Findings' })).toContainText('ims:images:lst');
});

test('the Findings tab and the editor’s problems are one check of the draft', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'mixed',
        name: 'Mixed',
        policyType: 'identity',
        text: policyText([
          { Effect: 'Allow', Action: ['ims:images:lst', 'ims:*:get'] },
          { Effect: 'Alow', Action: ['ims:images:list'], Resource: ['*'] },
          {
            Effect: 'Allow',
            Action: ['ims:images:list'],
            Condition: { StringEquals: { 'g:NoSuchKey': 'x' } },
          },
        ]),
      },
    ],
    activeDraftId: 'mixed',
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.tab(/^Findings \(\d+\)$/).click();
  const findings = ev.pane.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  const problems = page.getByRole('list', { name: 'Problems' }).getByRole('button');
  await expect(problems.first()).toBeVisible({ timeout: 60_000 });
  const fromFindings = async () =>
    (await findings.allInnerTexts()).map((text) => {
      const [, line, column] = /line (\d+), column (\d+)/.exec(text) ?? [];
      const code = /[A-Z][A-Z_]+$/.exec(text.trim())?.[0];
      return `${code} ${line}:${column}`;
    });
  const fromProblems = async () =>
    (await problems.allInnerTexts()).map((text) => {
      const [, code, line, column] = /([A-Z][A-Z_]+) · Ln (\d+), Col (\d+)/.exec(text) ?? [];
      return `${code} ${line}:${column}`;
    });
  const listed = await fromFindings();
  expect(listed.length).toBeGreaterThanOrEqual(3);
  for (const entry of listed) expect(entry).toMatch(/^[A-Z_]+ \d+:\d+$/);
  await expect.poll(fromProblems).toEqual(listed);
  // One severity map: each finding carries the same label in both places.
  const labels = async (list: typeof findings) =>
    (await list.allInnerTexts()).map((text) => /^(Error|Warning|Info|Hint)/i.exec(text)?.[1]);
  const shown = await labels(findings);
  for (const label of shown) expect(label).toBeDefined();
  expect(await labels(problems)).toEqual(shown);
});
