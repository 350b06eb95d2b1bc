import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/catalog/types';
import type { TeamLinks } from '../../core/terms/teamGlossary';
import type { Services } from '../services';

const NAMES = ['llm-primer-glossary.yaml', 'llm-primer-glossary.yml', 'llm-primer-glossary.json'];

/**
 * The team glossary of each workspace folder (`.vscode/llm-primer-glossary.yaml|.yml|.json`),
 * read through workspace.fs (so vscode.dev works), reloaded when it is saved, created or
 * deleted. Problems go to the Problems view at their lines; a broken entry is left out and the
 * built-in glossary keeps working.
 */
export function registerTeamGlossary(s: Services): vscode.Disposable {
  const diagnostics = vscode.languages.createDiagnosticCollection('llmPrimer.teamGlossary');
  let generation = 0;

  const reload = async () => {
    const gen = ++generation;
    const lib = await s.store.get();
    if (!lib || gen !== generation) return;
    const builtIn = new Map(lib.catalog.terms.map((t) => [t.id, t]));
    const parts = new Map<string, string>();
    for (const t of lib.catalog.terms) if (t.concept && t.part) parts.set(t.concept, t.part);
    const links: TeamLinks = { builtIn, isPage: (id) => lib.has(id), conceptPart: (slug) => parts.get(slug) };
    const terms: GlossaryTerm[] = [];
    const seen = new Set<string>();
    diagnostics.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const name of NAMES) {
        const uri = vscode.Uri.joinPath(folder.uri, '.vscode', name);
        let text: string;
        try { text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)); } catch { continue; }
        // The YAML parser is a third of the extension's code: loaded when a team glossary exists,
        // not at every activation.
        const { parseTeamGlossary } = await import('../../core/terms/teamGlossary');
        if (gen !== generation) return;
        const { terms: found, problems } = parseTeamGlossary(text, links, vscode.l10n);
        for (const t of found) if (!seen.has(t.id)) { seen.add(t.id); terms.push(t); }
        diagnostics.set(uri, problems.map((p) => {
          const line = Math.max(0, p.line - 1);
          const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 200), p.message, vscode.DiagnosticSeverity.Warning);
          d.source = vscode.l10n.t('LLM Primer glossary');
          return d;
        }));
        s.log.info(`team glossary ${uri.toString()}: ${found.length} term(s), ${problems.length} problem(s)`);
      }
    }
    s.terms.setTeamTerms(terms);
  };

  const schedule = () => void reload().catch((e) => s.log.warn(`team glossary: ${e instanceof Error ? e.message : String(e)}`));
  const watcher = vscode.workspace.createFileSystemWatcher('**/.vscode/llm-primer-glossary.{yaml,yml,json}');
  schedule();
  return vscode.Disposable.from(
    diagnostics, watcher,
    watcher.onDidChange(schedule), watcher.onDidCreate(schedule), watcher.onDidDelete(schedule),
    vscode.workspace.onDidSaveTextDocument((d) => { if (NAMES.some((n) => d.uri.path.endsWith(`/.vscode/${n}`))) schedule(); }),
    vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    s.store.onDidChange(schedule),
  );
}
