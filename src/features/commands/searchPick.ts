import * as vscode from 'vscode';
import { glossaryId } from '../../core/catalog/ids';
import { pageDoc, pageText, searchLibrary, termDoc, type SearchDoc, type SearchHit, type SearchKind } from '../../core/catalog/search';
import type { Library } from '../../core/catalog/library';
import { PAGE_ICONS } from '../library/icons';
import type { Services } from '../services';

/** Where a chosen result goes, and whether to open it beside the reader. */
export interface SearchChoice { id: string; anchor?: string; toSide: boolean }

type Item = vscode.QuickPickItem & { choice?: { id: string; anchor?: string } };

const ICONS: Record<SearchKind, string> = { ...PAGE_ICONS, term: 'symbol-key' };

/** Text shown with `supportIcons`: a literal `$(` must not turn into an icon. */
const iconSafe = (s: string): string => s.replace(/\$\(/g, '\\$(');

const kindName = (kind: SearchKind): string => ({
  volume: vscode.l10n.t('Volume'), chapter: vscode.l10n.t('Chapter'), concept: vscode.l10n.t('Concept'),
  guide: vscode.l10n.t('Guide'), 'guide-section': vscode.l10n.t('Guide section'), glossary: vscode.l10n.t('Glossary'),
  group: vscode.l10n.t('Concepts'), term: vscode.l10n.t('Glossary term'),
}[kind]);

const fieldName = (hit: SearchHit): string | undefined => ({
  title: undefined, alias: vscode.l10n.t('matched an alias'), summary: vscode.l10n.t('matched the summary'), body: vscode.l10n.t('matched the text'),
}[hit.field]);

/**
 * The documents searched: every page but the tree's groups, with its text once it has been read,
 * and every glossary term of the library. Page text is read once per library, in the background.
 */
export class SearchIndex {
  private docs: SearchDoc[] | undefined;
  private bodies: Promise<void> | undefined;
  private forLib: Library | undefined;

  constructor(private readonly s: Services) {}

  get(lib: Library): SearchDoc[] {
    if (this.forLib !== lib) { this.forLib = lib; this.docs = undefined; this.bodies = undefined; }
    this.docs ??= [...lib.allPages().filter((p) => p.kind !== 'group').map((p) => pageDoc(p)), ...lib.catalog.terms.map(termDoc)];
    return this.docs;
  }

  /** Resolves when the pages' text is in the index (a page that cannot be read is searched without it). */
  withBodies(lib: Library): Promise<void> {
    const docs = this.get(lib);
    this.bodies ??= (async () => {
      for (const doc of docs) {
        if (doc.kind === 'term') continue;
        const html = await this.s.store.html(doc.id);
        if (html) doc.body = pageText(html);
      }
    })();
    return this.bodies;
  }
}

/**
 * The library search as a quick pick: titles, aliases, summaries and page text, best first,
 * with the kind of each result in its description. An empty result says what was searched and
 * offers the glossary.
 */
export function searchPick(s: Services, index: SearchIndex, lib: Library): Promise<SearchChoice | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<Item>();
    const read = s.progress.read;
    const toSide: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('split-horizontal'), tooltip: vscode.l10n.t('Open to the Side') };
    qp.placeholder = vscode.l10n.t('Search chapters, concepts, guide sections and glossary terms');
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;

    // The title goes in the description, not the label: the quick pick sorts items whose label
    // matches the input by its own rule (prefix first, shortest first), which would undo the
    // ranking. It still highlights the match in the description.
    const toItem = (hit: SearchHit): Item => {
      const { doc } = hit;
      const icon = doc.kind !== 'term' && read.has(doc.id) ? 'pass-filled' : ICONS[doc.kind];
      const parent = doc.kind === 'term' ? undefined : lib.page(lib.page(doc.id)?.parent ?? '')?.label;
      const text = doc.kind === 'term' ? doc.body : doc.summary;
      return {
        choice: doc.target,
        label: `$(${icon})`,
        description: `${iconSafe(doc.label)} — ${[kindName(doc.kind), parent].filter(Boolean).join(' · ')}`,
        detail: iconSafe([fieldName(hit), text].filter(Boolean).join(': ')),
        buttons: [toSide],
        alwaysShow: true,
      };
    };
    const emptyItem = (query: string): Item => ({
      choice: { id: glossaryId },
      label: '$(search-stop)',
      description: vscode.l10n.t('Nothing matches "{0}"', iconSafe(query)),
      detail: vscode.l10n.t('Searched the titles, aliases, summaries and text of {0} chapters, concepts and guide sections, and {1} glossary terms. Choose this to open the Glossary.',
        index.get(lib).filter((d) => d.kind !== 'term').length, lib.catalog.terms.length),
      alwaysShow: true,
    });

    const key = (i: Item | undefined) => (i?.choice ? `${i.choice.id}#${i.choice.anchor ?? ''}` : undefined);
    const update = () => {
      const hits = searchLibrary(index.get(lib), qp.value, 200);
      qp.items = hits.length || !qp.value.trim() ? hits.map(toItem) : [emptyItem(qp.value.trim())];
    };
    update();
    qp.busy = true;
    void index.withBodies(lib).then(() => {
      // Matches in the pages' text rank below every other kind, so they only add rows at the end:
      // the row under the cursor stays where it is and stays the active one.
      const active = key(qp.activeItems[0]);
      qp.keepScrollPosition = true;
      update();
      const same = qp.items.find((i) => key(i) === active);
      if (same) qp.activeItems = [same];
      qp.keepScrollPosition = false;
      qp.busy = false;
    });

    let chosen: SearchChoice | undefined;
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => {
      const c = qp.selectedItems[0]?.choice;
      if (c) chosen = { ...c, toSide: false };
      qp.hide();
    });
    qp.onDidTriggerItemButton((e) => {
      if (e.item.choice) chosen = { ...e.item.choice, toSide: true };
      qp.hide();
    });
    qp.onDidHide(() => { qp.dispose(); resolve(chosen); });
    qp.show();
  });
}
