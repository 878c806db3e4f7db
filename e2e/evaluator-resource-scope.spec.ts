import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'north',
        name: 'North images',
        policyType: 'identity',
        text: policyText([
          {
            Sid: 'NorthImages',
            Effect: 'Allow',
            Action: ['ims:images:get'],
            Resource: ['ims:cn-north-4:acct1:image:*'],
          },
        ]),
      },
    ],
    activeDraftId: 'north',
  });
});

test('the resource scope builds the URNs the matrix evaluates', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const get = ev.row(/GET\s*\/v2\/images\/\{image_id\} /);

  await test.step('an empty scope stands for any image: the API is conditional', async () => {
    await ev.search('/v2/images/{image_id}');
    await expect(get).toHaveText(/^conditional\s*GET/);
  });

  await test.step('region and account of the pattern make it allowed', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('textbox', { name: 'Region' }).fill('cn-north-4');
    await expect(get).toHaveText(/^conditional\s*GET/);
    await ev.inputs.getByRole('textbox', { name: 'Account ID' }).fill('acct1');
    await expect(get).toHaveText(/^allowed\s*GET.*NorthImages/);
  });

  await test.step('the explanation shows the URN evaluated', async () => {
    await get.click();
    await expect(ev.explanation('GET /v2/images/{image_id}')).toContainText(
      'Evaluated on ims:cn-north-4:acct1:image:*',
    );
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).click();
  });

  await test.step('another region rules the pattern out: not allowed', async () => {
    await ev.inputs.getByRole('textbox', { name: 'Region' }).fill('cn-south-1');
    await expect(get).toHaveText(/^not allowed\s*GET/);
  });
});
