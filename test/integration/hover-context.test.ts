import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateCompanion, hoverText, positionOf, sleep, waitFor, workspaceFile } from './helpers';

const hoverAt = async (doc: vscode.TextDocument, word: string, nth = 0, offset = 2) =>
  hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, word, nth).translate(0, offset)));

async function writeAndSave(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  await doc.save();
}

const LEXER = [
  "import { readFileSync } from 'node:fs';",
  'export class Tokenizer {',
  '  next(): Token { const key = this.src[this.pos]; return { type: key, value: key }; }',
  '}',
  'const tokenizer = new Tokenizer(readFileSync(0, "utf8"));',
].join('\n');

describe('hovers that read the file they are in', () => {
  const cfg = () => vscode.workspace.getConfiguration('llmPrimer');
  const glossaryUri = () => workspaceFile('.vscode/llm-primer-glossary.yaml');

  before(async () => { await activateCompanion(); });
  afterEach(async () => {
    for (const k of ['hover.mode', 'hover.detail', 'hover.ignoredTerms']) await cfg().update(k, undefined, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    try { await vscode.workspace.fs.delete(workspaceFile('.vscode'), { recursive: true }); } catch { /* not created */ }
  });

  it('keeps a JavaScript lexer silent in auto mode, and explains it in always mode (no reload)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: LEXER });
    assert.doesNotMatch(await hoverAt(doc, 'tokenizer = new'), /LLM Primer/);
    await cfg().update('hover.mode', 'always', vscode.ConfigurationTarget.Global);
    await waitFor('always mode', async () => (/LLM Primer/.test(await hoverAt(doc, 'tokenizer = new')) ? true : undefined));
    await cfg().update('hover.mode', 'off', vscode.ConfigurationTarget.Global);
    await sleep(300);
    const model = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    assert.doesNotMatch(await hoverAt(model, 'torch.softmax', 0, 6), /LLM Primer/);
  });

  it('shows the formula of a term as an image, and only the first sentence in compact mode', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    const full = await hoverAt(doc, 'torch.softmax', 0, 6);
    assert.match(full, /!\[[^\]]*\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]{200,}\)/);
    assert.match(full, /Don't explain this word/);
    await cfg().update('hover.detail', 'compact', vscode.ConfigurationTarget.Global);
    await sleep(300);
    const compact = await hoverAt(doc, 'torch.softmax', 0, 6);
    assert.doesNotMatch(compact, /data:image/);
    assert.ok(compact.length < full.length);
  });

  it('stops explaining a word the user silenced, and explains it again after undo', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    await cfg().update('hover.ignoredTerms', ['softmax'], vscode.ConfigurationTarget.Global);
    await sleep(300);
    assert.doesNotMatch(await hoverAt(doc, 'torch.softmax', 0, 6), /Softmax/);
    await cfg().update('hover.ignoredTerms', [], vscode.ConfigurationTarget.Global);
    await sleep(300);
    assert.match(await hoverAt(doc, 'torch.softmax', 0, 6), /Softmax/);
  });

  it('reads a team glossary, reports a bad entry at its line, and keeps the built-in terms', async () => {
    const text = [
      'terms:',
      '  - id: router-margin',
      '    title: Router margin',
      '    aliases: [router_margin]',
      '    definition: Our gap between the top two expert scores; we log it to spot collapse.',
      '    concept: transformer-block',
      '  - id: broken-entry',
      '    title: Broken',
      '    aliases: notalist',
      '    definition: This entry has a bad aliases field.',
    ].join('\n');
    // As a user would: create the file in an editor and save it.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(glossaryUri(), { overwrite: true, contents: new TextEncoder().encode('') });
    await vscode.workspace.applyEdit(edit);
    const glossaryDoc = await vscode.workspace.openTextDocument(glossaryUri());
    await writeAndSave(glossaryDoc, text);
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import torch\nm = router_margin(logits)\ny = torch.softmax(m, -1)\n' });
    await waitFor('team term', async () => (/Router margin/.test(await hoverAt(doc, 'router_margin')) ? true : undefined), 15000);
    const diags = await waitFor('diagnostic', () => { const d = vscode.languages.getDiagnostics(glossaryUri()); return d.length ? d : undefined; });
    assert.equal(diags[0].range.start.line, 8, 'the problem is reported at the aliases line');
    assert.match(diags[0].message, /aliases/);
    assert.match(await hoverAt(doc, 'softmax'), /Softmax/);
    // Broken YAML: a diagnostic, and the built-in glossary still answers.
    await writeAndSave(glossaryDoc, 'terms: [\n  - id: x\n');
    await waitFor('yaml error', () => (vscode.languages.getDiagnostics(glossaryUri()).some((d) => /YAML/.test(d.message)) ? true : undefined), 15000);
    assert.match(await hoverAt(doc, 'softmax'), /Softmax/);
  });

  it('lists the concepts of the active file with counts, and reveals a term\'s occurrences', async () => {
    const api = await activateCompanion();
    await vscode.commands.executeCommand('llmPrimer.concepts.focus');
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    await vscode.window.showTextDocument(doc);
    const groups = await waitFor('concepts view', () => (api.concepts.current.uri?.toString() === doc.uri.toString() && api.concepts.current.groups.length ? api.concepts.current.groups : undefined), 15000);
    const softmax = groups.flatMap((g) => g.terms).find((t) => t.term.id === 'softmax');
    assert.ok(softmax, 'softmax is listed');
    const expected = (doc.getText().match(/softmax/g) ?? []).length;
    assert.equal(softmax.occurrences.length, expected);
    await vscode.commands.executeCommand('llmPrimer.revealTerm', doc.uri, 'softmax');
    const editor = await waitFor('selections', () => (vscode.window.activeTextEditor?.document.uri.toString() === doc.uri.toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.selections.length, expected);
    assert.ok(editor.selections.every((s) => doc.getText(s) === 'softmax'));
  });
});
