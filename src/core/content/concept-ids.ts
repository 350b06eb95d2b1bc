import type { ErrorSink } from './diagnostics';
import type { Facts } from './facts';
import { parseYaml } from './frontmatter';
import type { SourceFile } from './sources';

const CONCEPT_IDS = 'content/concept-ids.yaml';

/** The concept slugs, one per concept of the facts, from content/concept-ids.yaml. */
export function readConceptSlugs(files: SourceFile[], facts: Facts, sink: ErrorSink): string[] {
  const file = files.find((f) => f.path.endsWith('concept-ids.yaml'));
  const n = facts.concepts.concepts.length;
  const fallback = facts.concepts.concepts.map((c) => `concept-${c.number}`);
  if (!file) { sink.add(CONCEPT_IDS, 1, 'missing: list the slug of each concept'); return fallback; }
  const parsed = parseYaml(file.path, file.text, 0, sink);
  const data = parsed?.data;
  const ok = Array.isArray(data) && data.length === n && data.every((x) => typeof x === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(x))
    && new Set(data).size === n;
  if (!ok) { sink.add(file.path, 1, `must list ${n} distinct lowercase slugs, one per concept`); return fallback; }
  return data as string[];
}


const CONCEPT_PARTS = 'content/concept-parts.yaml';

/** Concept slug → its part, from content/concept-parts.yaml; every concept must have exactly one. */
export function readConceptParts(files: SourceFile[], slugs: string[], sink: ErrorSink): Map<string, string> {
  const out = new Map<string, string>();
  const file = files.find((f) => f.path.endsWith('concept-parts.yaml'));
  if (!file) { sink.add(CONCEPT_PARTS, 1, 'missing: name the part of each concept'); return out; }
  const parsed = parseYaml(file.path, file.text, 0, sink);
  if (!parsed) return out;
  const data = parsed.data as Record<string, unknown>;
  for (const [part, list] of Object.entries(data ?? {})) {
    if (!Array.isArray(list)) { sink.add(file.path, parsed.lineOf(`/${part}`), `"${part}" must list concept slugs`); continue; }
    for (const slug of list) {
      if (!slugs.includes(String(slug))) sink.add(file.path, parsed.lineOf(`/${part}`), `no concept "${String(slug)}"`);
      else if (out.has(String(slug))) sink.add(file.path, parsed.lineOf(`/${part}`), `concept "${String(slug)}" is in two parts`);
      else out.set(String(slug), part);
    }
  }
  for (const slug of slugs) if (!out.has(slug)) sink.add(file.path, 1, `concept "${slug}" is in no part`);
  return out;
}
