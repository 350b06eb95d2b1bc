import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateCompanion, hoverText, positionOf, sleep, waitFor, workspaceFile } from './helpers';

const lensTitles = async (uri: vscode.Uri): Promise<string[]> =>
  ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((l) => l.command?.title ?? '');
const hoverAt = async (doc: vscode.TextDocument, pos: vscode.Position) =>
  hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));

describe('models: configurations in numbers', () => {
  before(async () => { await activateCompanion(); });

  it('CodeLens above a config.json: parameters, bf16 memory, KV cache per token', async () => {
    const uri = workspaceFile('models/llama-2-7b/config.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const titles = await waitFor('a CodeLens', async () => { const t = await lensTitles(uri); return t.length ? t : undefined; });
    assert.deepEqual(titles, ['6.74 B parameters · 13.5 GB in bf16 · KV cache 512 KiB/token · Open model card']);
  });

  it('a hover on a field says what its value does to this model', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('models/llama-2-7b/config.json'));
    const kv = await hoverAt(doc, positionOf(doc, '"num_key_value_heads"').translate(0, 3));
    assert.match(kv, /32 with 32 heads: multi-head attention/);
    assert.match(kv, /512 KiB per token/);
    assert.match(kv, /command:llmPrimer\.openModelCard/);
    const vocab = await hoverAt(doc, positionOf(doc, '"vocab_size"').translate(0, 3));
    assert.match(vocab, /32000 tokens in the vocabulary/);
  });

  it('opens the model card of a config.json in the reader', async () => {
    const api = await activateCompanion();
    const uri = workspaceFile('models/llama-2-7b/config.json');
    const lens = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri))[0];
    assert.equal(lens.command?.command, 'llmPrimer.openModelCard');
    assert.equal(await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? [])), true);
    assert.match(api.reader.currentCardId ?? '', /^card-/);
    await waitFor('the reader tab titled after the model', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.startsWith('Llama · models/llama-2-7b')));
  });

  it('a Python config: nanoGPT GPTConfig and a call that overrides it, with a field hover and a card', async () => {
    const api = await activateCompanion();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('gpt_config.py'));
    await vscode.window.showTextDocument(doc);
    const titles = await waitFor('CodeLenses', async () => { const t = await lensTitles(doc.uri); return t.length >= 2 ? t : undefined; });
    assert.equal(titles[0], '124 M parameters · 249 MB in bf16 · KV cache 36 KiB/token · Open model card');
    assert.match(titles[1], /^10\.7 M parameters/);
    const h = await hoverAt(doc, positionOf(doc, 'n_head: int').translate(0, 2));
    assert.match(h, /12 attention heads of head\\?_dim 64/);
    const before = api.reader.currentCardId;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.openModelCard', ...(lenses[1].command?.arguments ?? [])), true);
    assert.notEqual(api.reader.currentCardId, before);
  });

  it('a LoraConfig takes its base model from the workspace (from_pretrained names demo/models/llama-2-7b)', async () => {
    const api = await activateCompanion();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('finetune_lora.py'));
    await vscode.window.showTextDocument(doc);
    const titles = await waitFor('a LoRA CodeLens', async () => { const t = await lensTitles(doc.uri); return t.length ? t : undefined; });
    assert.deepEqual(titles, ['LoRA r=8: 4.19 M trainable (0.06 %) · Open model card']);
    const r = await hoverAt(doc, positionOf(doc, 'r=8'));
    assert.match(r, /4,194,304 \(4\.19 M\) trainable/);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(positionOf(doc, 'lora_alpha'), positionOf(doc, 'lora_alpha')) });
    assert.equal(await vscode.commands.executeCommand('llmPrimer.openModelCard'), true, 'from the palette, at the cursor');
    assert.match(api.reader.currentCardId ?? '', /^card-/);
  });

  it('an untitled JSON buffer: CodeLens, updates on change, one quiet diagnostic when malformed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: '{\n  "model_type": "gpt2",\n  "n_layer": 12\n}\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const first = await waitFor('a CodeLens', async () => { const t = await lensTitles(doc.uri); return t.length ? t : undefined; });
    assert.equal(first[0], '124 M parameters · 249 MB in bf16 · KV cache 36 KiB/token · Open model card');
    const at = doc.positionAt(doc.getText().indexOf('12'));
    await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 2)), '24'));
    const second = await waitFor('the lens to follow the edit', async () => { const t = await lensTitles(doc.uri); return t[0] && !t[0].startsWith('124 M') ? t : undefined; });
    assert.match(second[0], /^209 M parameters/);
    const bad = '"oops": tru, ';
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().indexOf('"n_layer"')), bad));
    const diags = await waitFor('a diagnostic', () => { const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'LLM Primer'); return d.length ? d : undefined; });
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(diags[0].message, /not valid JSON/);
    const from = doc.getText().indexOf(bad);
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(from), doc.positionAt(from + bad.length))));
    await sleep(800);
    assert.equal(vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'LLM Primer').length, 0, 'fixed: the diagnostic goes away');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('notebook cells: a GPTConfig in one cell is the base model of a LoraConfig in another', async () => {
    const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'cfg = GPTConfig(n_layer=6, n_head=6, n_embd=384)', 'python'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'lc = LoraConfig(r=4, target_modules=["c_attn"])', 'python'),
    ]));
    await vscode.window.showNotebookDocument(nb);
    const [model, lora] = nb.getCells().map((c) => c.document);
    const m = await waitFor('a lens on the model cell', async () => { const t = await lensTitles(model.uri); return t.length ? t : undefined; });
    assert.match(m[0], /^30\.4 M parameters/);
    // 6 layers × 4 · (384 + 1152) = 36,864 of 30,357,504
    const l = await waitFor('a lens on the LoRA cell', async () => { const t = await lensTitles(lora.uri); return t.length ? t : undefined; });
    assert.deepEqual(l, ['LoRA r=4: 36.9 K trainable (0.12 %) · Open model card']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('notebook cells: a from_pretrained path in an earlier cell names the workspace config', async () => {
    const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'model = AutoModelForCausalLM.from_pretrained("models/llama-2-7b")', 'python'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'lc = LoraConfig(r=8, target_modules=["q_proj", "v_proj"])', 'python'),
    ]));
    await vscode.window.showNotebookDocument(nb);
    const lora = nb.cellAt(1).document;
    const l = await waitFor('a lens on the LoRA cell', async () => { const t = await lensTitles(lora.uri); return t.length ? t : undefined; });
    assert.deepEqual(l, ['LoRA r=8: 4.19 M trainable (0.06 %) · Open model card']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an unrelated JSON file gets no lens and no diagnostic', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: '{"editor.tabSize": 2,' });
    await sleep(500);
    assert.deepEqual(await lensTitles(doc.uri), []);
    assert.equal(vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'LLM Primer').length, 0);
  });
});
