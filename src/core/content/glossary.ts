import katex from 'katex';
import type { GlossaryTerm } from '../catalog/types';
import { normaliseKey } from '../terms/normalise';
import type { ErrorSink } from './diagnostics';
import { isPlainObject, parseYaml } from './frontmatter';
import { glossarySchema, validateAgainst } from './schemas';
import type { SourceFile } from './sources';

/** A glossary entry as read from YAML, with where it came from. */
export interface RawTerm { file: string; line: number; data: Record<string, unknown> }

/** Read one glossary YAML file into `out`, reporting schema errors at their lines. */
export function collectGlossary(f: SourceFile, sink: ErrorSink, out: RawTerm[]): void {
  const parsed = parseYaml(f.path, f.text, 0, sink);
  if (!parsed) return;
  const problems = validateAgainst(glossarySchema, parsed.data);
  for (const e of problems) sink.add(f.path, parsed.lineOf(e.path), e.message);
  if (problems.length > 0 || !Array.isArray(parsed.data)) return;
  parsed.data.forEach((item, i) => {
    if (isPlainObject(item)) out.push({ file: f.path, line: parsed.lineOf(`/${i}`), data: item });
  });
}

/**
 * Turn raw entries into the terms the matcher uses: aliases normalised to keys (an alias may
 * belong to one term only), weak aliases kept apart, links to concepts and pages checked.
 */
export function compileTerms(
  rawTerms: RawTerm[], sink: ErrorSink, isPage: (id: string) => boolean, conceptSlugs: ReadonlySet<string>,
  parts: ReadonlyMap<string, string> = new Map(),
): GlossaryTerm[] {
  const out: GlossaryTerm[] = [];
  const keyOwner = new Map<string, string>();
  const ids = new Set<string>();
  const shared: { file: string; line: number; term: GlossaryTerm; alias: string }[] = [];
  for (const { file, line, data } of rawTerms) {
    const id = data.id as string;
    if (ids.has(id)) sink.add(file, line, `duplicate glossary term "${id}"`);
    ids.add(id);
    const concept = data.concept as string | undefined;
    if (concept && !conceptSlugs.has(concept)) sink.add(file, line, `term "${id}": no concept "${concept}"`);
    const chapters = (data.chapters as string[] | undefined) ?? [];
    for (const c of chapters) if (!isPage(c)) sink.add(file, line, `term "${id}": no page "${c}"`);
    const definition = data.definition as string;
    if (/\$/.test(definition)) sink.add(file, line, `term "${id}": definitions are shown in hovers and must not use $ math`);
    const keys: string[] = [];
    const weakKeys: string[] = [];
    const strong = (data.aliases as string[]).map((a) => ({ alias: a, weak: data.ambiguous === true }));
    const weak = ((data.weak_aliases as string[] | undefined) ?? []).map((a) => ({ alias: a, weak: true }));
    for (const { alias, weak: isWeak } of [...strong, ...weak]) {
      const key = normaliseKey(alias);
      if (!key) { sink.add(file, line, `term "${id}": alias "${alias}" has no letters`); continue; }
      const owner = keyOwner.get(key);
      if (owner && owner !== id) sink.add(file, line, `term "${id}": alias "${alias}" already belongs to "${owner}"`);
      keyOwner.set(key, id);
      if (!keys.includes(key)) keys.push(key);
      if (isWeak && !weakKeys.includes(key)) weakKeys.push(key);
    }
    const formula = data.formula as string | undefined;
    if (formula !== undefined) {
      try { katex.renderToString(formula, { displayMode: true, throwOnError: true, strict: 'error' }); } catch (e) {
        sink.add(file, line, `term "${id}": formula does not compile: ${(e as Error).message.replace(/^KaTeX parse error: /, '')}`);
      }
    }
    const unlessKeys = ((data.unless as string[] | undefined) ?? []).map(normaliseKey).filter(Boolean);
    const term: GlossaryTerm = { id, title: data.title as string, definition, ...(formula !== undefined ? { formula } : {}), keys, weakKeys, unlessKeys, concept, part: concept ? parts.get(concept) : undefined, chapters };
    for (const alias of (data.shared_aliases as string[] | undefined) ?? []) shared.push({ file, line, term, alias });
    out.push(term);
  }
  // A shared alias names a second sense of another term's alias, so that term must own it.
  for (const { file, line, term, alias } of shared) {
    const key = normaliseKey(alias);
    const owner = keyOwner.get(key);
    if (!owner) sink.add(file, line, `term "${term.id}": shared alias "${alias}" is no term's alias (list it under aliases instead)`);
    else if (owner === term.id) sink.add(file, line, `term "${term.id}": shared alias "${alias}" is already its own alias`);
    else (term.sharedKeys ??= []).push(key);
  }
  return out;
}
