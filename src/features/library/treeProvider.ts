import * as vscode from 'vscode';
import type { PageMeta as Page } from '../../core/catalog/types';
import type { Services } from '../services';
import { escapeMarkdown } from '../../core/markdownEscape';
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
    const item = new vscode.TreeItem(page.label,
      page.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = id;
    let description = page.description ?? '';
    if (this.s.settings.current.showReadProgress && page.children.length) {
      const p = lib.progress(id, read);
      if (p.total && p.read) description = `${description} · ${p.read}/${p.total} read`;
    }
    item.description = description || undefined;
    item.tooltip = this.tooltip(page, isRead);
    item.iconPath = new vscode.ThemeIcon(isRead ? 'pass-filled' : PAGE_ICONS[page.kind],
      page.titleKnown ? undefined : new vscode.ThemeColor('disabledForeground'));
    item.command = { command: 'llmPrimer.open', title: vscode.l10n.t('Open'), arguments: [id] };
    item.contextValue = ['page', page.readable ? 'readable' : '', page.source ? 'hasSource' : '', isRead ? 'read' : '']
      .filter(Boolean).join(' ');
    item.accessibilityInformation = { label: `${page.label}${isRead ? ', read' : ''}${page.description ? `, ${page.description}` : ''}` };
    return item;
  }

  private tooltip(page: Page, isRead: boolean): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${escapeMarkdown(page.title)}**\n\n`);
    md.appendMarkdown(escapeMarkdown(page.summary));
    const facts = [page.date ? `${page.date}${page.dateStatus === 'inferred' ? ' (inferred)' : ''}` : '', isRead ? vscode.l10n.t('read') : '']
      .filter(Boolean).join(' · ');
    if (facts) md.appendMarkdown(`\n\n$(calendar) ${escapeMarkdown(facts)}`);
    return md;
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
