import MarkdownIt from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import katex from 'katex';
import hljs from 'highlight.js/lib/common';
import { parsePrimerLink } from '../catalog/ids';
import type { ErrorSink } from './diagnostics';
import { stripSnippetMarkers } from './snippets';

/**
 * Markdown → HTML at build time. Math is rendered by KaTeX here, so the webview needs only
 * KaTeX's CSS and fonts. Links use the `primer:` scheme for pages of the library and plain
 * `https://` for the outside world; anything else is a content error.
 */

export interface SectionStats {
  title: string;
  line: number;
  words: number;
  displayMath: number;
}

export interface RenderedBody {
  html: string;
  words: number;
  displayMath: number;
  sections: SectionStats[];
  /** External links in the page: the only URLs the reader may ask the host to open. */
  externalLinks: string[];
}

/** Resolves a `primer:` link; returns an error message when it does not resolve. */
export type LinkResolver = (id: string, anchor: string | undefined) => string | undefined;

type Token = MarkdownIt.Token;

/** Code blocks are highlighted at build time too; the reader colours the classes from the theme. */
function highlight(code: string, lang: string): string {
  const language = lang && hljs.getLanguage(lang) ? lang : undefined;
  if (!language) return '';
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: true, highlight });
md.use(katexPlugin, { katex, throwOnError: false, strict: 'ignore' });

export function renderMarkdown(
  file: string, body: string, bodyLine: number, resolve: LinkResolver, sink: ErrorSink,
): RenderedBody {
  // `<!-- snippet: … -->` lines are for the snippets tier, not the reader (lines are kept, so numbers stay right).
  const tokens = md.parse(stripSnippetMarkers(body), {});
  const externalLinks = new Set<string>();
  const sections: SectionStats[] = [];
  let words = 0;
  let displayMath = 0;
  let current: SectionStats | undefined;
  let blockLine = bodyLine + 1;

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.map) blockLine = bodyLine + tok.map[0] + 1;
    if (tok.type === 'heading_open' && tok.tag === 'h2') {
      current = { title: inlineText(tokens[i + 1]), line: blockLine, words: 0, displayMath: 0 };
      sections.push(current);
      tok.attrSet('id', slugify(current.title));
    }
    if (tok.type === 'heading_open' && tok.tag === 'h3') tok.attrSet('id', slugify(inlineText(tokens[i + 1])));
    if (tok.type === 'math_block' || tok.type === 'math_inline_block') {
      checkMath(file, blockLine, tok.content, true, sink);
      displayMath++;
      if (current) current.displayMath++;
    }
    // Heading text is a title, not prose: it does not count towards a section's words.
    if (tok.type !== 'inline' || !tok.children || tokens[i - 1]?.type === 'heading_open') continue;
    for (const child of tok.children) {
      if (child.type === 'text') {
        const n = countWords(child.content);
        words += n;
        if (current) current.words += n;
      } else if (child.type === 'math_inline') {
        checkMath(file, blockLine, child.content, false, sink);
      } else if (child.type === 'math_inline_block') {
        checkMath(file, blockLine, child.content, true, sink);
        displayMath++;
        if (current) current.displayMath++;
      } else if (child.type === 'link_open') {
        rewriteLink(child, file, blockLine, resolve, sink, externalLinks);
      } else if (child.type === 'image') {
        sink.add(file, blockLine, 'images are not allowed in content: draw diagrams in code');
      }
    }
  }
  return { html: md.renderer.render(tokens, md.options, {}), words, displayMath, sections, externalLinks: [...externalLinks] };
}

/** Render one short Markdown fragment (a quiz answer, a summary) inline. */
export function renderInline(file: string, line: number, text: string, resolve: LinkResolver, sink: ErrorSink): string {
  const tokens = md.parseInline(text, {});
  for (const tok of tokens) {
    for (const child of tok.children ?? []) {
      if (child.type === 'math_inline') checkMath(file, line, child.content, false, sink);
      if (child.type === 'link_open') rewriteLink(child, file, line, resolve, sink, new Set());
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

function rewriteLink(
  tok: Token, file: string, line: number, resolve: LinkResolver, sink: ErrorSink, external: Set<string>,
): void {
  const href = String(tok.attrGet('href') ?? '');
  const primer = parsePrimerLink(href);
  if (primer) {
    const problem = resolve(primer.id, primer.anchor);
    if (problem) sink.add(file, line, `link "${href}" does not resolve: ${problem}`);
    tok.attrSet('href', '#');
    tok.attrSet('data-nav', primer.id);
    if (primer.anchor) tok.attrSet('data-anchor', primer.anchor);
    return;
  }
  if (/^https:\/\/[^\s]+$/.test(href)) {
    external.add(href);
    tok.attrSet('data-external', href);
    tok.attrSet('title', href);
    return;
  }
  sink.add(file, line, `link "${href}" is neither a primer: link nor an https:// URL`);
}

function checkMath(file: string, line: number, tex: string, display: boolean, sink: ErrorSink): void {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'error' });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    sink.add(file, line, `math does not compile: ${msg.replace(/\s+/g, ' ')} in "${tex.trim().slice(0, 80)}"`);
  }
}

function inlineText(tok: Token | undefined): string {
  return (tok?.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('').trim();
}

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function countWords(text: string): number {
  return (text.match(/[A-Za-z0-9\u00C0-\u024F]+(?:['’-][A-Za-z0-9\u00C0-\u024F]+)*/g) ?? []).length;
}
