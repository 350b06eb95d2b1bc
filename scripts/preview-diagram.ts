/**
 * Look at a concept diagram outside VS Code: bundles webview/diagrams/<id>.ts into a page with
 * the reader's CSS and a dark or light set of VS Code theme variables, opens it in Chromium,
 * optionally operates the first control, and saves screenshots to .cache/preview/.
 *   npm run preview:diagram -- attention [--light] [--operate]
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './content';

const THEMES: Record<string, Record<string, string>> = {
  dark: {
    'font-family': 'sans-serif', 'editor-font-family': 'monospace', foreground: '#cccccc', 'editor-background': '#1e1e1e',
    descriptionForeground: '#9d9d9d', focusBorder: '#0078d4', 'widget-border': '#454545', 'button-background': '#0078d4',
    'button-foreground': '#ffffff', 'input-background': '#313131', 'input-foreground': '#cccccc', 'charts-blue': '#3794ff',
    'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c',
    'charts-yellow': '#cca700', 'textLink-foreground': '#4daafc', 'sideBar-background': '#181818',
    'textCodeBlock-background': '#2b2b2b', 'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc',
  },
  light: {
    'font-family': 'sans-serif', 'editor-font-family': 'monospace', foreground: '#3b3b3b', 'editor-background': '#ffffff',
    descriptionForeground: '#717171', focusBorder: '#005fb8', 'widget-border': '#e5e5e5', 'button-background': '#005fb8',
    'button-foreground': '#ffffff', 'input-background': '#ffffff', 'input-foreground': '#3b3b3b', 'charts-blue': '#1a85ff',
    'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90', 'charts-red': '#e51400',
    'charts-yellow': '#bf8803', 'textLink-foreground': '#005fb8', 'sideBar-background': '#f8f8f8',
    'textCodeBlock-background': '#f0f0f0', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
  },
};

async function main(): Promise<void> {
  const id = process.argv[2];
  if (!id || !/^[a-z0-9-]+$/.test(id)) throw new Error('usage: npm run preview:diagram -- <id> [--light] [--operate]');
  const theme = process.argv.includes('--light') ? 'light' : 'dark';
  const out = path.join(ROOT, '.cache', 'preview');
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, `entry-${id}.ts`);
  fs.writeFileSync(entry, `import { mount } from '../../webview/diagrams/${id}';\n`
    + `const root = document.getElementById('root')!;\nmount(root, { reducedMotion: true });\n`);
  const js = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'error' });
  const css = fs.readFileSync(path.join(ROOT, 'webview', 'reader.css'), 'utf8');
  const vars = Object.entries(THEMES[theme]).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>:root { ${vars} } ${css}</style></head>`
    + `<body><main><figure class="diagram-host" id="root"></figure></main><script>${js.outputFiles[0].text}</script></body></html>`;
  const htmlFile = path.join(out, `${id}.html`);
  fs.writeFileSync(htmlFile, html);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: Number(process.env.PREVIEW_WIDTH ?? 900), height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`file://${htmlFile}`);
    await page.waitForTimeout(300);
    const shot = path.join(out, `${id}-${theme}.png`);
    await page.locator('#root').screenshot({ path: shot });
    console.log(`screenshot: ${shot}`);
    if (process.argv.includes('--operate')) {
      const before = await page.locator('#root').innerHTML();
      const first = page.locator('.dg-controls input, .dg-controls select, .dg-controls button').first();
      const tag = await first.evaluate((el) => `${el.tagName}:${(el as unknown as { type: string }).type}`);
      if (tag === 'INPUT:range') { await first.focus(); for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); }
      else if (tag.startsWith('SELECT')) { const v = await first.locator('option').nth(1).getAttribute('value'); await first.selectOption(v ?? ''); }
      else await first.click();
      await page.waitForTimeout(300);
      const after = await page.locator('#root').innerHTML();
      const shot2 = path.join(out, `${id}-${theme}-operated.png`);
      await page.locator('#root').screenshot({ path: shot2 });
      console.log(`first control (${tag}) ${before === after ? 'changed NOTHING' : 'changed the diagram'}; screenshot: ${shot2}`);
    }
    if (errors.length) { console.error(`page errors:\n${errors.join('\n')}`); process.exitCode = 1; }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
