/**
 * The team glossary: `.vscode/llm-primer-glossary.yaml` (or `.json`) adds terms or overrides
 * built-in ones for a workspace. Parsed and checked here (pure), so a broken file yields
 * messages at its lines and the built-in glossary keeps working.
 */
import type { GlossaryTerm } from '../catalog/types';
import { ErrorSink } from '../content/diagnostics';
import { parseYaml, isPlainObject } from '../content/frontmatter';
import { normaliseKey } from './normalise';

export interface TeamProblem { line: number; message: string }

export interface TeamGlossary { terms: GlossaryTerm[]; problems: TeamProblem[] }

/** What the rest of the library offers a team term to link to and inherit from. */
export interface TeamLinks {
  builtIn: ReadonlyMap<string, GlossaryTerm>;
  isPage(id: string): boolean;
  conceptPart(slug: string): string | undefined;
}

const FIELDS = new Set(['id', 'title', 'aliases', 'weak_aliases', 'unless', 'definition', 'concept', 'chapters']);
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_TERMS = 2000;

/**
 * Read a team glossary: a list of terms, or `{ terms: [...] }`. An entry whose id is a built-in
 * term overrides only the fields it gives (its aliases are added to the built-in ones); a new id
 * needs a title, aliases and a definition. Entries with problems are left out, the rest load.
 */
export function parseTeamGlossary(text: string, links: TeamLinks): TeamGlossary {
  const problems: TeamProblem[] = [];
  const sink = new ErrorSink();
  const parsed = parseYaml('', text, 0, sink);
  if (!parsed) return { terms: [], problems: sink.errors.map((e) => ({ line: e.line, message: e.message })) };
  const root = parsed.data;
  const list = Array.isArray(root) ? root : isPlainObject(root) && Array.isArray(root.terms) ? root.terms : undefined;
  const prefix = Array.isArray(root) ? '' : '/terms';
  if (root === null || root === undefined) return { terms: [], problems };
  if (!list) return { terms: [], problems: [{ line: 1, message: 'a team glossary is a list of terms, or a mapping with a "terms" list' }] };
  const terms: GlossaryTerm[] = [];
  const seen = new Set<string>();
  list.slice(0, MAX_TERMS).forEach((entry: unknown, i: number) => {
    const at = (field?: string) => parsed.lineOf(`${prefix}/${i}${field ? `/${field}` : ''}`);
    const bad = (message: string, field?: string) => { problems.push({ line: at(field), message }); return undefined; };
    const term = checkEntry(entry, links, bad);
    if (!term) return;
    if (seen.has(term.id)) { bad(`term "${term.id}" appears twice`, 'id'); return; }
    seen.add(term.id);
    terms.push(term);
  });
  if (list.length > MAX_TERMS) problems.push({ line: 1, message: `only the first ${MAX_TERMS} terms are read` });
  return { terms, problems };
}

type Bad = (message: string, field?: string) => undefined;

function checkEntry(entry: unknown, links: TeamLinks, bad: Bad): GlossaryTerm | undefined {
  if (!isPlainObject(entry)) return bad('each term is a mapping with id, title, aliases and definition');
  for (const k of Object.keys(entry)) if (!FIELDS.has(k)) return bad(`unknown field "${k}" (allowed: ${[...FIELDS].join(', ')})`, k);
  const id = entry.id;
  if (typeof id !== 'string' || !ID.test(id)) return bad('"id" must be lowercase letters, digits and hyphens, such as "router-logits"', 'id');
  const base = links.builtIn.get(id);
  const text = (k: string, min: number, max: number): string | undefined | null => {
    const v = entry[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim().length < min || v.length > max) { bad(`"${k}" must be text of ${min} to ${max} characters`, k); return null; }
    return v.trim();
  };
  const list = (k: string): string[] | undefined | null => {
    const v = entry[k];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((a) => typeof a === 'string' && normaliseKey(a).length > 0 && a.length <= 80)) {
      bad(`"${k}" must be a list of names such as [router_logits, gate_logits]`, k);
      return null;
    }
    return v as string[];
  };
  const title = text('title', 2, 80);
  const definition = text('definition', 10, 600);
  const aliases = list('aliases');
  const weak = list('weak_aliases');
  const unless = list('unless');
  const chapters = list('chapters');
  if ([title, definition, aliases, weak, unless, chapters].includes(null)) return undefined;
  const concept = entry.concept;
  if (concept !== undefined && (typeof concept !== 'string' || !links.conceptPart(concept) && !links.isPage(`concept/${concept}`))) {
    return bad(`"concept" must be a concept of the library, such as "attention"`, 'concept');
  }
  for (const c of chapters ?? []) if (!links.isPage(c)) return bad(`"chapters": no page "${c}" in the library (use ids such as "vol-2/ch-4")`, 'chapters');
  if (!base && (!title || !definition || !aliases?.length)) return bad(`a new term needs "title", "aliases" and "definition"`);
  const keys = (names: string[] | undefined | null) => [...new Set((names ?? []).map(normaliseKey))];
  const weakKeys = keys(weak);
  const strongKeys = keys(aliases).filter((k) => !weakKeys.includes(k));
  const slug = (concept as string | undefined) ?? base?.concept;
  return {
    id,
    title: title ?? base!.title,
    definition: definition ?? base!.definition,
    ...(base?.formula ? { formula: base.formula } : {}),
    keys: [...new Set([...strongKeys, ...weakKeys, ...(base?.keys ?? [])])],
    weakKeys: [...new Set([...weakKeys, ...(base?.weakKeys ?? []).filter((k) => !strongKeys.includes(k))])],
    unlessKeys: [...new Set([...keys(unless), ...(base?.unlessKeys ?? [])])],
    concept: slug,
    part: slug ? links.conceptPart(slug) ?? base?.part : undefined,
    chapters: chapters ?? base?.chapters ?? [],
  };
}
