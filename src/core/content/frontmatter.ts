import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { ErrorSink } from './diagnostics';

/**
 * A Markdown file split into YAML front matter and body, with what is needed to report
 * problems at the right line: the line where the body starts and a lookup from a data path
 * (`/quiz/2/a`) to the line of that value in the file.
 */
export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** 0-based line index of the body's first line in the file. */
  bodyLine: number;
  lineOf(path: string): number;
}

const FENCE = /^---\s*$/;

export function parseFrontMatter(file: string, text: string, sink: ErrorSink): ParsedSource | undefined {
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    sink.add(file, 1, 'missing front matter: the file must start with a line "---"');
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    sink.add(file, 1, 'front matter is not closed: add a line "---" after it');
    return undefined;
  }
  const yamlText = lines.slice(1, end).join('\n');
  const parsed = parseYaml(file, yamlText, 1, sink);
  if (!parsed) return undefined;
  if (!isPlainObject(parsed.data)) {
    sink.add(file, 2, 'front matter must be a mapping of keys to values');
    return undefined;
  }
  return {
    data: parsed.data,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 1,
    lineOf: parsed.lineOf,
  };
}

/** Parse YAML text that starts at 0-based `firstLine` of `file`; errors carry file lines. */
export function parseYaml(file: string, text: string, firstLine: number, sink: ErrorSink):
  { data: unknown; lineOf(path: string): number } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
      sink.add(file, firstLine + line, `YAML: ${err.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const lineOf = (path: string): number => {
    let node: unknown = doc.contents;
    let lastRange: [number, number, number] | undefined = rangeOf(node);
    for (const segment of path.split('/').filter(Boolean)) {
      const next = childOf(node, decodeURIComponent(segment));
      if (next === undefined) break;
      node = next.value;
      lastRange = rangeOf(next.key) ?? rangeOf(node) ?? lastRange;
      if (rangeOf(node)) lastRange = rangeOf(node);
    }
    return firstLine + (lastRange ? counter.linePos(lastRange[0]).line : 1);
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // An alias whose anchor is missing (`*x`) parses but cannot be turned into data.
    sink.add(file, firstLine + 1, `YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
  return { data, lineOf };
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  const r = (node as YamlNode | undefined)?.range;
  return r ? [r[0], r[1], r[2]] : undefined;
}

function childOf(node: unknown, key: string): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
