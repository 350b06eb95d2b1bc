import * as vscode from 'vscode';

const KEY = 'llmPrimer.readPages';

/** Which pages the user marked as read; kept in globalState so it follows them across windows. */
export class ReadProgress implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get read(): ReadonlySet<string> {
    const raw = this.state.get<unknown>(KEY, []);
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  }

  isRead(id: string): boolean {
    return this.read.has(id);
  }

  async set(id: string, read: boolean): Promise<void> {
    const next = new Set(this.read);
    if (read) next.add(id); else next.delete(id);
    await this.state.update(KEY, [...next]);
    this.changed.fire(id);
  }

  async toggle(id: string): Promise<boolean> {
    const now = !this.isRead(id);
    await this.set(id, now);
    return now;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
