import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { createUser, login, send, uniqueEmail } from './support/api';

const PASSWORD = 'a-long-e2e-staff-password';
const TYPE = 'cec_assessment';
/** Every day of the week (ISO 1 = Monday … 7 = Sunday), so times exist whatever day this runs. */
const EVERY_DAY_9_TO_5 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  start: '09:00',
  end: '17:00',
}));

interface Disclaimer {
  generalInformation: string;
  noConfidentiality: string;
}

async function acknowledge(page: Page): Promise<void> {
  const proceed = page.getByTestId('disclaimer-continue');
  await expect(proceed).toBeDisabled();
  await page.getByTestId('disclaimer-accept-general').check();
  await expect(proceed).toBeDisabled();
  await page.getByTestId('disclaimer-accept-confidentiality').check();
  await proceed.click();
}

/** Chooses video; resolves once the free times of the first week are listed. */
async function showVideoTimes(page: Page): Promise<void> {
  // The only active type is preselected; choosing it again keeps this working if others are added.
  await page.getByTestId('booking-type').selectOption(TYPE);
  await expect(page.getByTestId('booking-type')).toHaveValue(TYPE);
  await page.getByTestId('booking-mode-video').check();
  await expect(page.getByTestId('slot').first()).toBeVisible();
}

/** Starts of the free times the API offers on the firm's day of `start`. */
async function freeStarts(api: APIRequestContext, start: string): Promise<string[]> {
  const day = start.slice(0, 10);
  const response = await api.get(`/api/public/slots?type=${TYPE}&from=${day}&to=${day}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
}

test('a visitor books a consultation in French without an account; the next visitor no longer sees that time', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  // Availability, through the staff API as the e2e admin: a lawyer who works every day.
  await login(request, ADMIN.email, ADMIN.password);
  const lawyer = await createUser(request, {
    email: uniqueEmail('booking-lawyer'),
    name: 'Léa Lawyer',
    role: 'lawyer',
    password: PASSWORD,
  });
  const availability = await send(request, 'put', `/api/availability/${lawyer.id}`, {
    weeklyHours: EVERY_DAY_9_TO_5,
    exceptions: [],
  });
  expect(availability.status()).toBe(200);
  const anonymous = await playwright.request.newContext({ baseURL });
  const french = (await (
    await anonymous.get('/api/public/disclaimer?locale=fr')
  ).json()) as Disclaimer;

  // A visitor in Vancouver, no account, no cookies: opens the page and switches to French.
  const firstContext = await browser.newContext({ timezoneId: 'America/Vancouver' });
  const visitor = await firstContext.newPage();
  await visitor.goto('/book');
  await expect(visitor.getByTestId('booking-page')).toBeVisible();
  await visitor.getByTestId('booking-language-fr').click();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(visitor.getByTestId('disclaimer-general-text')).toHaveText(
    french.generalInformation,
  );
  await expect(visitor.getByTestId('disclaimer-confidentiality-text')).toHaveText(
    french.noConfidentiality,
  );
  await acknowledge(visitor);

  await showVideoTimes(visitor);
  await expect(visitor.getByTestId('slots-zone')).toContainText('America/Vancouver');
  const chosen = visitor.getByTestId('slot').first();
  const slotId = (await chosen.getAttribute('data-slot-id')) ?? '';
  const start = (await chosen.getAttribute('data-start')) ?? '';
  expect(slotId).not.toBe('');
  expect(await freeStarts(anonymous, start)).toContain(start);
  await chosen.click();

  const email = uniqueEmail('visitor');
  await visitor.getByTestId('prescreen-given-names').fill('Amélie');
  await visitor.getByTestId('prescreen-family-name').fill('Nguyen');
  await visitor.getByTestId('prescreen-email').fill(email);
  await visitor.getByTestId('prescreen-phone').fill('+1 514 555 0101');
  await expect(visitor.getByTestId('prescreen-language')).toHaveValue('fr');
  await visitor.getByTestId('prescreen-program').selectOption('cec_express_entry');
  await visitor.getByTestId('prescreen-party-add').click();
  await visitor.getByTestId('prescreen-party-name').fill('Northwind Analytics');
  await visitor.getByTestId('prescreen-party-relation').fill('employeur');
  await visitor.getByTestId('prescreen-continue').click();

  await visitor.getByTestId('booking-confirm').click();
  const confirmation = visitor.getByTestId('booking-confirmation');
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText('Évaluation CEC');
  await expect(confirmation).toContainText('America/Vancouver');
  await expect(confirmation).toContainText('America/Toronto');
  await expect(confirmation).toContainText('courriel de confirmation');
  await expect(visitor.getByTestId('booking-error')).toHaveCount(0);
  expect(await freeStarts(anonymous, start)).not.toContain(start);

  // A second visitor, in a browser context of their own, is not offered that time any more.
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await second.goto('/book');
  await acknowledge(second);
  await showVideoTimes(second);
  await expect(second.locator(`[data-testid="slot"][data-start="${start}"]`)).toHaveCount(0);
  await expect(second.locator(`[data-testid="slot"][data-slot-id="${slotId}"]`)).toHaveCount(0);

  // The private link of the confirmation e-mail (read in the outbox, no SMTP here) cancels it.
  const outbox = await request.get('/api/outbox?limit=200');
  expect(outbox.status()).toBe(200);
  const messages = ((await outbox.json()) as { items: { to: string; body: string }[] }).items;
  const link = messages
    .find((m) => m.to === email)
    ?.body.match(/\/booking\/manage\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();
  await visitor.goto(link ?? '');
  await expect(visitor.getByTestId('manage-booking')).toBeVisible();
  await expect(visitor.getByTestId('manage-status')).toHaveAttribute('data-status', 'confirmed');
  await visitor.getByTestId('manage-cancel').click();
  await visitor.getByTestId('confirm-submit').click();
  await expect(visitor.getByTestId('manage-status')).toHaveAttribute('data-status', 'cancelled');
  expect(await freeStarts(anonymous, start)).toContain(start);

  await visitor.goto('/booking/manage?token=not-a-real-token');
  await expect(visitor.getByTestId('manage-invalid')).toBeVisible();

  await anonymous.dispose();
  await firstContext.close();
  await secondContext.close();
});

/** `YYYY-MM-DD`, `days` from today (UTC; a day either way changes nothing below). */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a visitor in English checks their eligibility, books from the result, and the staff see the self-assessment linked', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  await login(request, ADMIN.email, ADMIN.password);
  const lawyer = await createUser(request, {
    email: uniqueEmail('self-assessment-lawyer'),
    name: 'Sam Lawyer',
    role: 'lawyer',
    password: PASSWORD,
  });
  const availability = await send(request, 'put', `/api/availability/${lawyer.id}`, {
    weeklyHours: EVERY_DAY_9_TO_5,
    exceptions: [],
  });
  expect(availability.status()).toBe(200);
  const anonymous = await playwright.request.newContext({ baseURL });
  const statements = (await (await anonymous.get('/api/public/disclaimer?locale=en')).json()) as {
    number: number;
  };

  const context = await browser.newContext({ timezoneId: 'America/Toronto' });
  const visitor = await context.newPage();
  await visitor.goto('/self-assessment?lang=en');
  await expect(visitor.getByTestId('self-assessment-page')).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await expect(visitor.getByTestId('public-firm-name')).toHaveText(
    'Tremblay & Singh Immigration LLP',
  );
  await expect(visitor.getByTestId('sa-dob')).toHaveCount(0);
  await acknowledge(visitor);

  // The int-spec's "likely eligible" profile: three years of full-time TEER 1 work on a permit,
  // a good IELTS, Ontario.
  await visitor.getByTestId('sa-dob').fill('1994-03-15');
  await visitor.getByTestId('sa-work-add').click();
  await visitor.getByTestId('sa-work-start').fill(daysFromToday(-3 * 365));
  await visitor.getByTestId('sa-work-current').check();
  await expect(visitor.getByTestId('sa-work-end')).toBeDisabled();
  await visitor.getByTestId('sa-work-hours').fill('40');
  await visitor.getByTestId('sa-work-teer').selectOption('1');
  await visitor.getByTestId('sa-work-student').selectOption('no');
  await visitor.getByTestId('sa-work-authorized').selectOption('yes');
  await visitor.getByTestId('sa-test-type').selectOption('IELTS_GENERAL_TRAINING');
  await visitor.getByTestId('sa-test-date').fill(daysFromToday(-200));
  await visitor.getByTestId('sa-score-reading').fill('8');
  await visitor.getByTestId('sa-score-writing').fill('7');
  await visitor.getByTestId('sa-score-listening').fill('8.5');
  await visitor.getByTestId('sa-score-speaking').fill('7.5');
  await visitor.getByTestId('sa-education').selectOption('bachelors');
  await visitor.getByTestId('sa-province').selectOption('QC');
  await expect(visitor.getByTestId('sa-province-quebec')).toContainText('does not apply');
  await visitor.getByTestId('sa-province').selectOption('ON');
  await expect(visitor.getByTestId('sa-province-quebec')).toHaveCount(0);
  await visitor.getByTestId('sa-partner').selectOption('accompanying');

  const answered = visitor.waitForResponse(
    (r) => r.url().endsWith('/api/public/self-assessment') && r.request().method() === 'POST',
  );
  await visitor.getByTestId('sa-submit').click();
  const response = await answered;
  expect(response.status()).toBe(201);
  const assessment = (await response.json()) as { id: string; token: string };

  const result = visitor.getByTestId('sa-result');
  await expect(result).toHaveAttribute('data-outcome', 'likely_eligible');
  await expect(visitor.getByTestId('sa-outcome')).toHaveText('Likely eligible');
  await expect(result).not.toContainText('you are eligible');
  await expect(visitor.getByTestId('sa-reasons')).toContainText('hours');
  await expect(visitor.getByTestId('sa-disclaimer-version')).toHaveText(
    `Based on the disclaimer version ${statements.number} you acknowledged.`,
  );
  await expect(visitor.getByTestId('sa-general-information')).toContainText('not legal advice');

  // To the booking, the token in memory: never in the address.
  await visitor.getByTestId('sa-book').click();
  await expect(visitor).toHaveURL(/\/book$/);
  expect(visitor.url()).not.toContain(assessment.token);
  await expect(visitor.getByTestId('booking-page')).toBeVisible();
  // The booking asks for its own acknowledgment: nothing is skipped.
  await acknowledge(visitor);
  await showVideoTimes(visitor);
  await visitor.getByTestId('slot').first().click();

  const email = uniqueEmail('self-assessed');
  await visitor.getByTestId('prescreen-given-names').fill('Priya');
  await visitor.getByTestId('prescreen-family-name').fill('Sharma');
  await visitor.getByTestId('prescreen-email').fill(email);
  await expect(visitor.getByTestId('prescreen-language')).toHaveValue('en');
  await expect(visitor.getByTestId('prescreen-program')).toHaveValue('cec_express_entry');
  await visitor.getByTestId('prescreen-continue').click();
  await expect(visitor.getByTestId('review-self-assessment')).toBeVisible();

  const booking = visitor.waitForRequest(
    (r) => r.url().endsWith('/api/public/bookings') && r.method() === 'POST',
  );
  await visitor.getByTestId('booking-confirm').click();
  expect((await booking).postDataJSON().preScreen.selfAssessmentToken).toBe(assessment.token);
  await expect(visitor.getByTestId('booking-confirmation')).toBeVisible();
  await expect(visitor.getByTestId('booking-error')).toHaveCount(0);

  // The staff API, as the e2e admin: the request carries the self-assessment.
  const list = await request.get(`/api/consultation-requests?q=${encodeURIComponent(email)}`);
  expect(list.status()).toBe(200);
  const items = ((await list.json()) as { items: { id: string; email: string }[] }).items;
  expect(items.map((item) => item.email)).toEqual([email]);
  const detail = await request.get(`/api/consultation-requests/${items[0].id}`);
  expect(detail.status()).toBe(200);
  const consultation = (await detail.json()) as {
    acknowledgment: { purpose: string };
    selfAssessments: { id: string; answer: string }[];
  };
  expect(consultation.acknowledgment.purpose).toBe('booking');
  expect(consultation.selfAssessments).toEqual([
    expect.objectContaining({ id: assessment.id, answer: 'likely_eligible' }),
  ]);

  await anonymous.dispose();
  await context.close();
});
