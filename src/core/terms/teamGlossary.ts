/**
 * The team glossary: `.vscode/llm-primer-glossary.yaml` (or `.json`) adds terms or overrides
 * built-in ones for a workspace. Parsed and checked here (pure), so a broken file yields
 * messages at its lines and the built-in glossary keeps working.
 */
import type { GlossaryTerm } from '../catalog/types';
import { ErrorSink } from '../content/diagnostics';
import { parseYaml, isPlainObject } from '../content/frontmatter';
import { normaliseKey } from './normalise';
import { english, type Localizer } from '../l10n';

export interface TeamProblem { line: number; message: string }

export interface TeamGlossary { terms: GlossaryTerm[]; problems: TeamProblem[] }

/** What the rest of the library offers a team term to link to and inherit from. */
export interface TeamLinks {
  builtIn: ReadonlyMap<string, GlossaryTerm>;
  isPage(id: string): boolean;
  conceptPart(slug: string): string | undefined;
}

const FIELDS = new Set(['id', 'title', 'aliases', 'weak_aliases', 'field_aliases', 'unless', 'definition', 'concept', 'chapters']);
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_TERMS = 2000;

/**
 * Read a team glossary: a list of terms, or `{ terms: [...] }`. An entry whose id is a built-in
 * term overrides only the fields it gives (its aliases are added to the built-in ones); a new id
 * needs a title, aliases and a definition. Entries with problems are left out, the rest load.
 * Problems are worded in the user's language (`l10n` is `vscode.l10n` in the extension).
 */
export function parseTeamGlossary(text: string, links: TeamLinks, l10n: Localizer = english): TeamGlossary {
  const problems: TeamProblem[] = [];
  const sink = new ErrorSink();
  const parsed = parseYaml('', text, 0, sink);
  if (!parsed) return { terms: [], problems: sink.errors.map((e) => ({ line: e.line, message: e.message })) };
  const root = parsed.data;
  const list = Array.isArray(root) ? root : isPlainObject(root) && Array.isArray(root.terms) ? root.terms : undefined;
  const prefix = Array.isArray(root) ? '' : '/terms';
  if (root === null || root === undefined) return { terms: [], problems };
  if (!list) return { terms: [], problems: [{ line: 1, message: l10n.t('a team glossary is a list of terms, or a mapping with a "terms" list') }] };
  const terms: GlossaryTerm[] = [];
  const seen = new Set<string>();
  list.slice(0, MAX_TERMS).forEach((entry: unknown, i: number) => {
    const at = (field?: string) => parsed.lineOf(`${prefix}/${i}${field ? `/${field}` : ''}`);
    const bad = (message: string, field?: string) => { problems.push({ line: at(field), message }); return undefined; };
    const term = checkEntry(entry, links, bad, l10n);
    if (!term) return;
    if (seen.has(term.id)) { bad(l10n.t('term "{0}" appears twice', term.id), 'id'); return; }
    seen.add(term.id);
    terms.push(term);
  });
  if (list.length > MAX_TERMS) problems.push({ line: 1, message: l10n.t('only the first {0} terms are read', MAX_TERMS) });
  return { terms, problems };
}

type Bad = (message: string, field?: string) => undefined;

function checkEntry(entry: unknown, links: TeamLinks, bad: Bad, l10n: Localizer): GlossaryTerm | undefined {
  if (!isPlainObject(entry)) return bad(l10n.t('each term is a mapping with id, title, aliases and definition'));
  for (const k of Object.keys(entry)) if (!FIELDS.has(k)) return bad(l10n.t('unknown field "{0}" (allowed: {1})', k, [...FIELDS].join(', ')), k);
  const id = entry.id;
  if (typeof id !== 'string' || !ID.test(id)) return bad(l10n.t('"{0}" must be lowercase letters, digits and hyphens, such as "router-logits"', 'id'), 'id');
  const base = links.builtIn.get(id);
  const text = (k: string, min: number, max: number): string | undefined | null => {
    const v = entry[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim().length < min || v.length > max) { bad(l10n.t('"{0}" must be text of {1} to {2} characters', k, min, max), k); return null; }
    return v.trim();
  };
  const list = (k: string): string[] | undefined | null => {
    const v = entry[k];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((a) => typeof a === 'string' && normaliseKey(a).length > 0 && a.length <= 80)) {
      bad(l10n.t('"{0}" must be a list of names such as [router_logits, gate_logits]', k), k);
      return null;
    }
    return v as string[];
  };
  const title = text('title', 2, 80);
  const definition = text('definition', 10, 600);
  const aliases = list('aliases');
  const weak = list('weak_aliases');
  const field = list('field_aliases');
  const unless = list('unless');
  const chapters = list('chapters');
  if ([title, definition, aliases, weak, field, unless, chapters].includes(null)) return undefined;
  const concept = entry.concept;
  if (concept !== undefined && (typeof concept !== 'string' || !links.conceptPart(concept) && !links.isPage(`concept/${concept}`))) {
    return bad(l10n.t('"{0}" must be a concept of the library, such as "attention"', 'concept'), 'concept');
  }
  for (const c of chapters ?? []) if (!links.isPage(c)) return bad(l10n.t('"{0}": no page "{1}" in the library (use ids such as "vol-2/ch-4")', 'chapters', c), 'chapters');
  if (!base && (!title || !definition || !aliases?.length)) return bad(l10n.t('a new term needs "{0}", "{1}" and "{2}"', 'title', 'aliases', 'definition'));
  const keys = (names: string[] | undefined | null) => [...new Set((names ?? []).map(normaliseKey))];
  const fieldKeys = keys(field);
  const weakKeys = [...new Set([...keys(weak), ...fieldKeys])];
  const strongKeys = keys(aliases).filter((k) => !weakKeys.includes(k));
  const inField = [...new Set([...fieldKeys, ...(base?.fieldKeys ?? []).filter((k) => !strongKeys.includes(k) && !weakKeys.includes(k))])];
  const slug = (concept as string | undefined) ?? base?.concept;
  return {
    id,
    title: title ?? base!.title,
    definition: definition ?? base!.definition,
    ...(base?.formula ? { formula: base.formula } : {}),
    keys: [...new Set([...strongKeys, ...weakKeys, ...(base?.keys ?? [])])],
    weakKeys: [...new Set([...weakKeys, ...(base?.weakKeys ?? []).filter((k) => !strongKeys.includes(k))])],
    ...(inField.length ? { fieldKeys: inField } : {}),
    unlessKeys: [...new Set([...keys(unless), ...(base?.unlessKeys ?? [])])],
    concept: slug,
    part: slug ? links.conceptPart(slug) ?? base?.part : undefined,
    chapters: chapters ?? base?.chapters ?? [],
  };
}
