import * as vscode from 'vscode';
import type { PageMeta as Page } from '../../core/catalog/types';
import type { Services } from '../services';
import { escapeMarkdown } from '../../core/markdownEscape';
import { localDescription, localLabel } from '../../core/catalog/treeText';
import { PAGE_ICONS } from './icons';
import { continueTarget, readingOrder } from '../../core/progress/continueReading';
import { pieFile, pieStep } from '../../core/progress/pie';

/**
 * The tree element of the "Continue reading" item at the top. Page ids never contain a colon,
 * so it cannot be taken for a page.
 */
export const CONTINUE_ITEM = ':continue';

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
    if (!lib) return [];
    if (element !== undefined) return lib.children(element);
    // Where reading goes on comes first: one click, without hunting through the volumes.
    return this.continueTarget() ? [CONTINUE_ITEM, ...lib.roots] : lib.roots;
  }

  getParent(element: string): string | undefined {
    return element === CONTINUE_ITEM ? undefined : this.s.store.peek()?.parent(element);
  }

  private continueTarget() {
    const lib = this.s.store.peek();
    return lib ? continueTarget(readingOrder(lib), this.s.progress.read, this.s.progress.lastChapter) : undefined;
  }

  private continueItem(): vscode.TreeItem {
    const lib = this.s.store.peek();
    const next = this.continueTarget();
    const page = next ? lib?.page(next.id) : undefined;
    if (!lib || !next || !page) return new vscode.TreeItem(CONTINUE_ITEM);
    const chapter = localLabel(page.label, vscode.l10n);
    const volume = page.parent ? lib.page(page.parent) : undefined;
    const volumeLabel = volume ? localLabel(volume.label, vscode.l10n) : '';
    const label = next.started ? vscode.l10n.t('Continue reading: {0}', chapter) : vscode.l10n.t('Start reading: {0}', chapter);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = CONTINUE_ITEM;
    // The volume's short name ("Vol. II") says where the chapter is without taking the row's width.
    item.description = volumeLabel.split(' — ')[0] || undefined;
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(label)}**\n\n${escapeMarkdown(volumeLabel)}`);
    item.iconPath = new vscode.ThemeIcon('play');
    item.command = { command: 'llmPrimer.continueReading', title: vscode.l10n.t('Continue Reading') };
    item.contextValue = 'continue';
    item.accessibilityInformation = { label: volumeLabel ? `${label}, ${volumeLabel}` : label };
    return item;
  }

  getTreeItem(id: string): vscode.TreeItem {
    if (id === CONTINUE_ITEM) return this.continueItem();
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
    let progress: { read: number; total: number } | undefined;
    if (this.s.settings.current.showReadProgress && page.children.length) {
      progress = lib.progress(id, read);
      if (!progress.total) progress = undefined;
      // The count alone ("3/14"): after a long volume title there is little room left at the
      // default side-bar width; the pie icon below shows the state even when this is cut off.
      else if (progress.read) description = `${progress.read}/${progress.total}`;
    }
    item.description = description || undefined;
    item.tooltip = this.tooltip(page, isRead, progress);
    if (progress) {
      const step = pieStep(progress.read, progress.total);
      const icon = (theme: 'light' | 'dark') => vscode.Uri.joinPath(this.s.context.extensionUri, 'media', 'progress', pieFile(step, theme));
      item.iconPath = { light: icon('light'), dark: icon('dark') };
    } else {
      item.iconPath = new vscode.ThemeIcon(isRead ? 'pass-filled' : PAGE_ICONS[page.kind],
        page.titleKnown ? undefined : new vscode.ThemeColor('disabledForeground'));
    }
    item.command = { command: 'llmPrimer.open', title: vscode.l10n.t('Open'), arguments: [id] };
    // `read`/`unread` choose the context menu's Mark as Read or Mark as Unread.
    item.contextValue = ['page', page.readable ? 'readable' : '', page.source ? 'hasSource' : '', isRead ? 'read' : page.readable ? 'unread' : '']
      .filter(Boolean).join(' ');
    const readCount = progress ? `, ${vscode.l10n.t('{0} of {1} pages read', progress.read, progress.total)}` : '';
    item.accessibilityInformation = { label: `${label}${isRead ? `, ${vscode.l10n.t('read')}` : ''}${own ? `, ${own}` : ''}${readCount}` };
    return item;
  }

  private tooltip(page: Page, isRead: boolean, progress: { read: number; total: number } | undefined): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${escapeMarkdown(localLabel(page.title, vscode.l10n))}**\n\n`);
    md.appendMarkdown(escapeMarkdown(page.summary));
    const date = page.date && page.dateStatus === 'inferred' ? vscode.l10n.t('{0} (inferred)', page.date) : page.date;
    const facts = [date ?? '', isRead ? vscode.l10n.t('read') : '']
      .filter(Boolean).join(' · ');
    if (facts) md.appendMarkdown(`\n\n$(calendar) ${escapeMarkdown(facts)}`);
    if (progress) md.appendMarkdown(`\n\n$(pass) ${escapeMarkdown(vscode.l10n.t('{0} of {1} pages read', progress.read, progress.total))}`);
    return md;
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
