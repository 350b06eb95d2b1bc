import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModelCard, liveFigures } from '../../src/core/models/card';
import { attachLoraBase, detectConfigs, type LoraFound, type ModelConfig } from '../../src/core/models/detect';
import { fieldAt, fieldHover, lensTitle } from '../../src/core/models/explain';
import { isPreset, PRESET_DIAGRAMS } from '../../src/core/models/presets';
import { isReaderState, isWebviewMessage } from '../../src/core/protocol';

const llama = (): ModelConfig => detectConfigs(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'models', 'llama-2-7b.json'), 'utf8'), 'config.json').configs[0] as ModelConfig;
const mistralText = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'models', 'mistral-7b-v0.1.json'), 'utf8');
const loraOn = (base: ModelConfig): LoraFound => {
  const l = detectConfigs('lc = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"])\n', 'ft.py').configs[0] as LoraFound;
  attachLoraBase(l, base, 'models/llama-2-7b/config.json', 'test');
  return l;
};

describe('models: CodeLens and field hovers', () => {
  it('lens titles as the issue states them', () => {
    assert.equal(lensTitle(llama()), '6.74 B parameters · 13.5 GB in bf16 · KV cache 512 KiB/token');
    assert.equal(lensTitle(loraOn(llama())), 'LoRA r=8: 4.19 M trainable (0.06 %)');
    const mixtral = detectConfigs(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'models', 'mixtral-8x7b.json'), 'utf8'), 'config.json').configs[0];
    assert.equal(lensTitle(mixtral), '46.7 B parameters (12.9 B active) · 93.4 GB in bf16 · KV cache 128 KiB/token');
    const est = detectConfigs(JSON.stringify({ model_type: 'mystery', hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, intermediate_size: 11008, vocab_size: 32000 }), 'config.json').configs[0];
    assert.match(lensTitle(est), /^≈ 6\.74 B parameters · ≈ 13\.5 GB in bf16 · KV cache 512 KiB\/token · estimate$/);
    const unknown = detectConfigs('lc = LoraConfig(r=8)\n', 'x.py').configs[0] as LoraFound;
    unknown.baseMissing = 'no model config in this file or the workspace';
    assert.match(lensTitle(unknown), /^LoRA r=8: trainable unknown \(no model config/);
  });
  it('num_key_value_heads 8 with 32 heads: grouped-query attention, 4 per K/V head, cache 4× smaller', () => {
    const r = detectConfigs(mistralText, 'config.json');
    const at = mistralText.indexOf('"num_key_value_heads"') + 3;
    const hit = fieldAt(r.configs, at);
    assert.equal(hit?.field.name, 'num_key_value_heads');
    const h = fieldHover(hit!.config, hit!.field);
    assert.match(h!.text, /8 with 32 heads: grouped-query attention, 4 query heads share each K\/V head, KV cache 4× smaller than multi-head/);
    assert.match(h!.text, /128 KiB per token/);
    assert.equal(h!.concept, 'concept/multi-head-attention');
  });
  it('hovers on other fields say what they do to this model', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'models', 'llama-2-7b.json'), 'utf8');
    const r = detectConfigs(text, 'config.json');
    const hover = (key: string) => { const hit = fieldAt(r.configs, text.indexOf(`"${key}"`) + 2); return fieldHover(hit!.config, hit!.field)!.text; };
    assert.match(hover('vocab_size'), /32000 tokens[\s\S]*131 M parameters[\s\S]*another 131 M/);
    assert.match(hover('num_hidden_layers'), /32 stacked decoder layers of 202 M parameters each/);
    assert.match(hover('intermediate_size'), /three matrices[\s\S]*135 M per layer/);
    assert.match(hover('tie_word_embeddings'), /Not tied/);
    assert.match(hover('max_position_embeddings'), /rotary[\s\S]*2 GiB/);
    assert.equal(fieldAt(r.configs, text.indexOf('"bos_token_id"') + 2) !== undefined, true);
    assert.equal(fieldHover(fieldAt(r.configs, text.indexOf('"bos_token_id"') + 2)!.config, fieldAt(r.configs, text.indexOf('"bos_token_id"') + 2)!.field), undefined, 'no hover for fields that do not change the numbers');
  });
  it('a computed Python value says it is unknown; LoRA fields explain the count', () => {
    const text = 'cfg = GPTConfig(n_layer=n_layer, n_embd=768)\n';
    const r = detectConfigs(text, 'x.py');
    const h = fieldHover(fieldAt(r.configs, text.indexOf('n_layer') + 1)!.config, fieldAt(r.configs, text.indexOf('n_layer') + 1)!.field);
    assert.match(h!.text, /computed, not a literal/);
    const l = loraOn(llama());
    const rf = l.fields.find((f) => f.name === 'r')!;
    assert.match(fieldHover(l, rf)!.text, /4,194,304 \(4\.19 M\) trainable, 0\.06 % of the base model/);
    const tf = l.fields.find((f) => f.name === 'target_modules')!;
    assert.match(fieldHover(l, tf)!.text, /`q_proj` 4,096 → 4,096 × 32: 2\.1 M/);
    assert.match(fieldHover(l, l.fields.find((f) => f.name === 'lora_alpha')!)!.text, /α\/r = 2/);
  });
  it('escapes what the user wrote', () => {
    const text = '{"model_type": "x<img src=1>", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 1, "intermediate_size": 8, "vocab_size": 8}';
    const r = detectConfigs(text, 'config.json');
    const hit = fieldAt(r.configs, text.indexOf('model_type') + 1)!;
    assert.doesNotMatch(fieldHover(hit.config, hit.field)!.text, /[^\\]<img/);
  });
});

