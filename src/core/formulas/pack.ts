/**
 * The hover formulas are MathJax SVGs whose glyphs are `<path>`s in each SVG's own `<defs>`:
 * the same glyph (an italic x, a summation sign) is repeated in every formula that uses it.
 * The build stores each glyph once and each SVG without its defs; the hover puts back the defs
 * the SVG refers to. Pure string work, so the host (Node or browser) needs no parser.
 */
export interface FormulaPack {
  /** Glyph id (`TEX-I-1D465`) → its path data. */
  glyphs: Record<string, string>;
  /** Term id → SVG with no `<defs>`, its `<use>`s pointing at `#TEX-…` glyph ids. */
  svgs: Record<string, string>;
}

const DEFS = /<defs>([\s\S]*?)<\/defs>/;
const GLYPH = /<path id="MJX-\d+-(TEX-[^"]+)" d="([^"]*)"><\/path>/g;
const REF = /href="#MJX-\d+-(TEX-[^"]+)"/g;
const USED = /href="#(TEX-[^"]+)"/g;

/** Store each glyph once. Throws on an SVG whose defs hold anything but glyph paths. */
export function packFormulas(svgs: Record<string, string>): FormulaPack {
  const pack: FormulaPack = { glyphs: {}, svgs: {} };
  for (const [id, svg] of Object.entries(svgs)) {
    const defs = DEFS.exec(svg)?.[1] ?? '';
    const rest = defs.replace(GLYPH, (_m, glyph: string, d: string) => {
      const known = pack.glyphs[glyph];
      if (known !== undefined && known !== d) throw new Error(`formula "${id}": glyph ${glyph} has two shapes`);
      pack.glyphs[glyph] = d;
      return '';
    });
    if (rest.trim()) throw new Error(`formula "${id}": unexpected definitions ${rest.slice(0, 80)}`);
    pack.svgs[id] = svg.replace(DEFS, '').replace(REF, 'href="#$1"');
  }
  return pack;
}

/** The term's SVG with the defs of the glyphs it uses, or undefined (no formula, or a glyph missing). */
export function unpackFormula(pack: FormulaPack, termId: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(pack.svgs, termId)) return undefined;
  const svg = pack.svgs[termId];
  const used = new Set<string>();
  for (const m of svg.matchAll(USED)) used.add(m[1]);
  let defs = '';
  for (const glyph of used) {
    const d = Object.prototype.hasOwnProperty.call(pack.glyphs, glyph) ? pack.glyphs[glyph] : undefined;
    if (d === undefined) return undefined;
    defs += `<path id="${glyph}" d="${d}"></path>`;
  }
  const open = svg.indexOf('>') + 1;
  return `${svg.slice(0, open)}<defs>${defs}</defs>${svg.slice(open)}`;
}

/** Whether a parsed formulas.json has the pack's shape (every glyph and SVG a string). */
export function isFormulaPack(x: unknown): x is FormulaPack {
  const strings = (o: unknown) => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.values(o).every((v) => typeof v === 'string');
  return typeof x === 'object' && x !== null && strings((x as FormulaPack).glyphs) && strings((x as FormulaPack).svgs);
}
