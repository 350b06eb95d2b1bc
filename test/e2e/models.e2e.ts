import * as assert from 'node:assert/strict';
import { Session, useSession } from './session';

describe('Model configs in numbers, used as a person would (code-server + Chromium)', function () {
  this.timeout(120000);
  let s: Session;
  useSession('models-', (started) => { s = started; });

  const quickOpen = (rel: string) => s.quickOpen(rel);
  const lens = (text: RegExp) => s.page.locator('.monaco-editor .codelens-decoration a', { hasText: text }).first();

  it('shows the numbers above the demo config.json and opens its model card', async () => {
    await quickOpen('models/llama-2-7b/config.json');
    const l = lens(/6\.74 B parameters · 13\.5 GB in bf16 · KV cache 512 KiB\/token · Open model card/);
    await l.waitFor({ timeout: 30000 });
    await s.shot('models-1-codelens');
    const hover = await s.hoverWord('num_key_value_heads', /multi-head attention/);
    assert.match(await hover.innerText(), /Open model card/);
    await s.shot('models-1b-field-hover');
    await s.page.mouse.move(5, 5);
    await s.page.keyboard.press('Escape');
    await l.click();
    await s.readerTitle(/^Llama · models\/llama-2-7b\/config\.json$/);
    await s.shot('models-2a-model-card-top');
    const r = s.reader();
    assert.equal(await r.locator('[data-testid="total"]').innerText(), '6,738,415,616');
    assert.equal(await r.locator('[data-testid="kv-per-token"]').innerText(), '512 KiB');
    // The batch-size control recomputes the KV cache at the max context (4,096 tokens).
    const batch = r.locator('input[data-card-input="batch"]');
    await batch.fill('8');
    await r.locator('output[data-card-out="kv-total"]', { hasText: '16 GiB' }).waitFor({ timeout: 5000 });
    const tokens = r.locator('input[data-card-input="tokens"]');
    await tokens.fill('2000000000000');
    await r.locator('output[data-card-out="train-flops"]', { hasText: '8.09e22' }).waitFor({ timeout: 5000 });
    await s.shot('models-2-model-card');
    // A window reload brings the card back, built again from the config.json.
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await s.readerTitle(/^Llama · models\/llama-2-7b\/config\.json$/, 60000);
    assert.equal(await s.reader().locator('[data-testid="total"]').innerText(), '6,738,415,616');
  });

  it('opens the Inference Loop diagram with this model’s numbers as a preset', async () => {
    await s.reader().locator('button[data-diagram="inference-loop"]').click();
    await s.readerTitle(/^The Inference Loop$/);
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    assert.match(await s.reader().locator('[data-testid="preset"]').innerText(), /models\/llama-2-7b\/config\.json \(32 layers, 32 KV heads, head_dim 128, context 4,096\)/);
    assert.match(await host.locator('[data-testid="per-token"]').textContent() ?? '', /524,288 B/);
    await s.shot('models-3-inference-loop-preset');
  });

  it('a LoRA script: its lens counts the adapters on the workspace’s Llama, and Fine-tuning opens with them', async () => {
    await quickOpen('finetune_lora.py');
    const l = lens(/LoRA r=8: 4\.19 M trainable \(0\.06 %\) · Open model card/);
    await l.waitFor({ timeout: 30000 });
    await l.click();
    await s.readerTitle(/^LoRA r=8 · finetune_lora\.py$/);
    assert.equal(await s.reader().locator('[data-testid="lora-trainable"]').innerText(), '4,194,304');
    await s.shot('models-4-lora-card');
    await s.reader().locator('button[data-diagram="fine-tuning"]').click();
    await s.readerTitle(/^Fine-tuning & Instruction Tuning$/);
    await s.reader().locator('figure.diagram-host[data-ready="true"]').waitFor({ timeout: 20000 });
    assert.match(await s.reader().locator('[data-testid="preset"]').innerText(), /r = 8; q_proj 4096→4096 ×32, v_proj 4096→4096 ×32; 4,194,304 trainable in all/);
    await s.shot('models-5-fine-tuning-preset');
  });

  it('a Python GPTConfig: Multi-Head Attention and Compute & Scale presets', async () => {
    await quickOpen('gpt_config.py');
    const l = lens(/^124 M parameters/);
    await l.waitFor({ timeout: 30000 });
    await l.click();
    await s.readerTitle(/^nanoGPT · gpt_config\.py · GPTConfig$/);
    await s.reader().locator('button[data-diagram="multi-head-attention"]').click();
    await s.readerTitle(/^Multi-Head Attention$/);
    await s.reader().locator('figure.diagram-host[data-ready="true"]').waitFor({ timeout: 20000 });
    assert.equal(await s.reader().locator('[data-testid="preset-head"]').count(), 12);
    await s.shot('models-6-multi-head-preset');
    await quickOpen('gpt_config.py');
    await l.waitFor({ timeout: 30000 });
    await l.click();
    await s.readerTitle(/^nanoGPT · gpt_config\.py · GPTConfig$/);
    await s.reader().locator('button[data-diagram="compute-and-scale"]').click();
    await s.readerTitle(/^Compute & Scale$/);
    await s.reader().locator('[data-testid="preset-model"]').waitFor({ timeout: 20000 });
    assert.match(await s.reader().locator('[data-testid="preset"]').innerText(), /N = 124M parameters, D = 2\.5B tokens/);
    await s.shot('models-7-compute-preset');
  });
});
