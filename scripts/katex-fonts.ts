/**
 * Which of KaTeX's font families the rendered pages can use, so only those fonts are packaged.
 * KaTeX picks a family through class names (`.katex .mathfrak{font-family:KaTeX_Fraktur}`), and
 * the pages are rendered at build time: a family none of whose selectors can match any page is
 * never loaded. Derived from the pages on every build, so a new `\mathfrak` brings its font back.
 */

/** The class names used anywhere in these HTML documents. */
export function classesIn(htmls: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const html of htmls) {
    for (const m of html.matchAll(/\bclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  }
  return out;
}

/**
 * KaTeX font families that some rule of the stylesheet applies to an element of the pages. A
 * selector can match when every class it names occurs in the pages (an over-estimate, never an
 * under-estimate, which is the safe side: a family kept for nothing costs bytes, not glyphs).
 */
export function usedKatexFamilies(css: string, classes: Set<string>): Set<string> {
  const used = new Set<string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const [, selectors, body] = m;
    if (selectors.trim().startsWith('@')) continue;
    const families = [...body.matchAll(/KaTeX_[A-Za-z0-9]+/g)].map((f) => f[0]);
    if (!families.length) continue;
    const applies = selectors.split(',').some((sel) => [...sel.matchAll(/\.([A-Za-z0-9_-]+)/g)].every((c) => classes.has(c[1])));
    if (applies) families.forEach((f) => used.add(f));
  }
  return used;
}

/** The stylesheet without the @font-face rules of unused families, and the font files those rules named. */
export function pruneFontFaces(css: string, used: Set<string>): { css: string; dropped: string[] } {
  const dropped: string[] = [];
  const out = css.replace(/@font-face\{[^}]*\}/g, (rule) => {
    const family = /font-family:\s*['"]?(KaTeX_[A-Za-z0-9]+)/.exec(rule)?.[1];
    if (!family || used.has(family)) return rule;
    for (const u of rule.matchAll(/url\(([^)]+)\)/g)) dropped.push(u[1].replace(/^['"]|['"]$/g, '').replace(/^fonts\//, ''));
    return '';
  });
  return { css: out, dropped };
}
