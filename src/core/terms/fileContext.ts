import type { GlossaryTerm } from '../catalog/types';
import { hasNameAt, isIdCode } from './split';

/**
 * What kind of file a hover is in. Generic words (`key`, `beta`, `token`, `layer`, `cache`) mean
 * an LLM concept only in a file that is about the field; this module decides that from the
 * file's imports and from how many distinct unambiguous field terms it holds.
 */

/**
 * Libraries whose import makes a file "about the field". Python module roots and npm package
 * names (a scope counts as a whole: every `@langchain/…` package is LangChain).
 */
const FIELD_MODULES = new Set([
  'torch', 'transformers', 'jax', 'flax', 'optax', 'haiku', 'equinox', 'mlx', 'mlx_lm', 'vllm', 'peft', 'trl',
  'langchain', 'langchain_core', 'langchain_community', 'langchain_openai', 'langchain_anthropic', 'langgraph',
  'langchain_text_splitters', 'llama_index', 'llama_cpp', 'openai', 'anthropic', 'mcp', 'fastmcp',
  'sentence_transformers', 'tiktoken', 'tokenizers', 'sentencepiece', 'datasets', 'accelerate', 'deepspeed',
  'bitsandbytes', 'safetensors', 'huggingface_hub', 'diffusers', 'timm', 'xformers', 'flash_attn', 'triton',
  'tensorflow', 'keras', 'ollama', 'cohere', 'mistralai', 'groq', 'litellm', 'chromadb', 'faiss', 'pinecone',
  'qdrant_client', 'weaviate', 'lancedb', 'dspy', 'guidance', 'outlines', 'instructor', 'ragas', 'evaluate',
  'lm_eval', 'megatron', 'fairscale', 'einops', 'torchtune', 'torchtitan', 'unsloth', 'axolotl', 'gguf',
  'google.generativeai', 'vertexai', 'onnxruntime_genai', 'ctransformers', 'exllamav2', 'auto_gptq', 'optimum',
  'pymilvus', 'together', 'onnxscript', 'thinc',
  // npm
  '@langchain', 'langchain', '@anthropic-ai', 'openai', '@modelcontextprotocol', '@huggingface', '@xenova',
  'ai', '@ai-sdk', 'llamaindex', '@llamaindex', 'ollama', '@google/generative-ai', '@google/genai', '@mistralai',
  'cohere-ai', 'groq-sdk', '@pinecone-database', 'chromadb', 'tiktoken', 'js-tiktoken', 'gpt-tokenizer',
  '@tensorflow', 'onnxruntime-web', 'onnxruntime-node', 'node-llama-cpp', '@mlc-ai', 'weaviate-client',
  'weaviate-ts-client', '@zilliz', '@qdrant', '@lancedb', 'together-ai', '@openrouter', 'llama3-tokenizer-js',
]);

/**
 * Libraries for building applications on language models: chat and completion clients, agent and
 * RAG frameworks, MCP. A file importing one is about prompts, messages, tools, agents and
 * retrieval, so the generic words of that part of the field (`messages`, `role`, `prompt`,
 * `instructions`) take their LLM meaning there without a related term on the next lines.
 */
const APPLICATION_MODULES = new Set([
  'openai', 'anthropic', '@anthropic-ai', '@ai-sdk', 'ai', 'langchain', 'langchain_core', 'langchain_community',
  'langchain_openai', 'langchain_anthropic', 'langchain_text_splitters', 'langgraph', '@langchain', 'llama_index',
  'llamaindex', '@llamaindex', 'mcp', 'fastmcp', '@modelcontextprotocol', 'ollama', 'cohere', 'cohere-ai', 'mistralai',
  '@mistralai', 'groq', 'groq-sdk', 'litellm', 'dspy', 'instructor', 'guidance', 'outlines', 'google.generativeai',
  '@google/genai', '@google/generative-ai', 'vertexai', 'together', 'together-ai', '@openrouter',
]);

/** The part of the field (content/concept-parts.yaml) whose generic words an application library confirms. */
export const APPLICATION_PART = 'applications';

/** True when `name` is the root a field library is imported by (`transformers`, `torch`, `@langchain`). */
export function isFieldModule(name: string): boolean {
  return FIELD_MODULES.has(name);
}

