import * as vscode from 'vscode';
import type { OutlineEntry } from '../../core/reader/outline';
import { parentSection } from '../../core/reader/outline';
import type { ReaderApi } from '../reader/register';

export const OUTLINE_VIEW = 'llmPrimer.outline';

/**
 * "Outline": the h2/h3 sections of the page in the active reader panel, h3 under their h2. The
 * section being read is selected and revealed as the reader scrolls (like the editor's Outline
 * following the cursor); clicking one scrolls the reader there.
 */
class OutlineProvider implements vscode.TreeDataProvider<OutlineEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  entries: readonly OutlineEntry[] = [];
  page: string | undefined;

  set(page: string | undefined, entries: readonly OutlineEntry[]): void {
    if (page === this.page && entries === this.entries) return;
    this.page = page;
    this.entries = entries;
    this.changed.fire();
  }

  getChildren(parent?: OutlineEntry): OutlineEntry[] {
    if (!parent) return this.entries.filter((e) => e.level === 2 || parentSection(this.entries, e.anchor) === undefined);
    if (parent.level === 3) return [];
    return this.entries.filter((e) => e.level === 3 && parentSection(this.entries, e.anchor) === parent);
  }

  getParent(e: OutlineEntry): OutlineEntry | undefined {
    return e.level === 3 ? parentSection(this.entries, e.anchor) : undefined;
  }

  getTreeItem(e: OutlineEntry): vscode.TreeItem {
    const hasChildren = e.level === 2 && this.getChildren(e).length > 0;
    const item = new vscode.TreeItem(e.text, hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${this.page ?? ''}#${e.anchor}`;
    item.iconPath = new vscode.ThemeIcon('symbol-string'); // what the editor's Outline shows for a Markdown heading
    item.command = { command: 'llmPrimer.goToSection', title: vscode.l10n.t('Go to Section'), arguments: [e.anchor] };
    item.tooltip = e.text;
    item.contextValue = 'section';
    return item;
  }

  dispose(): void { this.changed.dispose(); }
}

export function registerOutlineView(reader: ReaderApi): vscode.Disposable {
  const provider = new OutlineProvider();
  const view = vscode.window.createTreeView<OutlineEntry>(OUTLINE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const follow = () => {
    const o = reader.activeOutline;
    provider.set(o?.id, o?.entries ?? []);
    view.message = o && !o.entries.length ? vscode.l10n.t('This page has no sections.') : undefined;
    const current = o?.section ? provider.entries.find((e) => e.anchor === o.section) : undefined;
    // Reveal only while the view is shown: revealing would otherwise open the container.
    if (current && view.visible) void view.reveal(current, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  };
  follow();
  return vscode.Disposable.from(
    provider, view,
    reader.onDidChangeOutline(follow),
    view.onDidChangeVisibility(follow),
    vscode.commands.registerCommand('llmPrimer.goToSection', (anchor: unknown) => typeof anchor === 'string' && reader.goToSection(anchor)),
  );
}
