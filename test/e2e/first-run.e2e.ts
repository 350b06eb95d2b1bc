/**
 * A newcomer's first run: the Get Started walkthrough opens by itself once (fresh profile, the
 * setting at its default), its hover step's button does what it says, and after a reload with
 * the walkthrough closed it does not come back.
 */
import * as assert from 'node:assert/strict';
import { Session, useSession } from './session';

describe('the first run, as a newcomer sees it', function () {
  this.timeout(120000);
  let s: Session;
  useSession('first-run-', (started) => { s = started; }, { 'llmPrimer.welcome.openWalkthrough': true });

  const walkthroughTab = () => s.page.locator('.tabs-container .tab', { hasText: /Get started with LLM Primer|Welcome/ });

  it('opens the walkthrough once, with image media and a title that fits', async () => {
    const title = s.page.locator('.gettingStartedContainer .getting-started-category .category-title, .gettingStartedContainer h2', { hasText: 'Get started with LLM Primer' }).first();
    await title.waitFor({ timeout: 60000 });
    const steps = await s.page.locator('.gettingStartedContainer .getting-started-step .step-title').allInnerTexts();
    assert.ok(steps.some((t) => /Hover a term in your code/.test(t)), steps.join(' | '));
    const description = s.page.locator('.gettingStartedContainer .category-description-container, .gettingStartedContainer .subtitle').first();
    if (await description.count()) assert.doesNotMatch(await description.innerText(), /…$/, 'the description is not cut off');
    const image = s.page.locator('.gettingStartedContainer .getting-started-media img').first();
    await image.waitFor({ timeout: 15000 });
    assert.ok(((await image.boundingBox())?.width ?? 0) > 200, 'the step shows its screenshot');
    await s.shot('first-run-1-walkthrough');
  });

  it('the hover step\'s "Try a Hover" opens model code with a hover showing', async () => {
    await s.page.locator('.gettingStartedContainer .getting-started-step .step-title', { hasText: 'Hover a term in your code' }).click();
    const button = s.page.locator('.gettingStartedContainer').getByRole('button', { name: 'Try a Hover' }).first();
    await button.waitFor({ timeout: 15000 });
    await button.click();
    const hover = s.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: /Softmax/ }).first();
    await hover.waitFor({ timeout: 30000 });
    assert.match(await hover.innerText(), /LLM Primer/);
    await s.shot('first-run-2-try-a-hover');
  });

  it('does not open the walkthrough again after a reload', async () => {
    // The sample is an unsaved buffer: closed without saving, so no dialog stays open.
    await s.runCommand('View: Revert and Close Editor');
    await s.runCommand('View: Close All Editors');
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await s.page.locator('.part.activitybar').waitFor({ timeout: 60000 });
    await s.page.waitForTimeout(8000);
    assert.equal(await s.page.locator('.gettingStartedContainer').count(), 0, 'no walkthrough after the reload');
    assert.equal(await walkthroughTab().count(), 0);
  });
});
