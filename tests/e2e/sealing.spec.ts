/**
 * Sealing that holds (二次加密), from the demo workspace: the encryption officer draws and seals the anonymous
 * codes under a passphrase; the master exports a signed package; a judge laptop imports it after confirming the
 * master key's fingerprint, and a sealed module's judge sees codes only while a live module's judge sees running
 * orders only; a forged package is refused with a plain message and nothing written; after sign-off the officer
 * unseals (揭封) with the passphrase.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoTest, expect as baseExpect } from './fixtures';
import { packageChecksum } from '../../shared/competitions/package/packageChecksum';
import { DEMO_JUDGE_PIN, DEMO_SEAL_PASSPHRASE } from '../../shared/demo/data/demoPin';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';

// The machine running the suite may be busy: screens over the whole demo get a generous wait.
const expect = baseExpect.configure({ timeout: 60_000 });
const demo = generateDemoWorkspace();
const modulesOf = (c: (typeof demo.competitions)[number]) => c.rubric.parts.flatMap((p) => p.modules);
// A drawn competition with a live and a sealed module, and one signed off (in review) with a sealed module.
const drawn = demo.competitions.find((c) => c.status === 'drawn' && modulesOf(c).some((m) => m.judging === 'sealed'))!;
const signedOff = demo.competitions.find((c) => c.status === 'review' && modulesOf(c).some((m) => m.judging === 'sealed'))!;
const nameOf = (personId: string) => demo.people.find((p) => p.id === personId)!.name;
const judgeOf = (judging: 'live' | 'sealed') => {
  // A module judged on site (the theory exam, imported, has no judges).
  const moduleId = modulesOf(drawn).find((m) => m.judging === judging && m.items.some((i) => i.kind !== 'imported'))!.id;
  return nameOf(demo.judges.find((j) => j.competitionId === drawn.id && j.role === 'judge' && j.moduleIds.includes(moduleId))!.personId);
};
const entrantNames = (competitionId: string) =>
  demo.entries.filter((e) => e.competitionId === competitionId).flatMap((e) => e.memberIds.map(nameOf));
const PASSPHRASE = '站台门检修比武加密口令';

async function pickFile(page: Page, trigger: () => Promise<void>, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function signIn(laptop: Page, judgeName: string, pin: string, enter = true) {
  if (enter) await laptop.getByTestId('judging-enter').click();
  await laptop.getByRole('combobox', { name: '裁判', exact: true }).click();
  await laptop.getByRole('option', { name: new RegExp(judgeName) }).click();
  await laptop.getByTestId('judge-sign-in-pin').fill(pin);
  await laptop.getByTestId('judge-sign-in').click();
}

/** The subjects of every cell of the judge's score grid: cells are `cell-<subjectRef>-<itemId>`, refs hold no dash. */
async function subjectRefs(laptop: Page): Promise<Set<string>> {
  const ids = await laptop.locator('[data-testid="score-grid"] [data-testid^="cell-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return new Set(ids.map((id) => id.slice('cell-'.length).split('-')[0]!));
}

demoTest('the encryption officer seals, a judge laptop imports the signed package, a forgery is refused, the officer unseals after sign-off', async ({ page, browser, baseURL }) => {
  demoTest.setTimeout(420_000);
  expect(drawn, 'a drawn demo competition with a sealed module').toBeDefined();
  expect(signedOff, 'a demo competition in review with a sealed module').toBeDefined();
  await page.goto('./?demo=auto');
  await expect(page.getByTestId('figure-competitions-value')).toHaveText('83', { timeout: 180_000 });

  // The encryption officer draws the codes in secret and seals them; the warning comes before the passphrase.
  await page.goto(`./?demo=auto#/competitions/${drawn.id}/draw`);
  await expect(page.getByTestId('sealing-summary')).toBeVisible();
  await page.getByTestId('sealing-draw').click();
  await expect(page.getByTestId('seal-warning')).toContainText('无法找回');
  await page.getByTestId('seal-passphrase').fill(PASSPHRASE);
  await page.getByTestId('seal-passphrase-repeat').fill(PASSPHRASE);
  await page.getByTestId('seal-confirm').click();
  await expect(page.getByTestId('sealing-done')).toBeVisible({ timeout: 30_000 });
  const sealedText = await page.getByTestId('draw-sealed-table').innerText();
  const codes = [...new Set([...sealedText.matchAll(/\b[A-HJ-NP-Z]\d{3}\b/g)].map((m) => m[0]))];
  expect(codes.length).toBeGreaterThan(5);
  await page.getByTestId('draw-reseal').click();
  await expect(page.getByTestId('draw-sealed-table')).toHaveCount(0);

  // The signed package, and the master key's fingerprint shown beside it.
  await page.getByTestId('tab-package').click();
  await expect(page.getByTestId('package-fingerprint')).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  const fingerprint = (await page.getByTestId('package-fingerprint').innerText()).trim();
  await expect(page.getByTestId('package-issues')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('package-export').click();
  const packagePath = join(mkdtempSync(join(tmpdir(), 'jx-sealing-')), 'package.jxcomp');
  await (await download).saveAs(packagePath);
  const packageBytes = readFileSync(packagePath);
  const packageText = packageBytes.toString('utf8');
  for (const name of entrantNames(drawn.id)) expect(packageText).not.toContain(name);
  for (const entry of demo.entries.filter((e) => e.competitionId === drawn.id)) expect(packageText).not.toContain(entry.id);

  // The judge laptop: first import shows the fingerprint to confirm, then pins it.
  const context = await browser.newContext({ baseURL });
  const laptop = await context.newPage();
  await laptop.goto('./');
  await laptop.getByTestId('welcome-start-empty').click();
  await laptop.getByTestId('nav-judging').click();
  await pickFile(laptop, () => laptop.getByTestId('judging-import').click(), 'package.jxcomp', packageBytes);
  await expect(laptop.getByTestId('confirm-key-fingerprint')).toHaveText(fingerprint);
  await laptop.getByTestId('confirm-key-accept').click();
  await expect(laptop.getByTestId('judging-message')).toContainText('已导入');
  await expect(laptop.getByTestId('judging-pinned-key')).toContainText(fingerprint);

  // A forged package — a PIN hash replaced and the checksum recomputed — is refused and nothing is written.
  const forged = JSON.parse(packageText) as { judges: { pin: { hash: string } }[]; exportedAt: string };
  forged.judges[0]!.pin.hash = 'a'.repeat(64);
  forged.exportedAt = new Date(Date.parse(forged.exportedAt) + 1000).toISOString();
  const forgedRecord = forged as unknown as Record<string, unknown>;
  forgedRecord.checksum = { algorithm: 'SHA-256', value: await packageChecksum(forgedRecord) };
  await pickFile(laptop, () => laptop.getByTestId('judging-import').click(), 'forged.jxcomp', Buffer.from(JSON.stringify(forged)));
  await expect(laptop.getByTestId('judging-message')).toContainText('签名不成立');
  await expect(laptop.getByTestId('judging-message')).toContainText('没有导入');
  await expect(laptop.getByTestId('judging-package')).toHaveCount(1);
  await expect(laptop.getByTestId('confirm-key-dialog')).toHaveCount(0);

  // A sealed module's judge sees the codes only; a live module's judge sees orders and stations only.
  await signIn(laptop, judgeOf('sealed'), DEMO_JUDGE_PIN);
  await expect(laptop.getByTestId('judge-mode')).toBeVisible();
  await expect(laptop.getByTestId('score-workspace')).toBeVisible();
  const sealedRefs = await subjectRefs(laptop);
  const takingPart = demo.entries.filter((e) => e.competitionId === drawn.id && (e.status === 'registered' || e.status === 'checked_in')).length;
  expect(sealedRefs.size).toBe(takingPart);
  for (const code of codes) expect(sealedRefs).toContain(code);
  for (const ref of sealedRefs) expect(ref).not.toMatch(/^order:/);
  const body = await laptop.locator('body').innerText();
  for (const name of entrantNames(drawn.id)) expect(body).not.toContain(name);
  // The laptop is shared: the next judge signs in without leaving judge mode.
  await laptop.getByTestId('next-judge').click();
  await signIn(laptop, judgeOf('live'), DEMO_JUDGE_PIN, false);
  await expect(laptop.getByTestId('score-workspace')).toBeVisible();
  const liveRefs = await subjectRefs(laptop);
  expect(liveRefs.size).toBeGreaterThan(0);
  for (const ref of liveRefs) expect(ref).toMatch(/^order:\d+$/);
  const liveBody = await laptop.locator('body').innerText();
  for (const code of codes) expect(liveBody).not.toContain(code);
  await context.close();

  // After sign-off, the officer unseals with the passphrase; a wrong one opens nothing.
  await page.goto(`./?demo=auto#/competitions/${signedOff.id}/draw`);
  await page.getByTestId('draw-unseal').click();
  await page.getByTestId('draw-passphrase').fill('不是这个口令不是这个口令');
  await page.getByTestId('draw-unseal-submit').click();
  await expect(page.getByTestId('draw-unseal-error')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('draw-passphrase').fill(DEMO_SEAL_PASSPHRASE);
  await page.getByTestId('draw-unseal-submit').click();
  await expect(page.getByTestId('draw-sealed-table')).toBeVisible({ timeout: 30_000 });
  const unsealed = await page.getByTestId('draw-sealed-table').innerText();
  expect(entrantNames(signedOff.id).some((name) => unsealed.includes(name))).toBe(true);
});
