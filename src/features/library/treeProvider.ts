import * as vscode from 'vscode';
import type { PageMeta as Page } from '../../core/catalog/types';
import type { Services } from '../services';
import { escapeMarkdown } from '../../core/markdownEscape';
import { localDescription, localLabel } from '../../core/catalog/treeText';
import { PAGE_ICONS } from './icons';

/** The Library tree: volumes → chapters, the concepts, the earlier guide and the glossary. Elements are page ids. */
export class LibraryTreeProvider implements vscode.TreeDataProvider<string>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly s: Services) {
    this.subs = [
      s.store.onDidChange(() => this.changed.fire(undefined)),
      s.progress.onDidChange(() => this.changed.fire(undefined)),
      s.settings.onDidChange(() => this.changed.fire(undefined)),
    ];
  }

  async getChildren(element?: string): Promise<string[]> {
    const lib = await this.s.store.get();
    return lib ? lib.children(element) : [];
  }

  getParent(element: string): string | undefined {
    return this.s.store.peek()?.parent(element);
  }

  getTreeItem(id: string): vscode.TreeItem {
    const lib = this.s.store.peek();
    const page = lib?.page(id);
    if (!lib || !page) return new vscode.TreeItem(id);
    const read = this.s.progress.read;
    const isRead = page.readable && read.has(id);
    const label = localLabel(page.label, vscode.l10n);
    const item = new vscode.TreeItem(label,
      page.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = id;
    const own = page.description ? localDescription(page.description, vscode.l10n) ?? page.description : '';
    let description = own;
    if (this.s.settings.current.showReadProgress && page.children.length) {
      const p = lib.progress(id, read);
      if (p.total && p.read) description = `${description} · ${vscode.l10n.t('{0}/{1} read', p.read, p.total)}`;
    }
    item.description = description || undefined;
    item.tooltip = this.tooltip(page, isRead);
    item.iconPath = new vscode.ThemeIcon(isRead ? 'pass-filled' : PAGE_ICONS[page.kind],
      page.titleKnown ? undefined : new vscode.ThemeColor('disabledForeground'));
    item.command = { command: 'llmPrimer.open', title: vscode.l10n.t('Open'), arguments: [id] };
    item.contextValue = ['page', page.readable ? 'readable' : '', page.source ? 'hasSource' : '', isRead ? 'read' : '']
      .filter(Boolean).join(' ');
    item.accessibilityInformation = { label: `${label}${isRead ? `, ${vscode.l10n.t('read')}` : ''}${own ? `, ${own}` : ''}` };
    return item;
  }

  private tooltip(page: Page, isRead: boolean): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${escapeMarkdown(localLabel(page.title, vscode.l10n))}**\n\n`);
    md.appendMarkdown(escapeMarkdown(page.summary));
    const date = page.date && page.dateStatus === 'inferred' ? vscode.l10n.t('{0} (inferred)', page.date) : page.date;
    const facts = [date ?? '', isRead ? vscode.l10n.t('read') : '']
      .filter(Boolean).join(' · ');
    if (facts) md.appendMarkdown(`\n\n$(calendar) ${escapeMarkdown(facts)}`);
    return md;
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
