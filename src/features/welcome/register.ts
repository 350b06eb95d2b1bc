import * as vscode from 'vscode';
import { HOVER_SAMPLE, hoverSampleCursor } from '../../core/welcome/sample';
import type { Services } from '../services';

/** Set once the walkthrough has been offered, so it opens on the first run only. */
export const WALKTHROUGH_OFFERED_KEY = 'llmPrimer.walkthroughOffered';
const WALKTHROUGH = 'start';

/**
 * First run: the Get Started walkthrough opens once (setting `llmPrimer.welcome.openWalkthrough`),
 * beside the file the user opened if there is one. `llmPrimer.tryHover` is the walkthrough's
 * hover step: a few lines of model code in an untitled editor with a term's hover showing.
 */
export function registerWelcome(s: Services): vscode.Disposable {
  void offerWalkthrough(s).catch((e: unknown) => s.log.warn(`could not open the walkthrough: ${String(e)}`));
  return vscode.commands.registerCommand('llmPrimer.tryHover', () => tryHover());
}

async function offerWalkthrough(s: Services): Promise<void> {
  if (s.context.globalState.get<boolean>(WALKTHROUGH_OFFERED_KEY)) return;
  // Marked first: whatever happens next, the walkthrough never opens by itself again.
  await s.context.globalState.update(WALKTHROUGH_OFFERED_KEY, true);
  if (!s.settings.current.openWalkthrough) return;
  const toSide = vscode.window.activeTextEditor !== undefined;
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${s.context.extension.id}#${WALKTHROUGH}`, toSide);
}

async function tryHover(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content: HOVER_SAMPLE });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const at = hoverSampleCursor();
  const pos = new vscode.Position(at.line, at.character);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos));
  await vscode.commands.executeCommand('editor.action.showHover');
  return editor;
}