describe('models: model card', () => {
  it('renders the breakdown, memory, KV cache, compute and fine-tuning, with concept links and escaped text', () => {
    const card = buildModelCard(llama(), 'models/llama-2-7b/config.json');
    const h = card.view.html;
    assert.match(card.view.id, /^card-[a-z0-9]+$/);
    assert.match(h, /data-testid="total">6,738,415,616</);
    assert.match(h, /data-testid="kv-per-token">512 KiB</);
    assert.match(h, /13\.5 GB/);
    assert.match(h, /data-nav="concept\/inference-loop"/);
    assert.match(h, /data-nav="concept\/compute-and-scale"/);
    assert.match(h, /data-nav="concept\/fine-tuning"/);
    assert.match(h, /data-nav="concept\/multi-head-attention"/);
    assert.match(h, /data-card-input="batch"/);
    assert.match(h, /data-card-input="tokens"/);
    assert.match(h, /PEFT&#39;s defaults \(r = 8 on q_proj, v_proj\): <strong>4,194,304<\/strong>/);
    assert.deepEqual(card.view.diagrams, [...PRESET_DIAGRAMS]);
    const evil = detectConfigs('{"model_type": "<script>alert(1)</script>", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 1, "intermediate_size": 8, "vocab_size": 8}', 'config.json').configs[0];
    const e = buildModelCard(evil, '<b>.json').view.html;
    assert.doesNotMatch(e, /<script>|<b>/);
  });
  it('a LoRA card: trainable, share, per-module table, base model numbers', () => {
    const card = buildModelCard(loraOn(llama()), 'finetune_lora.py');
    assert.match(card.view.html, /data-testid="lora-trainable">4,194,304</);
    assert.match(card.view.html, /data-testid="lora-share">0\.06 %</);
    assert.match(card.view.title, /^LoRA r=8/);
    const ft = card.presets.find((p) => p.diagram === 'fine-tuning');
    assert.deepEqual(ft && { dIn: ft.dIn, dOut: ft.dOut, rank: ft.rank, matrices: ft.matrices, layers: ft.layers, total: ft.total },
      { dIn: 4096, dOut: 4096, rank: 8, matrices: 2, layers: 32, total: 4_194_304 });
  });
  it('nanoGPT has no PEFT default: its card adapts c_attn, as GPT-2’s default does', () => {
    const [c] = detectConfigs('cfg = GPTConfig()\n', 'gpt.py').configs;
    const card = buildModelCard(c, 'gpt.py');
    const ft = card.presets.find((p) => p.diagram === 'fine-tuning');
    // 12 layers × 8 · (768 + 2304)
    assert.equal(ft && ft.total, 294_912);
    assert.match(card.view.html, /r = 8 on c_attn/);
  });
  it('live figures: KV cache for a batch at a context, and 6·N·D', () => {
    const { data } = buildModelCard(llama(), 'c.json').view;
    const f = liveFigures(data, { batch: 8, context: 4096, tokens: 2e12 });
    assert.equal(f.kvTotal, '16 GiB');
    assert.match(f.kvFormula, /512 KiB\/token × 4,096 tokens × batch 8 = 17,179,869,184 B/);
    assert.equal(f.trainFlops, '8.09e22');
  });
  it('presets carry this model’s numbers and are checked', () => {
    const { presets } = buildModelCard(detectConfigs(mistralText, 'config.json').configs[0], 'mistral/config.json');
    const il = presets.find((p) => p.diagram === 'inference-loop');
    assert.deepEqual(il, { diagram: 'inference-loop', name: 'mistral/config.json', layers: 32, kvHeads: 8, headDim: 128, bytes: 2, maxContext: 32768 });
    const mha = presets.find((p) => p.diagram === 'multi-head-attention');
    assert.equal(mha && mha.kvHeads, 8);
    for (const p of presets) assert.ok(isPreset(p, p.diagram));
    assert.equal(isPreset({ diagram: 'inference-loop', name: 'x', layers: -1, kvHeads: 1, headDim: 1, bytes: 2, maxContext: null }, 'inference-loop'), false);
    assert.equal(isPreset({ ...il, diagram: 'fine-tuning' }, 'inference-loop'), false);
    assert.equal(isPreset(null, 'compute-and-scale'), false);
  });
  it('a model card’s saved state names its source document and configuration', () => {
    assert.ok(isReaderState({ id: 'model-card', scrollY: 0, card: { uri: 'file:///w/config.json', config: 'json:0' } }));
    assert.equal(isReaderState({ id: 'model-card', scrollY: 0, card: { uri: 7, config: 'json:0' } }), false);
    assert.equal(isReaderState({ id: 'model-card', scrollY: 0, card: 'x' }), false);
  });
  it('the webview may ask to open a diagram only with a card id and a known diagram', () => {
    assert.ok(isWebviewMessage({ type: 'openDiagram', card: 'card-abc123', diagram: 'inference-loop' }));
    assert.equal(isWebviewMessage({ type: 'openDiagram', card: 'card-abc123', diagram: 'attention' }), false);
    assert.equal(isWebviewMessage({ type: 'openDiagram', card: '../x', diagram: 'inference-loop' }), false);
    assert.equal(isWebviewMessage({ type: 'openDiagram', diagram: 'inference-loop' }), false);
  });
});