/**
 * True when the word at [start, end) of a line is written as a library's name: the root of a
 * module path (`transformers.AutoModel`, `~transformers.Trainer`), the module of an import
 * (`from transformers import …`, `import datasets`) or a part of a longer name
 * (`TransformersKwargs`, `is_transformers_available`), and it is a field library's root.
 */
export function namesLibraryAt(line: string, start: number, end: number): boolean {
  if (!isFieldModule(line.slice(start, end).toLowerCase())) return false;
  if (line.charCodeAt(end) === 46 /* . */ && line.charCodeAt(start - 1) !== 46) return true;
  if (isIdCode(line.charCodeAt(start - 1)) || isIdCode(line.charCodeAt(end))) return true;
  return /^[ \t]*(?:from|import)[ \t]+$/.test(line.slice(0, start));
}

/**
 * The part of the field about running a model (content/concept-parts.yaml): its generic words
 * (`stream`, `stop`) take their LLM sense in an application library's file too, as such a file
 * calls a model.
 */
export const INFERENCE_PART = 'inference';

/**
 * The concept of the context window (content/concepts): a request to a model fills it and is
 * billed by it, so an application library's file confirms its generic words too (`usage`,
 * `truncate`).
 */
export const CONTEXT_CONCEPT = 'context-window';

/** True when the file alone confirms a generic word of `term`: an application library's file, a word of applications or inference. */
export function fileConfirms(file: FileContext | undefined, term: GlossaryTerm): boolean {
  return file?.applicationLibrary === true && (term.part === APPLICATION_PART || term.part === INFERENCE_PART || term.concept === CONTEXT_CONCEPT);
}

/** A file returning (twice or more) to at least this many distinct unambiguous terms is about the field, whatever it imports. */
export const FIELD_TERM_THRESHOLD = 4;

export interface FileContext {
  /** The field libraries the file imports (module roots or npm package names). */
  fieldImports: string[];
  /** Distinct unambiguous glossary terms that occur at least twice in the file (filled in by the scanner). */
  strongTerms: number;
  /** True when generic words may take their LLM meaning here. */
  aboutField: boolean;
  /**
   * The unambiguous terms the file's scan found on a line (0-based), in order. With it, a hover
   * confirms a generic word from the scan instead of reading the neighbouring lines again.
   */
  strongOnLine?(line: number): readonly { term: GlossaryTerm; start: number; end: number; shared?: true }[];
  /** How often each unambiguous term occurs in the file: whether the file returns to the field's terms. */
  termCounts?: ReadonlyMap<GlossaryTerm, number>;
  /** The terms the file names by words of their own, not shared with another term: what tells a shared word's senses apart. */
  senseEvidence?: ReadonlySet<GlossaryTerm>;
  /**
   * Names the file binds to a whole module under a name of its own (`import jax.numpy as jnp`,
   * `const openai_1 = require("openai")`): such a name stands for the module, whatever words it
   * is made of, so no hover explains it.
   */
  moduleAliases?: ReadonlySet<string>;
  /**
   * For each term name that begins longer identifiers in the file (`TextGeneration` in
   * `TextGenerationStreamPrefillToken`), how many distinct identifiers it begins, counted up to
   * NAMESPACE_NAMES (key: the name as written, lowercase). A word that starts many names is
   * their namespace.
   */
  prefixes?: ReadonlyMap<string, number>;
  /** True when the file imports a library for building LLM applications (see APPLICATION_MODULES). */
  applicationLibrary?: boolean;
  /**
   * Names the file gives to field libraries or their modules (`nn` of `from torch import nn`, `F`,
   * `jnp`, `tf`): a generic word written as their member (`nn.Linear`, `F.softmax`) is the
   * library's, and means what the library means by it.
   */
  fieldNames?: ReadonlySet<string>;
  /**
   * Names the file imports from libraries outside the field, and the names it gives such
   * libraries (`lru_cache` of `from functools import lru_cache`, `np`, `{ Token }` of acorn): a
   * generic word that is one of them, or written as their member (`functools.lru_cache`), is that
   * library's and means what it means there.
   */
  outsideNames?: ReadonlySet<string>;
}

