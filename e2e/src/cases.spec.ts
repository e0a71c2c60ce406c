import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { createUser, login, send, uniqueEmail } from './support/api';

const PASSWORD = 'a-long-e2e-staff-password';

/** The smallest documents of each accepted type, recognised by their first bytes. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

interface Item {
  id: string;
  label: string;
  required: boolean;
  state: string;
  version: number;
}

async function call<T>(api: APIRequestContext, method: 'post' | 'put' | 'patch', url: string, body: object): Promise<T> {
  const response = await send(api, method, url, body);
  if (response.status() >= 300) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/clients/);
}

async function requiredItems(api: APIRequestContext, caseId: string): Promise<Item[]> {
  const response = await api.get(`/api/cases/${caseId}/checklist`);
  const checklist = (await response.json()) as { checklists: { items: Item[] }[] };
  return checklist.checklists.flatMap((list) => list.items).filter((item) => item.required);
}

test('a case moves from a cleared client to the PR application, documents reviewed on the way', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  // Staff, and a client whose conflict check a lawyer cleared (entered through the API: the
  // clients spec covers those screens).
  await login(request, ADMIN.email, ADMIN.password);
  const lawyerEmail = uniqueEmail('lawyer');
  const paralegalEmail = uniqueEmail('paralegal');
  await createUser(request, { email: lawyerEmail, name: 'Louise Lawyer', role: 'lawyer', password: PASSWORD });
  await createUser(request, { email: paralegalEmail, name: 'Pierre Paralegal', role: 'paralegal', password: PASSWORD });
  const lawyerApi = await playwright.request.newContext({ baseURL });
  const paralegalApi = await playwright.request.newContext({ baseURL });
  await login(lawyerApi, lawyerEmail, PASSWORD);
  await login(paralegalApi, paralegalEmail, PASSWORD);

  const familyName = `Okonkwo${Date.now().toString(36)}`;
  const client = await call<{ id: string }>(paralegalApi, 'post', '/api/clients', {
    givenNames: 'Adaeze',
    familyName,
    dateOfBirth: '1992-05-04',
    email: `${familyName.toLowerCase()}@example.com`,
  });
  const check = await call<{ id: string; version: number }>(paralegalApi, 'post', `/api/clients/${client.id}/conflict-checks`, {});
  await call(lawyerApi, 'post', `/api/clients/${client.id}/conflict-checks/${check.id}/decision`, {
    version: check.version,
    decision: 'cleared',
  });

  // The lawyer opens the case from the client's page.
  const lawyer = await (await browser.newContext()).newPage();
  await signIn(lawyer, lawyerEmail);
  await lawyer.goto(`/clients/${client.id}`);
  await lawyer.getByTestId('client-open-case').click();
  await expect(lawyer.getByTestId('new-case-client')).toHaveValue(new RegExp(familyName));
  await lawyer.getByTestId('new-case-submit').click();
  await expect(lawyer).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseId = lawyer.url().split('/').pop() ?? '';
  await expect(lawyer.getByTestId('case-stage')).toHaveText('Intake');

  // The early steps happen outside the dashboard's concern here; walk them through the API.
  let version = (await (await lawyerApi.get(`/api/cases/${caseId}`)).json()).version as number;
  for (const to of ['conflict_check', 'retainer', 'document_collection', 'ee_profile_submitted', 'ita_received']) {
    version = (await call<{ version: number }>(lawyerApi, 'post', `/api/cases/${caseId}/transitions`, { version, to })).version;
  }

  // Every required document but two is waived up front, so the two below decide the guard.
  const items = await requiredItems(lawyerApi, caseId);
  const [passport, photo, ...others] = items;
  expect(passport && photo).toBeTruthy();
  for (const item of others) {
    await call(lawyerApi, 'post', `/api/checklist-items/${item.id}/state`, {
      version: item.version,
      state: 'waived',
      reason: 'Already on file from the work permit application',
    });
  }

  // Moving on now breaks the checklist guard: the move is refused, with its reason.
  await lawyer.reload();
  await expect(lawyer.getByTestId('case-stage')).toHaveText('Invitation to apply (ITA) received');
  await lawyer.getByTestId('case-move-button').click();
  const blocked = lawyer.locator('[data-testid="case-move-option"][data-stage="pr_application_submitted"]');
  await expect(blocked).toHaveAttribute('data-allowed', 'false');
  await expect(blocked.getByTestId('case-move-reason')).toContainText(
    '2 required documents are neither accepted nor waived by a lawyer',
  );
  await lawyer.keyboard.press('Escape');

  // The paralegal uploads the two documents: each upload marks its document received.
  const paralegal = await (await browser.newContext()).newPage();
  await signIn(paralegal, paralegalEmail);
  await paralegal.goto(`/cases/${caseId}`);
  const uploads = [
    { item: passport, file: { name: 'passport.pdf', mimeType: 'application/pdf', buffer: PDF } },
    { item: photo, file: { name: 'photo.png', mimeType: 'image/png', buffer: PNG } },
  ];
  for (const { item, file } of uploads) {
    const row = paralegal.locator(`[data-testid="checklist-item"][data-label="${item.label}"]`);
    await row.getByTestId('item-upload-input').setInputFiles(file);
    await expect(row.getByTestId('item-file-name')).toContainText(file.name);
    await expect(row).toHaveAttribute('data-state', 'received');
    await expect(row.getByTestId('item-mark-received')).toHaveCount(0);
    await expect(row.getByTestId('item-accept')).toHaveCount(0);
  }

  // The lawyer accepts one, waives the other, and moves the case to "PR application submitted".
  await lawyer.reload();
  const passportRow = lawyer.locator(`[data-testid="checklist-item"][data-label="${passport.label}"]`);
  await passportRow.getByTestId('item-accept').click();
  await expect(passportRow).toHaveAttribute('data-state', 'accepted');
  const photoRow = lawyer.locator(`[data-testid="checklist-item"][data-label="${photo.label}"]`);
  await photoRow.getByTestId('item-waive').click();
  await lawyer.getByTestId('state-reason-input').fill('Photo taken by the visa application centre');
  await lawyer.getByTestId('state-reason-confirm').click();
  await expect(photoRow).toHaveAttribute('data-state', 'waived');

  await lawyer.getByTestId('case-move-button').click();
  const allowed = lawyer.locator('[data-testid="case-move-option"][data-stage="pr_application_submitted"]');
  await expect(allowed).toHaveAttribute('data-allowed', 'true');
  await allowed.click();
  await lawyer.getByTestId('case-move-comment').fill('Submitted on the IRCC portal');
  await lawyer.getByTestId('case-move-confirm').click();
  await expect(lawyer.getByTestId('case-stage')).toHaveText('PR application submitted');
  await expect(lawyer.getByTestId('stage-history')).toContainText('Submitted on the IRCC portal');

  // The board shows the case in its new column.
  await lawyer.getByTestId('nav-pipeline').click();
  const column = lawyer.locator('[data-testid="pipeline-column"][data-stage="pr_application_submitted"]');
  await expect(column.locator(`[data-testid="pipeline-card"][data-case-id="${caseId}"]`)).toBeVisible();

  await lawyerApi.dispose();
  await paralegalApi.dispose();
});
