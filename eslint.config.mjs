// Lint rules that keep the architecture honest: the core and the shared protocol never import
// `vscode`, webview code never imports `vscode` or Node built-ins, extension code never imports
// Node built-ins (it must also run in vscode.dev).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'util', 'url', 'stream', 'zlib', 'worker_threads'];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'dist-vsix/**', 'node_modules/**', '.cache/**', 'test-results/**', 'demo/**', 'test/support/*.js', 'bench/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Diagrams declare a control before the draw function that reads it, and assign it once after.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/content/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core is plain TypeScript: no vscode import.' }], patterns: [{ group: nodePatterns, message: 'src/core outside content/ runs in the browser too: no Node built-ins.' }] }],
    },
  },
  {
    files: ['src/core/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core is plain TypeScript: no vscode import.' }] }],
    },
  },
  {
    files: ['src/features/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodePatterns, message: 'Extension code must run in vscode.dev too: use vscode.workspace.fs, not Node built-ins.' }] }],
    },
  },
  {
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Webview code runs in the iframe: talk to the host through the protocol.' }], patterns: [{ group: nodePatterns, message: 'Webview code runs in a browser.' }, { group: ['**/features/**', '**/extension'], message: 'Webview code may import only src/core.' }] }],
    },
  },
);
