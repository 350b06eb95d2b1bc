import type * as vscode from 'vscode';

/** The schemes a workspace's documents come in: files, untitled buffers, notebook cells, vscode.dev and remotes. */
const SCHEMES = ['file', 'untitled', 'vscode-notebook-cell', 'vscode-vfs', 'vscode-remote'];

/**
 * A selector for these languages in every scheme a workspace uses. Notebook cells are documents
 * of their cell language, so 'python' also covers Jupyter.
 */
export function selectorFor(languages: readonly string[]): vscode.DocumentSelector {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}
