/**
 * Nothing lost, nobody in where they do not belong (issue #12), as a user meets it: hostile roster files are
 * refused with a plain reason while the window keeps answering, and a backup saved from Settings brings the
 * workspace back after a change.
 */
import { zipSync } from 'fflate';
import { expect as baseExpect, test, type Page } from '@playwright/test';

/**
 * This machine is shared by eight agents on two cores (load average above 30 while this was written): IndexedDB
 * steps that take a second on an idle laptop have taken tens of seconds, so waits are long. They end as soon
 * as the screen shows what is expected.
 */
const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Both flows start from an empty workspace (the first-run choice), not the demo: generating and storing the
 * demo's 6,000 records has taken over 40 s on the shared 2-core machine under load, and neither flow needs it.
 */
async function startEmpty(page: Page) {
  await page.goto('./');
  await page.getByTestId('welcome-start-empty').click();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
}

/**
 * The longest the page's main thread was blocked while `action` ran: a timer inside the page ticks every 50 ms
 * and records the largest gap (measured in the page, so the test runner's own delays do not count).
 */
async function longestBlockMs(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __timer: number };
    let last = performance.now();
    w.__gap = 0;
    w.__timer = window.setInterval(() => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - last);
      last = now;
    }, 50);
  });
  await action();
  return page.evaluate(() => {
    const w = window as unknown as { __gap: number; __timer: number };
    window.clearInterval(w.__timer);
    return w.__gap;
  });
}

async function pickFile(page: Page, trigger: () => Promise<void>, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** An xlsx-looking zip whose one sheet inflates to 120 MB of zeros (about 120 KB on disk). */
function zipBomb(): Buffer {
  const sheet = new Uint8Array(120 * 1024 * 1024);
  return Buffer.from(zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/worksheets/sheet1.xml': [sheet, { level: 9 }] }));
}

async function newCompetition(page: Page, name: string) {
  await page.getByTestId('nav-competitions').click();
  await page.getByTestId('new-competition').click();
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-trade').fill('信号工');
  await page.getByTestId('create-competition').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByTestId('tab-roster').click();
}

test('hostile roster files are refused with a clear reason and the window stays responsive', async ({ page }) => {
  test.setTimeout(400_000);
  await startEmpty(page);
  await newCompetition(page, '安全测试竞赛');
  const importButton = () => page.getByTestId('roster-import').click();

  // A zip bomb: refused from its central directory before anything inflates, in the import worker, so the
  // window keeps answering.
  const bomb = zipBomb();
  const blocked = await longestBlockMs(page, async () => {
    await pickFile(page, importButton, '名单.xlsx', bomb);
    await expect(page.getByTestId('roster-file-error')).toContainText('拒绝', { timeout: 30_000 });
  });
  console.info(`longest main-thread block while the zip bomb was refused: ${Math.round(blocked)} ms`);
  // Refusing the bomb takes milliseconds in the worker; the bound leaves room for the loaded machine's scheduling.
  expect(blocked).toBeLessThan(5_000);

  // An oversize file: refused by its size before it is read.
  await pickFile(page, importButton, '大名单.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
  await expect(page.getByTestId('roster-file-error')).toContainText('太大');

  // A formula-laden roster: every formula-like cell is a bad row, nothing is written.
  const csv = ['姓名,工号,部门', '=HYPERLINK("http://x"),F001,', '+cmd|\' /C calc\'!A0,F002,', '@SUM(1+1),F003,', '＝1+1,F004,', '="=1+2",F005,', '张安全,F006,'].join('\n');
  await pickFile(page, importButton, '公式名单.csv', Buffer.from(csv, 'utf8'));
  // Five formula-like rows, and the plain row lacks a department in this empty workspace: six bad rows.
  await expect(page.getByTestId('roster-preview-bad-count')).toContainText('6');
  await expect(page.getByTestId('roster-preview')).toContainText('公式');
  await page.getByTestId('roster-preview').getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('roster-table').getByRole('row')).toHaveCount(0);
});

/**
 * A copy of the zip with one byte of an entry's stored data changed. (A byte picked blindly, such as the middle
 * one, can land in a local header's timestamp, which the backup legitimately does not check.)
 */
function damageEntry(zip: Buffer, name: string): Buffer {
  const damaged = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  for (let at = damaged.indexOf(signature); at >= 0; at = damaged.indexOf(signature, at + 4)) {
    const nameLength = damaged.readUInt16LE(at + 26);
    const extraLength = damaged.readUInt16LE(at + 28);
    if (damaged.toString('utf8', at + 30, at + 30 + nameLength) !== name) continue;
    const data = at + 30 + nameLength + extraLength;
    damaged[data] = damaged[data]! ^ 0xff;
    return damaged;
  }
  throw new Error(`no entry ${name} in the backup`);
}

test('a backup is made, the data changed, and the backup restored', async ({ page }) => {
  test.setTimeout(400_000);
  await page.addInitScript(() => localStorage.setItem('jiangxin.language', 'en-US'));
  await startEmpty(page);
  await newCompetition(page, 'Kept in the backup');

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('storage-persistence')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-save').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^jiangxin-\d{4}-\d{2}-\d{2}\.jxbak$/);
  const backup = Buffer.from(await (await saved.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[])));

  await newCompetition(page, 'Changed after the backup');
  await page.getByTestId('nav-competitions').click();
  await expect(page.getByText('Changed after the backup')).toBeVisible();

  // A damaged copy is refused and changes nothing.
  await page.getByTestId('nav-settings').click();
  const damaged = damageEntry(backup, 'tables/competitions.json');
  await pickFile(page, () => page.getByTestId('backup-restore-file').click(), 'damaged.jxbak', damaged);
  await expect(page.getByTestId('backup-notice')).toContainText('Nothing was restored');

  await pickFile(page, () => page.getByTestId('backup-restore-file').click(), saved.suggestedFilename(), backup);
  await expect(page.getByTestId('restore-confirm-body')).toContainText('will be replaced');
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('backup-notice')).toContainText('restored');
  await expect(page.getByTestId('auto-backups')).toContainText('Before a restore');

  await page.getByTestId('nav-competitions').click();
  await expect(page.getByText('Kept in the backup')).toBeVisible();
  await expect(page.getByText('Changed after the backup')).toHaveCount(0);
});
