/**
 * The computation behind the AI Agents & Tool Use diagram: a small ReAct-style loop. A
 * rule-based policy stands in for the language model (it decides the next thought and tool
 * call from the goal and the observations so far); the tools are real: the calculator parses
 * and evaluates arithmetic, the lookup reads a built-in table.
 */

// ---------------------------------------------------------------- calculator

/**
 * Evaluate + − × ÷, ^ (right-associative power), unary minus and parentheses over decimal
 * numbers, by recursive descent. Throws on anything else, so a malformed call becomes an
 * error observation rather than a guess.
 */
export function calculate(expr: string): number {
  const src = expr.replace(/\s+/g, '');
  let i = 0;
  const peek = () => src[i];
  const fail = (msg: string): never => { throw new Error(`${msg} at position ${i} in "${expr}"`); };
  const number = (): number => {
    const m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) return fail('expected a number');
    i += m[0].length;
    return Number(m[0]);
  };
  const atom = (): number => {
    if (peek() === '(') { i++; const v = sum(); if (peek() !== ')') fail('expected ")"'); i++; return v; }
    return number();
  };
  // Power binds tighter than unary minus, as in mathematics: -2^2 = -(2^2).
  const power = (): number => {
    const base = atom();
    if (peek() === '^') { i++; return base ** unary(); }
    return base;
  };
  const unary = (): number => {
    if (peek() === '-') { i++; return -unary(); }
    return power();
  };
  const product = (): number => {
    let v = unary();
    while (peek() === '*' || peek() === '/') {
      const op = src[i++];
      const r = unary();
      if (op === '/' && r === 0) fail('division by zero');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') { const op = src[i++]; const r = product(); v = op === '+' ? v + r : v - r; }
    return v;
  };
  if (!src) fail('empty expression');
  const v = sum();
  if (i < src.length) fail(`unexpected "${src[i]}"`);
  return v;
}

// ---------------------------------------------------------------- lookup table

/**
 * Published architecture numbers: GPT-2 (Radford et al., 2019), GPT-3 (Brown et al., 2020),
 * Llama 2 (Touvron et al., 2023).
 */
export const TABLE: Record<string, Record<string, number>> = {
  'gpt-2-small': { layers: 12, hidden_size: 768, context_length: 1024 },
  'gpt-3': { layers: 96, hidden_size: 12288, context_length: 2048 },
  'llama-2-7b': { layers: 32, hidden_size: 4096, context_length: 4096 },
  'llama-2-70b': { layers: 80, hidden_size: 8192, context_length: 4096 },
};

/** lookup("gpt-3.layers") → 96; an unknown model or field is an error, never a default. */
export function lookup(key: string): number {
  const [model, field] = key.split('.');
  const row = TABLE[model];
  if (!row) throw new Error(`no row "${model}" in the table`);
  if (!(field in row)) throw new Error(`no column "${field}" for ${model}`);
  return row[field];
}

export type ToolName = 'calculator' | 'lookup';

export const TOOLS: Record<ToolName, { description: string; run: (input: string) => number }> = {
  calculator: { description: 'Evaluate an arithmetic expression: + - * / ^ and parentheses.', run: calculate },
  lookup: { description: 'Read model.field from the model table, e.g. gpt-3.layers.', run: lookup },
};

// ---------------------------------------------------------------- agent

/** A question already parsed into what it asks (the part an LLM does from free text). */
export type Goal =
  | { kind: 'kv-bytes'; model: string; bytes: number }
  | { kind: 'ratio'; field: string; a: string; b: string }
  | { kind: 'percent'; pct: number; model: string; field: string }
  | { kind: 'fact'; model: string; field: string }
  | { kind: 'arith'; expr: string };

export interface Task { id: string; question: string; goal: Goal }

export const TASKS: Task[] = [
  { id: 'kv', question: 'How many bytes of KV cache does Llama-2-7B need per token in fp16?', goal: { kind: 'kv-bytes', model: 'llama-2-7b', bytes: 2 } },
  { id: 'ratio', question: 'How many times more layers does GPT-3 have than GPT-2 small?', goal: { kind: 'ratio', field: 'layers', a: 'gpt-3', b: 'gpt-2-small' } },
  { id: 'percent', question: "What is 15% of GPT-3's context length, in tokens?", goal: { kind: 'percent', pct: 15, model: 'gpt-3', field: 'context_length' } },
  { id: 'missing', question: "What is the hidden size of 'llama-9-1t'?", goal: { kind: 'fact', model: 'llama-9-1t', field: 'hidden_size' } },
  { id: 'arith', question: 'What is (3 + 4) * 2^10 - 1?', goal: { kind: 'arith', expr: '(3 + 4) * 2^10 - 1' } },
];

export type StepKind = 'question' | 'thought' | 'action' | 'observation' | 'answer';

