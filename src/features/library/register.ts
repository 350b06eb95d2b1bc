import * as vscode from 'vscode';
import type { Services } from '../services';
import { LibraryTreeProvider } from './treeProvider';

export const LIBRARY_VIEW = 'llmPrimer.library';

/** The Library view in the LLM Primer activity-bar container. Returns the view for `reveal`. */
export interface LibraryItem { id: string; label: string; description?: string; read: boolean }

export function registerLibrary(s: Services): {
  disposable: vscode.Disposable; view: vscode.TreeView<string>; children(id?: string): Promise<LibraryItem[]>;
} {
  const provider = new LibraryTreeProvider(s);
  const view = vscode.window.createTreeView(LIBRARY_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  // Progress is said beside the view's title, not as an activity-bar badge: a badge is VS Code's
  // sign that something needs the user (changes, updates), and pages read are not that.
  const updateProgress = async () => {
    const lib = await s.store.get();
    if (!lib || !s.settings.current.showReadProgress) { view.description = undefined; return; }
    const { read, total } = lib.progress(undefined, s.progress.read);
    view.description = read ? vscode.l10n.t('{0}/{1} read', read, total) : undefined;
  };
  void updateProgress();
  const children = async (id?: string): Promise<LibraryItem[]> => (await provider.getChildren(id)).map((c) => {
    const item = provider.getTreeItem(c);
    return {
      id: c,
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? c,
      description: typeof item.description === 'string' ? item.description : undefined,
      read: item.contextValue?.split(' ').includes('read') ?? false,
    };
  });
  return {
    view,
    children,
    disposable: vscode.Disposable.from(
      provider, view,
      s.progress.onDidChange(() => void updateProgress()),
      s.settings.onDidChange(() => void updateProgress()),
    ),
  };
}

/** Keep the tree's selection on the page the reader shows, when the view is open. */
export function registerFollowReader(view: vscode.TreeView<string>, onDidShowPage: vscode.Event<string>): vscode.Disposable {
  return onDidShowPage((id) => {
    if (view.visible) void Promise.resolve(view.reveal(id, { select: true, focus: false })).catch(() => undefined);
  });
}
