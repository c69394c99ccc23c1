/**
 * On-site judging without network, as in the judging issue: the master exports the competition package; two judge
 * laptops (separate browser contexts) score a module in locked judge mode — one reloads mid-way and loses
 * nothing — and export signed score packages; the master imports them (fingerprints confirmed), sees one
 * disagreement and one measurement conflict, resolves the conflict with a reason and signs off. A tampered
 * package is refused, a re-import changes nothing, and a judge cannot reach names, settings or another judge's
 * marks. The master starts from the demo workspace (loaded by the app itself), on a competition in scoring.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { DEMO_JUDGE_PIN } from '../../shared/demo/data/demoPin';

// Several PBKDF2 checks (600,000 iterations) and page loads on a shared 2-core machine: allow for a slow moment.
const expect = baseExpect.configure({ timeout: 45_000 });

const COMPETITION_ID = 'comp-2024-078';
const MODULE_ID = 'comp-2024-078-p2-m1';
const demo = generateDemoWorkspace();
const competition = demo.competitions.find((c) => c.id === COMPETITION_ID)!;
const items = competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === MODULE_ID)!.items;
const [level1, level2, met, deduction, time] = items.map((i) => i.id) as [string, string, string, string, string];
const [judgeA, judgeB] = demo.judges
  .filter((j) => j.competitionId === COMPETITION_ID && j.role === 'judge' && j.moduleIds.includes(MODULE_ID))
  .map((j) => demo.people.find((p) => p.id === j.personId)!.name) as [string, string];
const first = demo.entries
  .filter((e) => e.competitionId === COMPETITION_ID && (e.status === 'registered' || e.status === 'checked_in'))
  .sort((a, b) => a.drawOrder! - b.drawOrder!)[0]!;
const SUBJECT = `order:${first.drawOrder}`;
const cell = (page: Page, itemId: string) => page.getByTestId(`cell-${SUBJECT}-${itemId}`);
const SHOTS = process.env.JUDGING_SCREENSHOTS ? 'test-results/judging-screens' : undefined;

async function pickFile(page: Page, trigger: () => Promise<void>, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await (await event).path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(file);
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [[1366, 768], [1024, 768]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function judgeLaptop(browser: Browser, baseURL: string, competitionPackage: Buffer, masterFingerprint: string, judgeName: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByTestId('welcome-start-empty').click();
  await page.getByTestId('nav-judging').click();
  await pickFile(page, () => page.getByTestId('judging-import').click(), 'competition.jxcomp', competitionPackage);
  // The first competition package on a laptop shows the master key's fingerprint to compare before it is pinned.
  await expect(page.getByTestId('confirm-key-fingerprint')).toHaveText(masterFingerprint, { timeout: 60_000 });
  await page.getByTestId('confirm-key-accept').click();
  await page.getByTestId('judging-enter').click();
  await signIn(page, judgeName);
  return page;
}

async function signIn(page: Page, judgeName: string) {
  await expect(page.getByTestId('judge-sign-in-card')).toBeVisible();
  await page.getByRole('combobox', { name: '裁判' }).click();
  await page.getByRole('option', { name: new RegExp(judgeName) }).click();
  await page.getByTestId('judge-sign-in-pin').fill(DEMO_JUDGE_PIN);
  await page.getByTestId('judge-sign-in').click();
  await expect(page.getByTestId('score-grid')).toBeVisible({ timeout: 30_000 });
}

test('two judges score offline, the chief judge merges, resolves and signs off', async ({ browser, baseURL, newDemoContext }) => {
  test.setTimeout(600_000);
  // The master holds the demo workspace (seeded once per run, tests/e2e/fixtures.ts); the judge laptops start empty.
  const masterContext = await newDemoContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const master = await masterContext.newPage();
  await master.goto('./');
  await expect(master.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 90_000 });
  await master.goto(`./#/competitions/${COMPETITION_ID}/package`);
  const competitionPackage = await download(master, 'package-export');
  const masterFingerprint = (await master.getByTestId('package-fingerprint').innerText()).trim();

  // Judge A scores by keyboard, reloads mid-way, and finds every saved value still there.
  const a = await judgeLaptop(browser, baseURL!, competitionPackage, masterFingerprint, judgeA);
  await shoot(a, 'score-grid-zh');
  await cell(a, level1).click();
  await a.keyboard.press('3');
  await expect(cell(a, level1)).toHaveText('3');
  await a.keyboard.press('2');
  await expect(a.getByTestId('save-state')).toContainText('已保存');
  await a.reload();
  await expect(cell(a, level1)).toHaveText('3');
  await expect(cell(a, level2)).toHaveText('2');
  await cell(a, met).click();
  await a.keyboard.press('1');
  await cell(a, deduction).click();
  await a.keyboard.press('1');
  await expect(cell(a, deduction)).toHaveText(/−/);
  await cell(a, time).click();
  await a.keyboard.type('9:30');
  await a.keyboard.press('Enter');
  await expect(cell(a, time)).toHaveText('9:30');
  await expect(a.getByTestId('score-progress')).toContainText('5');

  // Locked: no sidebar, no names, no settings, whatever the address says.
  await expect(a.getByTestId('nav-people')).toHaveCount(0);
  await a.goto('./#/settings');
  await expect(a.getByTestId('judge-mode')).toBeVisible();
  await expect(a.getByTestId('score-grid')).toBeVisible();
  await a.goto('./#/people');
  await expect(a.getByTestId('score-grid')).toBeVisible();
  await expect(a.getByText(judgeB)).toHaveCount(0);
  const packageA = await download(a, 'export-scores');

  // Judge B on another laptop: one level item three levels apart, the measurement the other way.
  const b = await judgeLaptop(browser, baseURL!, competitionPackage, masterFingerprint, judgeB);
  await cell(b, level1).click();
  await b.keyboard.press('0');
  await b.keyboard.press('2');
  await b.keyboard.press('0');
  await expect(cell(b, met)).toHaveText('未达标');
  const packageB = await download(b, 'export-scores');

  // Shared laptop: the next judge signs in on B's laptop and does not see B's marks.
  await b.getByTestId('next-judge').click();
  await shoot(b, 'judge-sign-in-zh');
  await signIn(b, judgeA);
  await expect(cell(b, level1)).toHaveText('');

  // The master imports both packages, confirming each laptop's fingerprint once.
  await master.goto(`./#/competitions/${COMPETITION_ID}/review`);
  for (const bytes of [packageA, packageB]) {
    await pickFile(master, () => master.getByTestId('import-scores').click(), 'scores.jxscore', bytes);
    await expect(master.getByTestId('key-fingerprint')).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    await master.getByTestId('confirm-key').click();
    await expect(master.getByTestId('import-scores-message')).toContainText('已导入');
  }
  await expect(master.getByTestId('disagreement-flag')).toHaveCount(1);
  await expect(master.getByTestId('measurement-conflict')).toHaveCount(1);
  await expect(master.getByTestId('sign-off')).toBeDisabled();

  // A tampered package is refused and writes nothing; the same package again changes nothing.
  const tampered = Buffer.from(packageB);
  const at = tampered.indexOf('"level":0');
  tampered[at + '"level":'.length] = '1'.charCodeAt(0);
  await pickFile(master, () => master.getByTestId('import-scores').click(), 'scores.jxscore', tampered);
  await expect(master.getByTestId('import-scores-message')).toContainText('未导入任何数据');
  await pickFile(master, () => master.getByTestId('import-scores').click(), 'scores.jxscore', packageA);
  await expect(master.getByTestId('import-scores-message')).toContainText('没有新内容');
  await expect(master.getByTestId('disagreement-flag')).toHaveCount(1);

  // The chief judge resolves the conflict with a reason and signs off with the PIN.
  await master.getByTestId('resolve-conflict').click();
  await master.getByTestId('resolve-reason').fill('现场复测：绝缘电阻达标');
  await master.getByTestId('resolve-confirm').click();
  await expect(master.getByTestId('measurement-conflict')).toHaveCount(0);
  await shoot(master, 'review-board-zh');
  await master.getByTestId('sign-off').click();
  await master.getByTestId('pin-check-input').fill(DEMO_JUDGE_PIN);
  await master.getByTestId('pin-check-confirm').click();
  await expect(master.getByTestId('signed-off')).toBeVisible({ timeout: 30_000 });

  // The audit log shows the chief's change with its reason, and every chain verifies.
  await master.getByTestId('tab-audit').click();
  await expect(master.getByTestId('audit-log')).toContainText('现场复测');
  await master.getByTestId('verify-chain').click();
  await expect(master.getByTestId('verify-result')).toContainText('校验通过');

  if (SHOTS) {
    for (const page of [a, b, master]) await page.evaluate(() => localStorage.setItem('jiangxin.language', 'en-US'));
    await a.reload();
    await expect(a.getByTestId('score-grid')).toBeVisible();
    await shoot(a, 'score-grid-en');
    await b.getByTestId('next-judge').click();
    await b.reload();
    await shoot(b, 'judge-sign-in-en');
    await master.goto(`./#/competitions/${COMPETITION_ID}/review`);
    await master.reload(); // a hash change alone does not reload, and the language is read at start
    await expect(master.getByTestId('review-board')).toBeVisible();
    await shoot(master, 'review-board-en');
  }
});
