/**
 * Hovers cannot run KaTeX, so each glossary formula is rendered here, at build time, into a
 * self-contained SVG (MathJax draws glyphs as paths: no fonts needed). The SVG paints in
 * `currentColor`; the hover swaps in a colour that reads on the current theme kind.
 */
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const doc = mathjax.document('', { InputJax: new TeX({ packages: AllPackages }), OutputJax: new SVG({ fontCache: 'local' }) });

/** One formula as SVG markup, or an error message. Sizes are turned from ex into px (1ex ≈ 8px at 16px). */
export function formulaSvg(tex: string): { svg?: string; error?: string } {
  const node = doc.convert(tex, { display: true });
  const html = adaptor.outerHTML(node);
  const err = /data-mjx-error="([^"]*)"/.exec(html);
  if (err) return { error: err[1] };
  const svg = adaptor.innerHTML(node)
    .replace(/ data-mml-node="[^"]*"/g, '').replace(/ data-c="[^"]*"/g, '').replace(/ data-latex="[^"]*"/g, '')
    .replace(/(\d+\.\d{2})\d+/g, '$1')
    .replace(/(width|height)="([\d.]+)ex"/g, (_m, a: string, v: string) => `${a}="${Math.ceil(parseFloat(v) * 8)}"`)
    .replace(/ style="vertical-align: [^"]*"/, '');
  return { svg };
}
