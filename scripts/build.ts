/**
 * The one build: compile and validate `content/` into dist/catalog.json, then bundle the
 * extension for Node and for the browser (vscode.dev), the reader webview, and copy KaTeX's
 * CSS and .woff2 fonts. `--production` minifies; `--watch` rebuilds on change.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatError } from '../src/core/content/diagnostics';
import { compileRepoContent, ROOT } from './content';
import { pageFileName, splitCatalog } from '../src/core/catalog/types';
import { formulaSvg } from './formulas';
import { packFormulas } from '../src/core/formulas/pack';
import { classesIn, pruneFontFaces, usedKatexFamilies } from './katex-fonts';
import { READER_CHUNKS, readerBuildOptions } from './webview-bundle';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = path.join(ROOT, 'dist');

function buildCatalog(): boolean {
  const { catalog, errors, numbers } = compileRepoContent();
  if (errors.length > 0) {
    for (const e of errors) console.error(formatError(e));
    console.error(`content: ${errors.length} error(s); the catalog was not written`);
    return false;
  }
  const { index, html } = splitCatalog(catalog);
  fs.rmSync(path.join(dist, 'pages'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'pages'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'catalog.json'), JSON.stringify(index));
  for (const [id, body] of html) fs.writeFileSync(path.join(dist, 'pages', pageFileName(id)), body);
  // Formula images for hovers, read on the first hover that needs one (not at activation).
  const formulas: Record<string, string> = {};
  for (const t of catalog.terms) {
    if (!t.formula) continue;
    const r = formulaSvg(t.formula);
    if (r.error || !r.svg) { console.error(`glossary term "${t.id}": formula does not render: ${r.error}`); return false; }
    formulas[t.id] = r.svg;
  }
  fs.writeFileSync(path.join(dist, 'formulas.json'), JSON.stringify(packFormulas(formulas)));
  const pages = Object.values(catalog.pages);
  console.log(`content: ${pages.length} pages, ${catalog.terms.length} glossary terms, ${numbers.entries} worked numbers recomputed from ${numbers.tables} tables → dist/catalog.json + dist/pages/`);
  return true;
}

/**
 * KaTeX's stylesheet with only its .woff2 fonts (every webview engine VS Code runs reads woff2),
 * and only the families the rendered pages can use (scripts/katex-fonts.ts).
 */
function copyKatex(): void {
  const katexDir = path.dirname(require.resolve('katex/package.json'));
  const out = path.join(dist, 'webview', 'katex');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
  const woff2Only = fs.readFileSync(path.join(katexDir, 'dist', 'katex.min.css'), 'utf8')
    .replace(/src:([^;}]*)/g, (_m, srcs: string) => `src:${srcs.split(',').filter((s) => s.includes('woff2')).join(',')}`);
  const pagesDir = path.join(dist, 'pages');
  const pages = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).map((f) => fs.readFileSync(path.join(pagesDir, f), 'utf8')) : [];
  const { css, dropped } = pruneFontFaces(woff2Only, usedKatexFamilies(woff2Only, classesIn(pages)));
  fs.writeFileSync(path.join(out, 'katex.min.css'), css);
  for (const f of fs.readdirSync(path.join(katexDir, 'dist', 'fonts'))) {
    if (f.endsWith('.woff2') && !dropped.includes(f)) fs.copyFileSync(path.join(katexDir, 'dist', 'fonts', f), path.join(out, 'fonts', f));
  }
}

const common: esbuild.BuildOptions = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/**
 * In Node the YAML parser (a third of the extension's code, needed only for a team glossary) is
 * a file of its own, required on first use: activation does not parse it. The browser bundle
 * keeps it inside, as a web extension is one file.
 */
const yamlApart: esbuild.Plugin = {
  name: 'yaml-apart',
  setup(b) { b.onResolve({ filter: /^yaml$/ }, () => ({ path: './yaml.js', external: true })); },
};

const targets: esbuild.BuildOptions[] = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [yamlApart] },
  { ...common, entryPoints: { yaml: 'yaml' }, outdir: 'dist/node', platform: 'node', format: 'cjs' },
  {
    ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs',
    external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' },
  },
  // ES modules split into chunks: each concept diagram loads only on the page that shows it.
  readerBuildOptions(production),
  { ...common, entryPoints: ['webview/reader.css'], outfile: 'dist/webview/reader.css', loader: { '.css': 'css' } },
];

async function main(): Promise<void> {
  process.chdir(ROOT);
  const ok = buildCatalog();
  if (!ok && !watch) process.exit(1);
  copyKatex();
  // Chunk names carry a content hash: empty the folder so no stale chunk is packaged.
  fs.rmSync(path.join(dist, 'webview', READER_CHUNKS), { recursive: true, force: true });
  if (watch) {
    for (const t of targets) await (await esbuild.context(t)).watch();
    fs.watch(path.join(ROOT, 'content'), { recursive: true }, () => buildCatalog());
    console.log('watching for changes…');
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
  console.log(`bundles written to dist/ (${production ? 'production' : 'development'})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
