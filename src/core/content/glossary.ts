import type { GlossaryTerm } from '../catalog/types';
import { normaliseKey } from '../terms/normalise';
import type { ErrorSink } from './diagnostics';
import { isPlainObject, parseYaml } from './frontmatter';
import { glossarySchema, validateAgainst } from './schemas';
import type { SourceFile } from './sources';
import { texProblem } from './tex';

/** A glossary entry as read from YAML, with where it came from (the entry's line, and each field's). */
export interface RawTerm { file: string; line: number; data: Record<string, unknown>; lineOf(field: string): number }

/** Read one glossary YAML file into `out`, reporting schema errors at their lines. */
export function collectGlossary(f: SourceFile, sink: ErrorSink, out: RawTerm[]): void {
  const parsed = parseYaml(f.path, f.text, 0, sink);
  if (!parsed) return;
  const problems = validateAgainst(glossarySchema, parsed.data);
  for (const e of problems) sink.add(f.path, parsed.lineOf(e.path), e.message);
  if (problems.length > 0 || !Array.isArray(parsed.data)) return;
  parsed.data.forEach((item, i) => {
    if (isPlainObject(item)) {
      out.push({ file: f.path, line: parsed.lineOf(`/${i}`), data: item, lineOf: (field) => parsed.lineOf(`/${i}/${field}`) });
    }
  });
}

/**
 * Turn raw entries into the terms the matcher uses: aliases normalised to keys (an alias may
 * belong to one term only), weak aliases kept apart, links to concepts and pages checked.
 */
export function compileTerms(
  rawTerms: RawTerm[], sink: ErrorSink, isPage: (id: string) => boolean, conceptSlugs: ReadonlySet<string>,
  parts: ReadonlyMap<string, string> = new Map(), isEverydayWord?: (word: string) => boolean,
): GlossaryTerm[] {
  const out: GlossaryTerm[] = [];
  const keyOwner = new Map<string, string>();
  const ids = new Set<string>();
  const shared: { file: string; line: number; term: GlossaryTerm; alias: string }[] = [];
  for (const { file, line, data, lineOf } of rawTerms) {
    const id = data.id as string;
    if (ids.has(id)) sink.add(file, line, `duplicate glossary term "${id}"`);
    ids.add(id);
    const concept = data.concept as string | undefined;
    if (concept && !conceptSlugs.has(concept)) sink.add(file, lineOf('concept'), `term "${id}": no concept "${concept}"`);
    const chapters = (data.chapters as string[] | undefined) ?? [];
    chapters.forEach((c, i) => { if (!isPage(c)) sink.add(file, lineOf(`chapters/${i}`), `term "${id}": no page "${c}"`); });
    const definition = data.definition as string;
    if (/\$/.test(definition)) sink.add(file, lineOf('definition'), `term "${id}": definitions are shown in hovers and must not use $ math`);
    for (const field of ['title', 'definition'] as const) {
      const problem = plainTextProblem(data[field] as string);
      if (problem) sink.add(file, lineOf(field), `term "${id}": ${field} ${problem}`);
    }
    const keys: string[] = [];
    const weakKeys: string[] = [];
    const fieldKeys: string[] = [];
    const strong = (data.aliases as string[]).map((a) => ({ alias: a, weak: data.ambiguous === true, field: false }));
    const weak = ((data.weak_aliases as string[] | undefined) ?? []).map((a) => ({ alias: a, weak: true, field: false }));
    // Generic words in code at large that have this one sense in a file about the field.
    const field = ((data.field_aliases as string[] | undefined) ?? []).map((a) => ({ alias: a, weak: true, field: true }));
    const strongAt = (i: number) => lineOf(`aliases/${i}`);
    const weakAt = (i: number) => lineOf(`weak_aliases/${i}`);
    const fieldAt = (i: number) => lineOf(`field_aliases/${i}`);
    const all = [...strong.map((a, i) => ({ ...a, at: () => strongAt(i) })), ...weak.map((a, i) => ({ ...a, at: () => weakAt(i) })),
      ...field.map((a, i) => ({ ...a, at: () => fieldAt(i) }))];
    for (const { alias, weak: isWeak, field: isField, at } of all) {
      const key = normaliseKey(alias);
      if (!key) { sink.add(file, at(), `term "${id}": alias "${alias}" has no letters`); continue; }
      const owner = keyOwner.get(key);
      if (owner && owner !== id) sink.add(file, at(), `term "${id}": alias "${alias}" already belongs to "${owner}"`);
      keyOwner.set(key, id);
      if (!keys.includes(key)) keys.push(key);
      if (isWeak && !weakKeys.includes(key)) weakKeys.push(key);
      if (isField && !fieldKeys.includes(key)) fieldKeys.push(key);
    }
    const formula = data.formula as string | undefined;
    if (formula !== undefined) {
      const problem = texProblem(formula, true);
      if (problem) sink.add(file, lineOf('formula'), `term "${id}": formula: ${problem.replace(/KaTeX parse error: /, '')}`);
    }
    const unlessKeys = ((data.unless as string[] | undefined) ?? []).map(normaliseKey).filter(Boolean);
    const everyday = isEverydayWord ? everydayWordsOf(all.map((a) => a.alias), isEverydayWord) : [];
    const term: GlossaryTerm = {
      id, title: data.title as string, definition, ...(formula !== undefined ? { formula } : {}), keys, weakKeys, unlessKeys,
      ...(fieldKeys.length ? { fieldKeys } : {}), ...(everyday.length ? { everydayWords: everyday } : {}), concept, part: concept ? parts.get(concept) : undefined, chapters,
    };
    for (const alias of (data.shared_aliases as string[] | undefined) ?? []) shared.push({ file, line: lineOf('shared_aliases'), term, alias });
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

/**
 * Titles and definitions are plain text in hovers and on the glossary page (text such as
 * `<s>` or `</s>` shows as written); a URL that would run script or read local data is still
 * never wanted there.
 */
const UNSAFE_URL = /(?:^|[^A-Za-z0-9+.-])((?:javascript|vbscript):\S|data:[\w.+-]+\/[\w.+-]+[;,]|file:\/)/i;

function plainTextProblem(text: string): string | undefined {
  const m = UNSAFE_URL.exec(text);
  return m ? `must not contain a ${m[1].slice(0, m[1].indexOf(':') + 1).toLowerCase()} URL` : undefined;
}

/**
 * The everyday English words among the words of some aliases (split at spaces, `_`, `-` and
 * case changes, lowercased), with the `s`/`es` plurals the matcher also finds. A whole alias
 * that is one such word (`layernorm` is not, `attention` is) counts as one word.
 */
export function everydayWordsOf(aliases: readonly string[], isEverydayWord: (word: string) => boolean): string[] {
  const out = new Set<string>();
  for (const alias of aliases) {
    const words = alias.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    for (const w of [...words, alias.toLowerCase().replace(/[^a-z0-9]/g, '')]) {
      for (const form of [w, `${w}s`, `${w}es`]) if (isEverydayWord(form)) out.add(form);
    }
  }
  return [...out].sort();
}