/** A Python import statement, read where a line starts. */
const PY_IMPORT = /[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([A-Za-z_][^#;\n]*))/y;
/** A JavaScript module specifier, read where one of JS_IMPORT_WORDS starts. */
const JS_IMPORT = /(?:from[ \t]*|import[ \t]*\(?[ \t]*|require[ \t]*\([ \t]*)["']([^"'\n]{1,100})["']/y;
const JS_IMPORT_WORDS = ['from', 'import', 'require'];

/**
 * Python imports: every line that holds the word `import` is read once from its start. Finding
 * the word first, rather than trying the pattern at every line start, keeps this a small part of
 * a scan (most lines import nothing).
 */
function* pythonImports(text: string): Generator<RegExpExecArray> {
  let tried = -1;
  for (let at = text.indexOf('import'); at >= 0; at = text.indexOf('import', at + 6)) {
    let lineStart = at;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    if (lineStart === tried) continue;
    tried = lineStart;
    PY_IMPORT.lastIndex = lineStart;
    const m = PY_IMPORT.exec(text);
    if (m) yield m;
  }
}

/** JavaScript module specifiers (`from "x"`, `import("x")`, `require("x")`) in text order, each read where its word starts. */
function* javascriptImports(text: string): Generator<RegExpExecArray> {
  const next = JS_IMPORT_WORDS.map((w) => wordAt(text, w, 0));
  let done = 0;
  for (;;) {
    let k = -1;
    for (let i = 0; i < next.length; i++) if (next[i] >= 0 && (k < 0 || next[i] < next[k])) k = i;
    if (k < 0) return;
    const at = next[k];
    next[k] = wordAt(text, JS_IMPORT_WORDS[k], at + 1);
    if (at < done) continue;
    JS_IMPORT.lastIndex = at;
    const m = JS_IMPORT.exec(text);
    if (m) { done = at + m[0].length; yield m; }
  }
}

/** The next `word` at or after `from` that does not continue a name before it, or -1. */
function wordAt(text: string, word: string, from: number): number {
  let at = text.indexOf(word, from);
  while (at > 0 && isWordCode(text.charCodeAt(at - 1))) at = text.indexOf(word, at + 1);
  return at;
}

/** What `\b` reads as a word character: A-Z, a-z, 0-9 and `_`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The root a module is known by: `transformers.models.llama` → `transformers`, `@langchain/core/x` → `@langchain`. */
function rootOf(spec: string): string[] {
  if (spec.startsWith('@')) {
    const [scope, name] = spec.split('/');
    return name ? [scope, `${scope}/${name}`] : [scope];
  }
  const parts = spec.split(/[./]/);
  return [parts[0], parts.slice(0, 2).join('.')];
}

/** The field library a module spec belongs to (`transformers.models.llama` → `transformers`), if any. */
function fieldRootOf(spec: string): string | undefined {
  return rootOf(spec.trim()).find((r) => FIELD_MODULES.has(r));
}

/** The field libraries a source text imports (Python `import`/`from`, JavaScript `import`/`require`). */
export function fieldImportsOf(text: string): string[] {
  return importsOf(text).fieldImports;
}

/**
 * The names a source text gives to whole modules: Python `import a.b as X`, JavaScript
 * `import * as X` and `X = require(…)` (also as TypeScript compiles imports, `X_1 = require(…)`).
 * A name that only repeats the module's own (`import torch as torch`) is not an alias.
 */
export function moduleAliasesOf(text: string): Set<string> {
  return importsOf(text).moduleAliases;
}

/** A Python `import` item (`numpy`, `os.path`, `numpy as np`), not a JavaScript line the import pattern also matches. */
const PY_MODULE_SPEC = /^[A-Za-z_][\w.]*$|^[A-Za-z_][\w.]*[ \t]+as[ \t]+[A-Za-z_]\w*$/;
const PY_ALIAS = /^([A-Za-z_][\w.]*)[ \t]+as[ \t]+([A-Za-z_]\w*)$/;
const JS_REQUIRE_ALIAS = /(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:__importStar\(|__importDefault\()?$/;
const JS_STAR_ALIAS = /import[ \t]*\*[ \t]*as[ \t]+([A-Za-z_$][\w$]*)[ \t]*$/;

/** One walk over a text's import statements: the field libraries it imports and the names it gives to modules. */
export function importsOf(text: string): { fieldImports: string[]; moduleAliases: Set<string>; fieldNames: Set<string>; outsideNames: Set<string> } {
  const found = new Set<string>();
  const moduleAliases = new Set<string>();
  const fieldNames = new Set<string>();
  const outsideNames = new Set<string>();
  const consider = (spec: string): boolean => {
    const root = fieldRootOf(spec);
    if (root) found.add(root);
    return root !== undefined;
  };
  for (const m of pythonImports(text)) {
    if (m[1]) {
      // `from torch import nn`, `from flax import linen as nn`: lower-case names imported from a
      // field library are its modules and functions (classes are capitalised).
      const field = consider(m[1]);
      const outside = !field && !m[1].startsWith('.');
      if (field || outside) for (const name of PY_FROM_NAMES.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[1].split(',') ?? []) {
        const bound = boundNameOf(name);
        if (outside) { if (/^[A-Za-z_]\w*$/.test(bound)) outsideNames.add(bound); continue; }
        if (/^[a-z_][a-z0-9_]*$/.test(bound) && !/^numpy\b/.test(name.trim())) fieldNames.add(bound);
      }
      continue;
    }
    for (const part of m[2].split(',')) {
      const spec = part.trim();
      const field = consider(spec.split(/\s+/)[0]);
      const alias = PY_ALIAS.exec(spec);
      if (alias && alias[2] !== alias[1].split('.').pop()) moduleAliases.add(alias[2]);
      if (field && !/\.numpy\b/.test(spec)) fieldNames.add(alias ? alias[2] : spec.split(/[\s.]/)[0]);
      else if (!field && PY_MODULE_SPEC.test(spec)) outsideNames.add(alias ? alias[2] : spec.split('.')[0]);
    }
  }
  for (const m of javascriptImports(text)) {
    const field = consider(m[1]);
    if (!field && !m[1].startsWith('.') && m[0].startsWith('from')) {
      // `import Lexer, { Token, tokTypes as tt } from "acorn"`: the names the statement binds.
      const at = text.lastIndexOf('import', m.index);
      const head = at >= 0 && m.index - at < 600 && !isIdCode(text.charCodeAt(at - 1)) ? text.slice(at + 6, m.index) : '';
      if (head && !head.includes(';')) {
        const names = [...(/\{([^}]*)\}/.exec(head)?.[1].split(',') ?? []), /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)\s*(?:,|$)/.exec(head)?.[1] ?? ''];
        for (const name of names) {
          const bound = boundNameOf(name);
          if (/^[A-Za-z_$][\w$]*$/.test(bound) && bound !== 'type') outsideNames.add(bound);
        }
      }
    }
    // A `require(…)` or an `import … from` may bind a module name, just before the match on the
    // same line; a bare or dynamic `import(…)` binds none.
    const binding = m[0].startsWith('require') ? JS_REQUIRE_ALIAS : m[0].startsWith('from') ? JS_STAR_ALIAS : undefined;
    if (!binding) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const alias = binding.exec(text.slice(Math.max(lineStart, m.index - 120), m.index));
    if (alias) {
      moduleAliases.add(alias[1]);
      if (field) fieldNames.add(alias[1]);
      else if (!m[1].startsWith('.')) outsideNames.add(alias[1]);
    }
  }
  return { fieldImports: [...found], moduleAliases, fieldNames, outsideNames };
}

/** The name an import item binds: `partial as p` → `p`, `Token` → `Token`. */
function boundNameOf(item: string): string {
  return item.trim().split(/\s+as\s+/).pop()!.trim();
}

/** The names list of a Python `from … import` (parenthesised or not), from just after `import`. */
const PY_FROM_NAMES = /^[ \t]*\(?([^)#;\n]*)/;

/**
 * True when the word at [start, end) is written as a member of a field library: it is the last name
 * of a dotted name (`torch.nn.Linear`, `nn.init.zeros_`) that begins with a field library the file
 * imports or with one of the file's names for one (FileContext.fieldNames); with no file known,
 * with any field library's root. `line` may be a whole text whose line begins at `lineStart`.
 */
export function isFieldMemberAt(line: string, start: number, end: number, file: Pick<FileContext, 'fieldNames' | 'fieldImports'> | undefined, lineStart = 0): boolean {
  if (start <= lineStart || line.charCodeAt(start - 1) !== 46 /* . */ || isIdCode(line.charCodeAt(end))) return false;
  const chain = chainBefore(line, start - 1, lineStart);
  // An array library's members (`jnp.linalg.norm`, `torch.linalg.norm`) are arithmetic.
  if (/(?:^|\.)(?:linalg|numpy|math)(?:\.|$)/.test(chain)) return false;
  const root = chain.split('.')[0];
  if (!root) return false;
  return file ? file.fieldNames?.has(root) === true || file.fieldImports.includes(root) : isFieldModule(root);
}

/**
 * True when the identifier holding [start, end) is a name the file imports from outside the field
 * (FileContext.outsideNames), or is written as the member of one (`functools.lru_cache`).
 */
export function isOutsideNameAt(line: string, start: number, end: number, outsideNames: ReadonlySet<string> | undefined, lineStart = 0, lineEnd = line.length): boolean {
  if (!outsideNames?.size) return false;
  let i = start;
  while (i > lineStart && isIdCode(line.charCodeAt(i - 1))) i--;
  let j = end;
  while (j < lineEnd && isIdCode(line.charCodeAt(j))) j++;
  if (hasNameAt(outsideNames, line, i, j)) return true;
  if (i <= lineStart || line.charCodeAt(i - 1) !== 46 /* . */) return false;
  // The chain's first name (`requests` in `requests.adapters.retry`).
  const root = chainStart(line, i - 1, lineStart);
  let rootEnd = root;
  while (rootEnd < i - 1 && line.charCodeAt(rootEnd) !== 46) rootEnd++;
  return hasNameAt(outsideNames, line, root, rootEnd);
}

/** The dotted name (`torch.nn`, `functools`) that ends just before the `.` at `dot`. */
function chainBefore(line: string, dot: number, lineStart: number): string {
  return line.slice(chainStart(line, dot, lineStart), dot);
}

/** Where the dotted name that ends just before the `.` at `dot` begins. */
function chainStart(line: string, dot: number, lineStart: number): number {
  let i = dot;
  while (i > lineStart && (isIdCode(line.charCodeAt(i - 1)) || line.charCodeAt(i - 1) === 46)) i--;
  return i;
}

const PY_FROM_LINE = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b/;
const JS_IMPORT_LINE = /^[ \t]*import\b[^'"]*\bfrom[ \t]*["']([^"']+)["']/;

/**
 * True when a line (from `start` to `end` of `text`) imports names from a library outside the
 * field (`from functools import cache`, `import { Token } from "acorn"`): a generic word there
 * is that library's name and means what the library means by it.
 */
export function importsFromOutsideField(text: string, start = 0, end = text.length): boolean {
  // Cheap test first: only lines that begin (after indentation) with `from` or `import`.
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const head = text.charCodeAt(i);
  if (head !== 102 /* f */ && head !== 105 /* i */) return false;
  const line = text.slice(start, end);
  const m = PY_FROM_LINE.exec(line) ?? JS_IMPORT_LINE.exec(line);
  return m !== null && fieldRootOf(m[1]) === undefined && !m[1].startsWith('.');
}

/**
 * True when the word at [start, end) is the whole name a `class` or `interface` statement defines
 * (`class Dense(Module):`, `export interface Message {`). In a file about the field, a class
 * named by a generic word is the library's own model of that concept.
 */
export function isClassNameAt(line: string, start: number, end: number, lineStart = 0): boolean {
  if (isIdCode(line.charCodeAt(end))) return false;
  let i = start;
  while (i > lineStart && (line.charCodeAt(i - 1) === 32 || line.charCodeAt(i - 1) === 9)) i--;
  if (i === start) return false;
  const word = line.slice(Math.max(lineStart, i - 9), i);
  return /(?:^|[^\w$])(?:class|interface)$/.test(word);
}

export function fileContextOf(fieldImports: string[], strongTerms: number, moduleAliases?: ReadonlySet<string>, fieldNames?: ReadonlySet<string>): FileContext {
  return {
    fieldImports, strongTerms, aboutField: fieldImports.length > 0 || strongTerms >= FIELD_TERM_THRESHOLD,
    ...(moduleAliases?.size ? { moduleAliases } : {}),
    ...(fieldNames?.size ? { fieldNames } : {}),
    ...(fieldImports.some((m) => APPLICATION_MODULES.has(m)) ? { applicationLibrary: true } : {}),
  };
}
