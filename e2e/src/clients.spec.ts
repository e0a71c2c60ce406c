import { type Locator, type Page, expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { createUser, login, uniqueEmail } from './support/api';

type Staff = { email: string; name: string; role: 'lawyer' | 'paralegal'; password: string };

/** `YYYY-MM-DD`, `days` from today (negative: in the past), in the browser's time zone. */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function signIn(page: Page, staff: Staff): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(staff.email);
  await page.getByTestId('login-password').fill(staff.password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/clients/);
}

/** Opens a mat-select and picks the option with `data-testid="option-<value>"`. */
async function choose(page: Page, select: Locator, value: string): Promise<void> {
  await select.click();
  await page.getByTestId(`option-${value}`).click();
}

/** A country field: type the name, then leave (the name resolves to its ISO code). */
async function country(page: Page, testId: string, name: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(name);
  await input.press('Escape');
}

async function check(page: Page, testId: string): Promise<void> {
  const box = page.getByTestId(testId).locator('input[type="checkbox"]');
  if (!(await box.isChecked())) {
    await box.click();
  }
}

async function uncheck(page: Page, testId: string): Promise<void> {
  const box = page.getByTestId(testId).locator('input[type="checkbox"]');
  if (await box.isChecked()) {
    await box.click();
  }
}

/** Saves a section and waits until the form is clean again (the save button turns disabled). */
async function save(page: Page, section: string): Promise<void> {
  const button = page.getByTestId(`save-${section}`);
  await expect(button).toBeEnabled();
  const paths: Record<string, string> = { status: 'status-history', language: 'language-tests' };
  const path = paths[section] ?? section;
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().endsWith(`/${path}`),
  );
  await button.click();
  expect((await saved).status()).toBe(200);
  // Then disabled because nothing is left to save.
  await expect(button).toHaveText('Save');
  await expect(button).toBeDisabled();
  await expect(page.getByTestId(`notice-${section}`)).toHaveCount(0);
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`client-tab-${tab}`).click();
  await expect(page).toHaveURL(new RegExp(`tab=${tab}`));
}

