import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'project',
        name: 'Project readers',
        policyType: 'identity',
        text: policyText([
          {
            Sid: 'InProject',
            Effect: 'Allow',
            Action: ['ims:images:list'],
            Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
          },
          {
            Sid: 'FromOffice',
            Effect: 'Allow',
            Action: ['ims:images:get'],
            Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } },
          },
        ]),
      },
    ],
    activeDraftId: 'project',
  });
});

test('a conditional API turns allowed when the context is filled in', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const list = ev.row(/GET\s*\/v2\/cloudimages /);

  await test.step('"any request": the condition key is unknown, so the API is conditional', async () => {
    await ev.search('/v2/cloudimages');
    await expect(list).toHaveText(/^conditional\s*GET/);
    await list.click();
    const explanation = ev.explanation('GET /v2/cloudimages');
    await expect(explanation.getByRole('region', { name: 'Open requirements' })).toContainText(
      'allowed only if g:EnterpriseProjectId',
    );
    await expect(explanation).toContainText('statement 1 (InProject) may apply');
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).click();
  });

  await test.step('filling the key in makes it allowed', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('textbox', { name: 'g:EnterpriseProjectId' }).fill('0');
    await expect(list).toHaveText(/^allowed\s*GET.*InProject/);
    await ev.inputs.getByRole('textbox', { name: 'g:EnterpriseProjectId' }).fill('42');
    await expect(list).toHaveText(/^not allowed\s*GET/);
  });

  await test.step('"exactly this request": an empty key is absent, so the API is not allowed', async () => {
    await ev.inputs.getByRole('textbox', { name: 'g:EnterpriseProjectId' }).fill('');
    await expect(list).toHaveText(/^conditional/);
    await ev.inputs.getByRole('radio', { name: /^Exactly this request/ }).check();
    await expect(list).toHaveText(/^not allowed\s*GET/);
  });
});

test('typed context inputs are checked as the user types', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.openInputs();
  const ip = ev.inputs.getByRole('textbox', { name: 'g:SourceIp' });
  await expect(ip).toHaveAccessibleDescription(/ip address/);
  await ip.fill('10.0');
  await expect(ip).toHaveAttribute('aria-invalid', 'true');
  await expect(ip).toHaveAccessibleDescription(
    '`10.0` is not an IP address such as `192.0.2.10`; ignored until fixed',
  );
  await ip.fill('10.1.2.3');
  await expect(ip).toHaveAttribute('aria-invalid', 'false');
  await ev.pane.getByText('Inputs', { exact: true }).click();
  await ev.search('/v2/images/{image_id} GET');
  await expect(ev.row(/GET\s*\/v2\/images\/\{image_id\} /)).toHaveText(
    /^allowed\s*GET.*FromOffice/,
  );
});
