import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseCalendar } from '../parse-ical';
import { activityInput, partnerIn } from './fixtures';
import { DIRECTORY_SETUP_MS, expectNothingPersonal, startDirectoryGraph, type DirectoryGraph } from './directory-fixtures';

/** Debian's chromium (`apt-get install chromium`); a test tool's own browser download cannot work on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of the list and an activity's page, kept as the run's artefacts. */
const ARTIFACTS =
  process.env.TEST_ARTIFACTS_DIR ?? path.resolve(__dirname, '..', '..', '..', '.scratch', 'test-artifacts', 'directory-site');

/** WCAG 2.1 A and AA, as axe-core tags them. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ id, help, where: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

// The reference directory site in a real browser (headless Chromium). It has no script at all (its
// Content-Security-Policy forbids one); a context with JavaScript off proves the lists do not need it,
// the other runs axe-core, which is a script.
describe('directory: the reference site in a browser', () => {
  let directory: DirectoryGraph;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let withoutScript: BrowserContext;
  let onlyDutch: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    directory = await startDirectoryGraph();
    const { graph } = directory;
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN', 'Leeshuis Haren');
    const input = activityInput('HAREN', organisationId, {
      title: { nl: 'Leesclub Haren' },
      summary: { nl: 'Samen lezen en praten over boeken.' },
    });
    const created = await graph.run('web/CreateActivity.graphql', { input }, coordinator);
    expect(created.errors).toBeUndefined();
    onlyDutch = created.data.createActivity.activity.id;
    expect((await graph.run('web/PublishActivity.graphql', { id: onlyDutch }, coordinator)).errors).toBeUndefined();

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ acceptDownloads: true, baseURL: directory.origin, locale: 'nl-BE' });
    withoutScript = await browser.newContext({ javaScriptEnabled: false, baseURL: directory.origin });
    page = await context.newPage();
    page.on('response', async (response) => {
      if (response.url().startsWith(directory.origin) && response.status() !== 304)
        expectNothingPersonal(await response.text().catch(() => ''));
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await directory?.graph.stop();
  }, DIRECTORY_SETUP_MS);

  it('shows the whole offer in Dutch, server-rendered, accessible', async () => {
    await page.goto('/directory/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').textContent()).resolves.toBe('Aanbod in de gevangenissen');
    expect(await page.locator('.activity').count()).toBe(20);
    await expect(page.locator('#results-heading').textContent()).resolves.toMatch(/^\d+ activiteiten$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'list-nl.png'), fullPage: true });
    await expectAccessible(page);
  });

  it('switches to French, its own labels included, and marks a text shown in Dutch', async () => {
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toBe("L'offre dans les prisons");
    await expect(page.getByLabel('Public cible').count()).resolves.toBe(1);
    await page.getByLabel('Prison', { exact: true }).selectOption('HAREN');
    await page.getByLabel('Mots-clés').fill('leesclub');
    await page.getByRole('button', { name: "Afficher l'offre" }).click();
    expect(new URL(page.url()).searchParams.get('prison')).toBe('HAREN');
    const card = page.locator('.activity').filter({ hasText: 'Leesclub Haren' });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.locator('h3 span[lang="nl"]').textContent()).resolves.toBe('Leesclub Haren');
    await expect(card.locator('h3 .shown-in').textContent()).resolves.toBe('(en néerlandais)');
    await expectAccessible(page);
  });

  it('filters by category, domain, target group and instruction language, all at once', async () => {
    await page.goto('/directory/?lang=en');
    await page.getByLabel('Category', { exact: true }).selectOption('EDUCATIONAL');
    await page.getByLabel('Domain', { exact: true }).selectOption('EDUCATION');
    await page.getByLabel('Target group', { exact: true }).selectOption('FEMALE');
    await page.getByLabel('Language of instruction', { exact: true }).selectOption('nl');
    await page.getByRole('button', { name: 'Show the offer' }).click();
    const metas = await page.locator('.activity .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^Educational · Education · /);
    await expectAccessible(page);
  });

  it('works with the keyboard alone: skip link, search, submit, open an activity', async () => {
    await page.goto('/directory/?lang=en');
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement
            ?.textContent,
      ),
    ).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.keyboard.type('welcome');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=welcome/);
    const link = page.locator('.activity h3 a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/directory\/activities\//);
    await expect(page.locator('h1').textContent()).resolves.toBe('Welcome class');
  });

  it("opens an activity's page and follows its calendar link to an iCalendar file", async () => {
    await page.goto('/directory/?lang=fr&prison=HAREN');
    await page.locator('.activity h3 a').first().click();
    await page.waitForURL(/\/directory\/activities\/[0-9a-f-]{36}\?lang=fr$/);
    const title = await page.locator('h1').textContent();
    await expect(page.locator('.sessions time').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'activity-fr.png'), fullPage: true });
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /iCalendar/ })
        .last()
        .click(),
    ]);
    const calendar = parseCalendar(fs.readFileSync((await download.path())!, 'utf8'));
    expect(calendar.timezones).toEqual(['Europe/Brussels']);
    expect(calendar.events.length).toBeGreaterThan(0);
    for (const event of calendar.events) expect(event.summary).toBe(title);
  });

  it('lists, filters and opens an activity with JavaScript off', async () => {
    const plain = await withoutScript.newPage();
    await plain.goto('/directory/?lang=nl');
    await plain.getByLabel('Gevangenis', { exact: true }).selectOption('GENT');
    await plain.getByRole('button', { name: 'Toon het aanbod' }).click();
    const metas = await plain.locator('.activity .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('Gevangenis van Gent');
    await plain.locator('.activity h3 a').first().click();
    await expect(plain.locator('.facts').count()).resolves.toBe(1);
    await plain.close();
  });

  it('answers an unknown activity with a page in the visitor’s language, and refuses a filter it never offers', async () => {
    const missing = await page.goto('/directory/activities/0a000000-0000-4000-8000-000000000001?lang=fr');
    expect(missing!.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Introuvable');
    await expectAccessible(page);
    const refused = await page.goto('/directory/?lang=nl&category=ASTRONOMY');
    expect(refused!.status()).toBe(400);
  });
});
