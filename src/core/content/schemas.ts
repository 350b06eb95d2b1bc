import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * JSON Schemas for every kind of content file. Facts (titles, dates, links) are checked
 * against the facts files separately; these schemas check shape and bounds.
 */

const slug = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const pageRef = { type: 'string', pattern: '^(vol-[1-7](/ch-[0-9]+)?|concept/[a-z0-9-]+|guide(/[0-9]{2})?|glossary)$' } as const;
const summary = { type: 'string', minLength: 20, maxLength: 240 } as const;
/** Python import name → the version the page's code is written for (see content/README.md, "Code blocks"). */
const packages = {
  type: 'object',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*([a-z]+[0-9]*)?$' },
} as const;
const quizItem = {
  type: 'object',
  required: ['q', 'a'],
  additionalProperties: false,
  properties: { q: { type: 'string', minLength: 10 }, a: { type: 'string', minLength: 10 } },
} as const;

export const chapterSchema = {
  type: 'object',
  required: ['volume', 'chapter', 'title', 'summary', 'concepts', 'quiz'],
  additionalProperties: false,
  properties: {
    volume: { type: 'integer', minimum: 1, maximum: 7 },
    chapter: { type: 'integer', minimum: 1, maximum: 40 },
    title: { type: ['string', 'null'] },
    inferredTopic: { type: 'string', minLength: 5 },
    inferredFrom: { type: 'string', minLength: 10 },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    source: { type: 'string', pattern: '^https://' },
    summary,
    concepts: { type: 'array', items: slug, uniqueItems: true },
    terms: { type: 'array', items: slug, uniqueItems: true },
    quiz: { type: 'array', items: quizItem, minItems: 3, maxItems: 5 },
    packages,
  },
} as const;

export const conceptSchema = {
  type: 'object',
  required: ['concept', 'id', 'title', 'diagram', 'summary'],
  additionalProperties: false,
  properties: {
    concept: { type: 'integer', minimum: 1, maximum: 25 },
    id: slug,
    title: { type: 'string' },
    diagram: slug,
    summary,
    terms: { type: 'array', items: slug, uniqueItems: true },
    quiz: { type: 'array', items: quizItem, minItems: 2, maxItems: 5 },
    packages,
  },
} as const;

export const volumeSchema = {
  type: 'object',
  required: ['volume', 'summary'],
  additionalProperties: false,
  properties: {
    volume: { type: 'integer', minimum: 1, maximum: 7 },
    summary,
    audience: { type: 'string', minLength: 10 },
    packages,
  },
} as const;

export const guideIndexSchema = {
  type: 'object',
  required: ['guide', 'summary'],
  additionalProperties: false,
  properties: { guide: { const: 'index' }, summary, packages },
} as const;

export const guideSectionSchema = {
  type: 'object',
  required: ['guide', 'summary'],
  additionalProperties: false,
  properties: {
    guide: { type: 'integer', minimum: 1, maximum: 14 },
    summary,
    concepts: { type: 'array', items: slug, uniqueItems: true },
    packages,
  },
} as const;

export const glossarySchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'title', 'aliases', 'definition'],
    additionalProperties: false,
    properties: {
      id: slug,
      title: { type: 'string', minLength: 2, maxLength: 60 },
      aliases: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
      definition: { type: 'string', minLength: 30, maxLength: 420 },
      formula: { type: 'string', minLength: 3, maxLength: 300 },
      ambiguous: { type: 'boolean' },
      weak_aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      field_aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      unless: { type: 'array', items: { type: 'string', minLength: 2 }, uniqueItems: true },
      shared_aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      concept: slug,
      chapters: { type: 'array', items: pageRef, uniqueItems: true },
    },
  },
} as const;

/** A table of worked numbers beside a page (`ch-08.numbers.yaml`; content/README.md, "Worked numbers"). */
const numberExpr = { anyOf: [{ type: 'string' }, { type: 'number' }] } as const;
export const numbersSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      let: { type: 'object', minProperties: 1, additionalProperties: numberExpr },
      value: numberExpr,
      expr: numberExpr,
      name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      rounding: { enum: ['nearest', 'up', 'down'] },
      tolerance: numberExpr,
      note: { type: 'string' },
    },
  },
} as const;

export { pageRef };

const ajv = new Ajv({ allErrors: true, strict: true });
const cache = new Map<object, ValidateFunction>();

/** Validate `data`; each error comes back with its JSON pointer and a readable message. */
export function validateAgainst(schema: object, data: unknown): { path: string; message: string }[] {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  if (validate(data)) return [];
  // An unknown field is reported at its own line, not at the line of the object holding it.
  return (validate.errors ?? []).map((e) => ({
    path: e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath,
    message: describe(e),
  }));
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.')}"` : 'front matter';
  if (e.keyword === 'additionalProperties') return `${where}: unknown field "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'required') return `${where}: missing required field "${String(e.params.missingProperty)}"`;
  return `${where} ${e.message ?? 'is invalid'}`;
}
