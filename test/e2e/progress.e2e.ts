import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Session, SHOTS, useSession } from './session';

describe('reading progress in the library, at the default layout (code-server + Chromium, 1400×900)', function () {
  this.timeout(120000);
  let s: Session;
  // Marking by hand only, so the count below is exactly the chapters marked here.
  useSession('progress-', (started) => { s = started; }, { 'llmPrimer.reader.markReadOnScroll': false });

  const row = (label: RegExp) => s.treeRow(label);

  it('offers to start reading at the top of the library, and Continue Reading opens the first chapter', async () => {
    await s.openLibrary();
    await row(/^Start reading: 1\. /).waitFor({ timeout: 15000 });
    await s.runCommand('LLM Primer: Continue Reading');
    await s.readerTitle(/What Is a Large Language Model/);
  });

  it('shows each volume\'s read state in the side bar\'s default width: a filling circle and the count', async () => {
    for (let i = 0; i < 3; i++) {
      const toggle = s.reader().locator('#read-toggle[aria-pressed="false"]');
      await toggle.click();
      await s.reader().locator('#read-toggle[aria-pressed="true"]').waitFor({ timeout: 10000 });
      await s.runCommand('LLM Primer: Continue Reading');
      await s.reader().locator('#read-toggle[aria-pressed="false"]').waitFor({ timeout: 10000 });
    }
    const vol1 = row(/^Vol\. I — /);
    await vol1.locator('.label-description', { hasText: '3/12' }).waitFor({ timeout: 15000 });
    await row(/^Continue reading: 4\. /).waitFor({ timeout: 15000 });
    // The icon is the pie drawn for 3 of 12 (an eighth step of 2), wholly inside the row.
    const icon = vol1.locator('.custom-view-tree-node-item-icon');
    const image = await icon.evaluate((e) => (e.ownerDocument.defaultView as unknown as { getComputedStyle(x: unknown): { backgroundImage: string } }).getComputedStyle(e).backgroundImage);
    assert.match(image, /pie-2-dark\.svg/, image);
    const [iconBox, rowBox] = [await icon.boundingBox(), await vol1.boundingBox()];
    assert.ok(iconBox && rowBox && iconBox.x >= rowBox.x && iconBox.x + iconBox.width <= rowBox.x + rowBox.width, `icon ${JSON.stringify(iconBox)} in row ${JSON.stringify(rowBox)}`);
    const sidebar = await s.page.locator('.part.sidebar').boundingBox();
    assert.ok(sidebar && sidebar.width < 340, `the default side-bar width (${sidebar?.width})`);
    await s.shot('progress-1-tree-default-width');
    await s.page.locator('.part.sidebar').screenshot({ path: path.join(SHOTS, 'progress-1b-sidebar.png') });
    // A volume with nothing read shows the empty circle (Vol. I folded, so Vol. II is on screen
    // whatever the other views of the side bar take).
    await vol1.locator('.monaco-tl-twistie').click();
    const vol2 = await row(/^Vol\. II — /).locator('.custom-view-tree-node-item-icon').evaluate((e) => (e.ownerDocument.defaultView as unknown as { getComputedStyle(x: unknown): { backgroundImage: string } }).getComputedStyle(e).backgroundImage);
    assert.match(vol2, /pie-0-dark\.svg/, vol2);
  });

  it('gives the exact count in the volume\'s tooltip', async () => {
    await row(/^Vol\. I — /).locator('.label-name').hover();
    const tip = s.page.locator('.monaco-hover:not(.hidden)', { hasText: /3 of 12 pages read/ }).first();
    await tip.waitFor({ timeout: 15000 });
    await s.shot('progress-2-volume-tooltip');
  });

  it('remembers the quiz answers revealed and the reader\'s own grades, with a score line, across a window reload', async () => {
    const title = await s.readerTitle(/Transformer Architecture/);
    const items = s.reader().locator('details.quiz-item');
    const total = await items.count();
    assert.ok(total >= 3, `${total} questions`);
    const score = s.reader().locator('.quiz-score');
    assert.equal(await score.innerText(), `You got 0 of ${total}`);
    await items.nth(0).locator('summary').click();
    await items.nth(0).locator('button[data-grade="got"]').click();
    await items.nth(1).locator('summary').click();
    await items.nth(1).locator('button[data-grade="notYet"]').click();
    await items.nth(2).locator('summary').click();
    assert.equal(await score.innerText(), `You got 1 of ${total} · 1 to revisit`);
    await s.shot('progress-3-quiz');
    await s.page.waitForTimeout(500); // the host stores each answer as it comes
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await s.readerTitle(new RegExp(title.slice(0, 20)), 60000);
    const after = s.reader().locator('details.quiz-item');
    await s.reader().locator('.quiz-score', { hasText: `You got 1 of ${total} · 1 to revisit` }).waitFor({ timeout: 15000 });
    assert.deepEqual(await after.evaluateAll((ds) => ds.map((d) => (d as unknown as { open: boolean }).open)),
      Array.from({ length: total }, (_, i) => i < 3), 'the three revealed answers are open again, the rest closed');
    assert.equal(await after.nth(0).locator('button[data-grade="got"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await after.nth(1).locator('button[data-grade="notYet"]').getAttribute('aria-pressed'), 'true');
    // Pressed again, a grade is taken back.
    await after.nth(1).locator('button[data-grade="notYet"]').click();
    assert.equal(await s.reader().locator('.quiz-score').innerText(), `You got 1 of ${total}`);
    await s.shot('progress-4-quiz-after-reload');
  });

  it('resets progress from a modal warning only when "Reset" is chosen: marks, position and quizzes', async () => {
    const total = await s.reader().locator('details.quiz-item').count();
    const dialog = s.page.locator('.monaco-dialog-box');
    await s.runCommand('LLM Primer: Reset Reading Progress');
    await dialog.waitFor({ timeout: 10000 });
    assert.match(await dialog.innerText(), /Reset your reading progress\?/);
    await s.shot('progress-5-reset-dialog');
    await dialog.locator('.monaco-button', { hasText: /^Cancel$/ }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    await row(/^Continue reading: 4\. /).waitFor({ timeout: 10000 });
    assert.equal(await s.reader().locator('.quiz-score').innerText(), `You got 1 of ${total}`, 'cancelled: the quiz is as it was');

    await s.runCommand('LLM Primer: Reset Reading Progress');
    await dialog.waitFor({ timeout: 10000 });
    await dialog.locator('.monaco-button', { hasText: /^Reset$/ }).click();
    await row(/^Start reading: 1\. /).waitFor({ timeout: 15000 });
    await s.reader().locator('.quiz-score', { hasText: `You got 0 of ${total}` }).waitFor({ timeout: 15000 });
    assert.equal(await s.reader().locator('details.quiz-item[open]').count(), 0, 'every answer hidden again');
    assert.equal(await row(/^Vol\. I — /).locator('.label-description', { hasText: /\/12/ }).count(), 0, 'no count left on Vol. I');
    await s.shot('progress-6-after-reset');
  });

  it('offers Mark as Read on an unread chapter\'s context menu and Mark as Unread on a read one', async () => {
    await s.openLibrary();
    const chapter = row(/^2\. Probability, Tokens/);
    if (!(await chapter.count())) await row(/^Vol\. I — /).locator('.monaco-tl-twistie').click();
    await chapter.waitFor({ timeout: 15000 });
    const menu = s.page.locator('.monaco-menu .action-label');
    const openMenu = async () => {
      await chapter.click({ button: 'right' });
      await menu.first().waitFor({ timeout: 10000 });
      return (await menu.allInnerTexts()).map((l) => l.trim());
    };
    const before = await openMenu();
    assert.ok(before.includes('Mark as Read') && !before.includes('Mark as Unread') && !before.includes('Toggle Read'), before.join(' | '));
    // Chosen by keyboard, as the menu's own items take it: down to the item, then Enter.
    for (let i = 0; i < before.indexOf('Mark as Read') + 1; i++) await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await menu.first().waitFor({ state: 'detached', timeout: 10000 });
    // The row turns into a read one (its check-mark icon) before its menu is asked again.
    await chapter.locator('.codicon-pass-filled').waitFor({ timeout: 10000 });
    const after = await openMenu();
    assert.ok(after.includes('Mark as Unread') && !after.includes('Mark as Read'), after.join(' | '));
    await s.shot('progress-7-context-menu-unread');
    await s.page.keyboard.press('Escape');
  });
});
