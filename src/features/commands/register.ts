import * as vscode from 'vscode';
import { searchPages } from '../../core/catalog/search';
import { PAGE_ICONS } from '../library/icons';
import { explainSettings, termAt } from '../hover/termAt';
import type { PageMeta as Page } from '../../core/catalog/types';
import type { ReaderApi } from '../reader/register';
import type { Services } from '../services';
import { SearchIndex, searchPick } from './searchPick';


/** Resolve a command argument: a page id, or a tree element (also an id), or undefined. */
const idArg = (x: unknown): string | undefined => (typeof x === 'string' && x.length < 120 ? x : undefined);

/** The palette commands: open, search, diagrams, original post, read state, explain term, reload. */
export function registerCommands(s: Services, reader: ReaderApi, library: vscode.TreeView<string>): vscode.Disposable {
  type Item = vscode.QuickPickItem & { id: string };
  const toItem = (p: Page, read: ReadonlySet<string>): Item => ({
    id: p.id,
    label: `$(${read.has(p.id) ? 'pass-filled' : PAGE_ICONS[p.kind]}) ${p.label}`,
    description: p.parent ? s.store.peek()?.page(p.parent)?.label : undefined,
    detail: p.summary,
    alwaysShow: true,
  });

  /**
   * A quick pick ranked by the library's own search (titles first, then summaries and topics
   * such as "kv cache"), so a page is found by what it covers, not only by its title.
   */
  const pick = (pages: Page[], placeHolder: string) => new Promise<string | undefined>((resolve) => {
    const qp = vscode.window.createQuickPick<Item>();
    const read = s.progress.read;
    qp.placeholder = placeHolder;
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    const update = () => { qp.items = searchPages(pages, qp.value, 200).map((p) => toItem(p, read)); };
    update();
    let chosen: string | undefined;
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => { chosen = qp.selectedItems[0]?.id; qp.hide(); });
    qp.onDidHide(() => { qp.dispose(); resolve(chosen); });
    qp.show();
  });

  const searchIndex = new SearchIndex(s);

  /** The page given, else the page of the active reader panel (title-bar actions pass no id). */
  const currentOr = (x: unknown) => idArg(x) ?? reader.activePageId;

  return vscode.Disposable.from(
    vscode.commands.registerCommand('llmPrimer.open', async (id: unknown, anchor: unknown) => {
      const target = idArg(id);
      if (!target) return false;
      return reader.open(target, { anchor: idArg(anchor) });
    }),
    vscode.commands.registerCommand('llmPrimer.openToSide', async (id: unknown) => {
      const target = currentOr(id);
      return target ? reader.open(target, { toSide: true }) : false;
    }),
    vscode.commands.registerCommand('llmPrimer.search', async () => {
      const lib = await s.store.get();
      if (!lib) return;
      const chosen = await searchPick(s, searchIndex, lib);
      // A page chosen from the palette is there to be read: the reader takes the focus.
      if (chosen) await reader.open(chosen.id, { anchor: chosen.anchor, toSide: chosen.toSide, focus: true });
    }),
    vscode.commands.registerCommand('llmPrimer.openConceptDiagram', async (slug: unknown) => {
      const lib = await s.store.get();
      if (!lib) return;
      const given = idArg(slug);
      if (given) return reader.open(given.startsWith('concept/') ? given : `concept/${given}`);
      const id = await pick(lib.pagesOfKind('concept'), vscode.l10n.t('Open a concept diagram'));
      return id ? reader.open(id, { focus: true }) : undefined;
    }),
    vscode.commands.registerCommand('llmPrimer.openOriginal', async (id: unknown) => {
      const lib = await s.store.get();
      const target = currentOr(id);
      const source = target ? lib?.page(target)?.source : undefined;
      if (!source) {
        void vscode.window.showInformationMessage(vscode.l10n.t('LLM Primer: no link to an original post is known for this page.'));
        return;
      }
      await vscode.env.openExternal(vscode.Uri.parse(source));
    }),
    vscode.commands.registerCommand('llmPrimer.toggleRead', async (id: unknown) => {
      const target = currentOr(id);
      const lib = await s.store.get();
      if (target && lib?.page(target)?.readable) await s.progress.toggle(target);
    }),
    vscode.commands.registerCommand('llmPrimer.explainTerm', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const found = await termAt(s.terms, explainSettings(s.settings.current), editor.document, editor.selection.active);
      if (!found) {
        // A miss is worth a word, not a notification to dismiss.
        vscode.window.setStatusBarMessage(vscode.l10n.t('LLM Primer: no LLM term found at the cursor.'), 4000);
        return;
      }
      const { set, hit } = found;
      const { concept } = set.lib.termTargets(hit.term);
      await reader.open(concept?.id ?? 'glossary', { anchor: concept ? undefined : `term-${hit.term.id}`, toSide: false });
    }),
    vscode.commands.registerCommand('llmPrimer.revealInLibrary', async (x: unknown) => {
      const id = currentOr(x);
      if (!id) return;
      await vscode.commands.executeCommand('workbench.view.extension.llmPrimer');
      await Promise.resolve(library.reveal(id, { select: true, focus: true, expand: true })).catch(() => undefined);
    }),
    vscode.commands.registerCommand('llmPrimer.reload', async () => {
      await s.store.reload();
    }),
  );
}
