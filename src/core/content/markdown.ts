import MarkdownIt from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import katex from 'katex';
import hljs from 'highlight.js/lib/common';
import { parsePrimerLink } from '../catalog/ids';
import type { ErrorSink } from './diagnostics';
import { stripSnippetMarkers } from './snippets';
import { texProblem } from './tex';

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

// `html: true` so that raw HTML is seen, reported and turned back into text (below), never
// dropped silently; every link reaches `rewriteLink`, which allows `primer:` and `https:` only.
const md = new MarkdownIt({ html: true, linkify: false, typographer: true, highlight });
md.use(katexPlugin, { katex, throwOnError: false, strict: 'ignore' });
md.validateLink = () => true;

const RAW_HTML = 'raw HTML is not allowed in content: write Markdown, or put the text in `code` if it shows markup';

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
    if (tok.type === 'html_block') {
      sink.add(file, blockLine, RAW_HTML);
      asText(tok);
    }
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
    if (tok.type !== 'inline' || !tok.children) continue;
    // Heading text is a title, not prose: it does not count towards a section's words.
    const prose = tokens[i - 1]?.type !== 'heading_open';
    let line = blockLine;
    for (const child of tok.children) {
      if (child.type === 'text' && prose) {
        const n = countWords(child.content);
        words += n;
        if (current) current.words += n;
      } else if (child.type === 'math_inline_block' && prose) {
        displayMath++;
        if (current) current.displayMath++;
      }
      checkInline(child, file, line, resolve, sink, externalLinks);
      // A paragraph spans lines: keep the line of each link, image or bit of math exact.
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      else line += newlines(child.content);
    }
  }
  return { html: md.renderer.render(tokens, md.options, {}), words, displayMath, sections, externalLinks: [...externalLinks] };
}

/** Render one short Markdown fragment (a quiz answer, a summary) inline. */
export function renderInline(file: string, line: number, text: string, resolve: LinkResolver, sink: ErrorSink): string {
  const tokens = md.parseInline(text, {});
  for (const tok of tokens) for (const child of tok.children ?? []) checkInline(child, file, line, resolve, sink, new Set());
  return md.renderer.render(tokens, md.options, {});
}

/** The checks every inline token gets, in a page body or a front-matter fragment alike. */
function checkInline(
  child: Token, file: string, line: number, resolve: LinkResolver, sink: ErrorSink, external: Set<string>,
): void {
  switch (child.type) {
    case 'math_inline': checkMath(file, line, child.content, false, sink); return;
    case 'math_inline_block': checkMath(file, line, child.content, true, sink); return;
    case 'link_open': rewriteLink(child, file, line, resolve, sink, external); return;
    case 'html_inline': sink.add(file, line, RAW_HTML); asText(child); return;
    case 'image': {
      const src = String(child.attrGet('src') ?? '');
      const scheme = unsafeScheme(src);
      sink.add(file, line, scheme
        ? `image "${clip(src)}" uses the ${scheme} scheme, which is never allowed; images are not allowed in content either: draw diagrams in code`
        : 'images are not allowed in content: draw diagrams in code');
      // Nothing of it reaches the page, whatever the build does with the error.
      child.attrSet('src', '');
      return;
    }
  }
}

/** Raw HTML, once reported, is shown as the text it is. */
function asText(tok: Token): void {
  tok.type = 'text';
  tok.children = null;
}

const newlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

/**
 * The scheme of a link that could run script or read local data, as browsers read it:
 * letters in any case, with tabs, newlines and control characters ignored. Undefined otherwise.
 */
export function unsafeScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bare = href.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const m = /^(javascript|vbscript|data|file|blob):/.exec(bare);
  return m ? `${m[1]}:` : undefined;
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
  // Whatever the build does with the error, the link goes nowhere.
  tok.attrSet('href', '#');
  const scheme = unsafeScheme(href);
  if (scheme) sink.add(file, line, `link "${clip(href)}" uses the ${scheme} scheme, which is never allowed: use a primer: link or an https:// URL`);
  else sink.add(file, line, `link "${clip(href)}" is neither a primer: link nor an https:// URL`);
}

function checkMath(file: string, line: number, tex: string, display: boolean, sink: ErrorSink): void {
  const problem = texProblem(tex, display);
  if (problem) sink.add(file, line, problem);
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