test('a paralegal enters a full profile and a lawyer clears the conflict check', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const admin = await playwright.request.newContext({ baseURL });
  await login(admin, ADMIN.email, ADMIN.password);
  const paralegal: Staff = {
    email: uniqueEmail('paralegal'),
    name: 'Paula Paralegal',
    role: 'paralegal',
    password: 'a-long-paralegal-password',
  };
  const lawyer: Staff = {
    email: uniqueEmail('lawyer'),
    name: 'Louis Lawyer',
    role: 'lawyer',
    password: 'a-long-lawyer-password',
  };
  await createUser(admin, paralegal);
  await createUser(admin, lawyer);
  await admin.dispose();
  // A family name no other test uses, so the conflict check finds nobody.
  const familyName = `Okonkwo-${Date.now().toString(36)}`;

  // ---- The paralegal creates the client (identity section) ----
  await signIn(page, paralegal);
  await page.getByTestId('new-client-button').click();
  await expect(page).toHaveURL(/\/clients\/new/);
  await page.getByTestId('identity-givenNames').fill('Adaeze');
  await page.getByTestId('identity-familyName').fill(familyName);
  await page.getByTestId('identity-dateOfBirth').fill('1991-03-14');
  await choose(page, page.getByTestId('identity-maritalStatus'), 'married');
  await choose(page, page.getByTestId('identity-intendedProvince'), 'ON');
  await page.getByTestId('identity-email').fill(`${familyName.toLowerCase()}@example.com`);
  await country(page, 'identity-countryOfResidence', 'Canada');
  await page.getByTestId('save-identity').click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}/);
  await expect(page.getByTestId('client-name')).toHaveText(`Adaeze ${familyName}`);
  const fileNumber = (await page.getByTestId('client-file-number').textContent())?.trim() ?? '';
  expect(fileNumber).toMatch(/^C-\d{4}-\d{5}$/);

  // ---- Status: a study permit, then a work permit that ends within 90 days ----
  await openTab(page, 'status');
  await page.getByTestId('add-status').click();
  await choose(page, page.getByTestId('status-type-0'), 'study_permit');
  await page.getByTestId('status-validFrom-0').fill(day(-1600));
  await page.getByTestId('status-validTo-0').fill(day(-1100));
  await page.getByTestId('status-permitNumber-0').fill('S7654321');
  await page.getByTestId('add-status').click();
  await choose(page, page.getByTestId('status-type-1'), 'work_permit');
  await page.getByTestId('status-validFrom-1').fill(day(-1099));
  await page.getByTestId('status-validTo-1').fill(day(60));
  await page.getByTestId('status-permitNumber-1').fill('U1234567');
  await page.getByTestId('status-conditions-1').fill('Open work permit (PGWP)');
  await save(page, 'status');
  await expect(page.getByTestId('status-masked-0')).toHaveText('•••321');
  await expect(page.getByTestId('status-masked-1')).toHaveText('•••567');
  await expect(page.getByTestId('status-row-1').getByTestId('expiry-chip')).toHaveText(
    /Expires in 60 days/,
  );
  // Paralegals never see full numbers.
  await expect(page.getByTestId('reveal-number')).toHaveCount(0);

  // ---- Language: one IELTS and one TEF Canada result; the CLB / NCLC is derived ----
  await openTab(page, 'language');
  await page.getByTestId('add-language').click();
  await choose(page, page.getByTestId('language-test-0'), 'IELTS_GENERAL_TRAINING');
  await page.getByTestId('language-testDate-0').fill(day(-200));
  await page.getByTestId('language-reading-0').fill('7');
  await page.getByTestId('language-writing-0').fill('6.5');
  await page.getByTestId('language-listening-0').fill('8');
  await page.getByTestId('language-speaking-0').fill('6.5');
  await page.getByTestId('add-language').click();
  await choose(page, page.getByTestId('language-test-1'), 'TEF_CANADA');
  await page.getByTestId('language-testDate-1').fill(day(-300));
  await page.getByTestId('language-reading-1').fill('200');
  await page.getByTestId('language-writing-1').fill('400');
  await page.getByTestId('language-listening-1').fill('300');
  await page.getByTestId('language-speaking-1').fill('400');
  // Nothing is derived before the test is saved.
  await expect(page.getByTestId('language-clb-reading-0')).toHaveCount(0);
  await save(page, 'language');
  await expect(page.getByTestId('language-clb-reading-0')).toHaveText('CLB 9');
  await expect(page.getByTestId('language-clb-writing-0')).toHaveText('CLB 8');
  await expect(page.getByTestId('language-clb-listening-0')).toHaveText('CLB 9');
  await expect(page.getByTestId('language-clb-speaking-0')).toHaveText('CLB 8');
  await expect(page.getByTestId('language-clb-writing-1')).toHaveText(/NCLC \d+/);

  // ---- Education: a foreign bachelor's degree with its ECA, and a Canadian diploma ----
  await openTab(page, 'education');
  await page.getByTestId('add-education').click();
  await choose(page, page.getByTestId('education-level-0'), 'bachelors');
  await page.getByTestId('education-institution-0').fill('University of Lagos');
  await country(page, 'education-country-0', 'Nigeria');
  await page.getByTestId('education-durationYears-0').fill('4');
  await page.getByTestId('education-completedOn-0').fill('2013-07-15');
  await page.getByTestId('education-ecaOrganization-0').fill('WES');
  await page.getByTestId('education-ecaDate-0').fill(day(-400));
  await page.getByTestId('education-ecaEquivalency-0').fill('Canadian bachelor’s degree (four years)');
  await check(page, 'education-ecaValid-0');
  await page.getByTestId('add-education').click();
  await choose(page, page.getByTestId('education-level-1'), 'one_year');
  await page.getByTestId('education-institution-1').fill('Seneca Polytechnic');
  await country(page, 'education-country-1', 'CA');
  await page.getByTestId('education-durationYears-1').fill('1');
  await page.getByTestId('education-completedOn-1').fill(day(-1120));
  await save(page, 'education');
  await expect(page.getByTestId('education-canadian-1')).toBeVisible();
  await expect(page.getByTestId('education-canadian-0')).toHaveCount(0);

  // ---- Work: three jobs, one of them part-time ----
  await openTab(page, 'work');
  await page.getByTestId('add-work').click();
  await page.getByTestId('work-employer-0').fill('Lagos Fintech Ltd');
  await page.getByTestId('work-noc-0').fill('21231');
  await country(page, 'work-country-0', 'Nigeria');
  await page.getByTestId('work-hoursPerWeek-0').fill('40');
  await page.getByTestId('work-start-0').fill('2014-01-06');
  await page.getByTestId('work-end-0').fill('2018-12-21');
  await page.getByTestId('add-work').click();
  await page.getByTestId('work-employer-1').fill('Maple Code Inc.');
  // Search the NOC by title and pick it.
  await page.getByTestId('work-noc-1').fill('software developers');
  await page.getByTestId('noc-option-21232').click();
  await expect(page.getByTestId('work-noc-1')).toHaveValue(/^21232 – /);
  await page.getByTestId('work-hoursPerWeek-1').fill('20');
  await page.getByTestId('work-start-1').fill(day(-1000));
  await page.getByTestId('work-end-1').fill(day(-731));
  await check(page, 'work-authorized-1');
  await page.getByTestId('add-work').click();
  await page.getByTestId('work-employer-2').fill('Northern Bank of Canada');
  await page.getByTestId('work-noc-2').fill('21231');
  await page.getByTestId('work-hoursPerWeek-2').fill('40');
  await page.getByTestId('work-start-2').fill(day(-730));
  await uncheck(page, 'work-selfEmployed-2');
  await expect(page.getByTestId('work-part-time-1')).toContainText('Part-time');
  await expect(page.getByTestId('work-part-time-0')).toHaveCount(0);
  await save(page, 'work');
  await expect(page.getByTestId('work-noc-0-teer')).toContainText('TEER 1');
  await expect(page.getByTestId('work-teer-1')).toHaveText('TEER 1');
  await expect(page.getByTestId('work-part-time-1')).toContainText('20 h/week');

  // The hours counted are the API's figure for the saved profile: ~1 year of the part-time
  // job plus 2 full-time years (capped at the full-time week), within the 3-year window.
  const hours = page.getByTestId('work-hours-counted');
  await expect(hours).toHaveAttribute('data-hours', /^\d+$/);
  const counted = Number(await hours.getAttribute('data-hours'));
  expect(counted).toBeGreaterThanOrEqual(1560);
  expect(counted).toBeLessThan(6000);
  await expect(hours).toContainText(
    `${new Intl.NumberFormat('en-CA').format(counted)} hours of skilled Canadian work`,
  );
  const clientUrl = page.url().replace(/\?.*$/, '');
  const api = page.context().request;
  const saved = await (await api.get(clientUrl.replace('/clients/', '/api/clients/'))).json();
  expect(saved.canadianSkilledHours).toBe(counted);
  expect(saved.work.map((w: { hoursPerWeek: number }) => w.hoursPerWeek)).toEqual([40, 20, 40]);

  // ---- Family: the spouse ----
  await openTab(page, 'family');
  await page.getByTestId('add-family').click();
  await choose(page, page.getByTestId('family-relationship-0'), 'spouse');
  await page.getByTestId('family-givenNames-0').fill('Chinedu');
  await page.getByTestId('family-familyName-0').fill(familyName);
  await page.getByTestId('family-dateOfBirth-0').fill('1989-11-02');
  await check(page, 'family-accompanying-0');
  await choose(page, page.getByTestId('family-educationLevel-0'), 'masters');
  await save(page, 'family');
  expect(
    (await (await api.get(clientUrl.replace('/clients/', '/api/clients/'))).json()).family,
  ).toEqual([
    expect.objectContaining({
      relationship: 'spouse',
      givenNames: 'Chinedu',
      accompanying: true,
      educationLevel: 'masters',
      canadianCitizenOrPR: false,
    }),
  ]);

  // The list shows the client with the work permit flagged as expiring.
  await page.getByTestId('back-to-clients').click();
  await page.getByTestId('clients-search').fill(fileNumber);
  const row = page.locator(`[data-testid="clients-row"][data-file-number="${fileNumber}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('expiry-chip')).toContainText('Expires in 60 days');
  await expect(row.getByTestId('conflict-status')).toHaveText('Not checked');

  // ---- The lawyer runs the conflict check and clears it ----
  const lawyerContext = await browser.newContext();
  const lawyerPage = await lawyerContext.newPage();
  await signIn(lawyerPage, lawyer);
  await lawyerPage.getByTestId('clients-search').fill(fileNumber);
  await lawyerPage
    .locator(`[data-testid="clients-row"][data-file-number="${fileNumber}"]`)
    .getByTestId('client-link')
    .click();
  await expect(lawyerPage.getByTestId('client-name')).toHaveText(`Adaeze ${familyName}`);
  await openTab(lawyerPage, 'conflicts');
  await lawyerPage.getByTestId('conflict-run').click();
  const latest = lawyerPage.getByTestId('conflict-latest');
  await expect(latest.getByTestId('conflict-status')).toHaveText('Pending decision');
  await lawyerPage.getByTestId('conflict-reason').fill('No other file involves these people.');
  await lawyerPage.getByTestId('conflict-decision-cleared').click();
  await expect(latest.getByTestId('conflict-status')).toHaveText('Cleared');
  await expect(latest.getByTestId('conflict-status')).toHaveAttribute('data-status', 'cleared');
  await expect(lawyerPage.getByTestId('client-conflict-status')).toHaveText('Cleared');
  // Lawyers may see the full permit number (each view is audited).
  await openTab(lawyerPage, 'status');
  await lawyerPage.getByTestId('status-row-1').getByTestId('reveal-number').click();
  await expect(lawyerPage.getByTestId('status-revealed-1')).toHaveText('U1234567');
  await lawyerContext.close();

  // The paralegal sees the decision in the list.
  await page.reload();
  await expect(row.getByTestId('conflict-status')).toHaveText('Cleared');
});
