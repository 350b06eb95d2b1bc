import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension's manifest, from the installed extension's folder. */
function manifest(): { contributes: { keybindings: { command: string; key: string; mac?: string }[] } } {
  const ext = vscode.extensions.getExtension('llm-primer.llm-primer-companion')!;
  return JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
}

/** VS Code's own default keybindings for this platform, as "Open Default Keyboard Shortcuts (JSON)" shows them. */
async function defaultKeys(): Promise<Map<string, string[]>> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  const out = new Map<string, string[]>();
  for (const m of doc.getText().matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)) {
    // The list holds the installed extensions' shortcuts too: ours are what is checked.
    if (m[2].startsWith('llmPrimer.')) continue;
    const list = out.get(m[1]) ?? [];
    list.push(m[2]);
    out.set(m[1], list);
  }
  return out;
}

describe('keyboard shortcuts', () => {
  it('takes none of VS Code\'s default shortcuts, and no Ctrl+Alt+letter (AltGr on many layouts)', async () => {
    const defaults = await defaultKeys();
    assert.ok(defaults.size > 300, `read VS Code's defaults (${defaults.size} keys)`);
    const problems: string[] = [];
    for (const k of manifest().contributes.keybindings) {
      const key = k.key.toLowerCase();
      // Alt+←/→ are Back/Forward only inside the reader, where VS Code's own Go Back has no place.
      if (k.command === 'llmPrimer.back' || k.command === 'llmPrimer.forward') continue;
      const taken = defaults.get(key);
      if (taken) problems.push(`${k.command} on ${key} is also ${taken.join(', ')}`);
      if (/(^|\s)ctrl\+alt\+[a-z0-9]$/.test(key)) problems.push(`${k.command}: ${key} is AltGr+${key.slice(-1)} on many keyboard layouts`);
    }
    assert.deepEqual(problems, []);
  });
});