export interface TraceStep {
  kind: StepKind;
  text: string;
  tool?: ToolName;
  input?: string;
  /** The tool's numeric result when the call succeeded. */
  value?: number;
  error?: boolean;
}

/** Facts (model.field) the goal needs before any arithmetic. */
function needs(g: Goal): string[] {
  switch (g.kind) {
    case 'kv-bytes': return [`${g.model}.layers`, `${g.model}.hidden_size`];
    case 'ratio': return [...new Set([`${g.a}.${g.field}`, `${g.b}.${g.field}`])];
    case 'percent': case 'fact': return [`${g.model}.${g.field}`];
    case 'arith': return [];
  }
}

/** The expression to evaluate once every fact is known (none for a plain fact). */
function expression(g: Exclude<Goal, { kind: 'fact' }>, f: Map<string, number>): { expr: string; why: string } {
  switch (g.kind) {
    case 'kv-bytes': {
      const L = f.get(`${g.model}.layers`)!; const d = f.get(`${g.model}.hidden_size`)!;
      return { expr: `2 * ${L} * ${d} * ${g.bytes}`, why: `With full multi-head attention, KV heads × head_dim equals hidden_size, so bytes = 2 (K and V) × layers × hidden_size × ${g.bytes} bytes.` };
    }
    case 'ratio': return { expr: `${f.get(`${g.a}.${g.field}`)} / ${f.get(`${g.b}.${g.field}`)}`, why: `Divide ${g.a}'s ${g.field} by ${g.b}'s.` };
    case 'percent': return { expr: `${f.get(`${g.model}.${g.field}`)} * ${g.pct} / 100`, why: `Take ${g.pct}% of ${g.field}.` };
    case 'arith': return { expr: g.expr, why: 'Pure arithmetic: hand it to the calculator instead of computing it in my head.' };
  }
}

function answerText(g: Goal, v: number): string {
  const n = v.toLocaleString('en-US', { maximumFractionDigits: 4 });
  switch (g.kind) {
    case 'kv-bytes': return `${n} bytes per token (${(v / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 })} KiB).`;
    case 'ratio': return `${n} times as many ${g.field.replace('_', ' ')}.`;
    case 'percent': return `${n} tokens.`;
    case 'fact': return `${g.field.replace('_', ' ')} of ${g.model}: ${n}.`;
    case 'arith': return `${n}.`;
  }
}

/** One decision of the policy: think, then either call a tool or answer. */
export type Decision = { thought: string; call: { tool: ToolName; input: string } } | { thought: string; answer: string };

/** The stand-in for the model: decide from the goal and what has been observed. */
export function policy(goal: Goal, facts: Map<string, number>, failed: string | undefined, result: number | undefined): Decision {
  if (failed) return { thought: `The lookup failed (${failed}). The table has no such entry, so I will not guess a number.`, answer: 'I could not find that in the table, so I cannot answer reliably.' };
  if (result !== undefined) return { thought: 'The calculator returned the result; I can answer.', answer: answerText(goal, result) };
  const missing = needs(goal).find((k) => !facts.has(k));
  if (missing) return { thought: `I need ${missing.split('.')[1]} for ${missing.split('.')[0]}; I will look it up rather than recall it.`, call: { tool: 'lookup', input: missing } };
  if (goal.kind === 'fact') return { thought: 'The table gave the value directly; no arithmetic is needed.', answer: answerText(goal, facts.get(`${goal.model}.${goal.field}`)!) };
  const { expr, why } = expression(goal, facts);
  return { thought: why, call: { tool: 'calculator', input: expr } };
}

/**
 * Run the loop: decide, execute the tool for real, record the observation, repeat until an
 * answer or `maxTurns` tool calls. Returns the full trace, question first.
 */
export function runAgent(task: Task, maxTurns = 6): TraceStep[] {
  const trace: TraceStep[] = [{ kind: 'question', text: task.question }];
  const facts = new Map<string, number>();
  let failed: string | undefined;
  let result: number | undefined;
  for (let turn = 0; turn <= maxTurns; turn++) {
    const d = policy(task.goal, facts, failed, result);
    trace.push({ kind: 'thought', text: d.thought });
    if ('answer' in d) { trace.push({ kind: 'answer', text: d.answer }); return trace; }
    if (turn === maxTurns) break;
    const { tool, input } = d.call;
    trace.push({ kind: 'action', text: `${tool}("${input}")`, tool, input });
    try {
      const v = TOOLS[tool].run(input);
      trace.push({ kind: 'observation', text: String(v), tool, input, value: v });
      if (tool === 'lookup') facts.set(input, v); else result = v;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      trace.push({ kind: 'observation', text: `error: ${msg}`, tool, input, error: true });
      failed = msg;
    }
  }
  trace.push({ kind: 'answer', text: 'Stopped: too many tool calls without an answer.' });
  return trace;
}
