import type { ErrorSink } from './diagnostics';
import type { Facts } from './facts';
import { parseYaml } from './frontmatter';
import type { SourceFile } from './compile';

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

