import * as assert from 'node:assert/strict';
import { compileContent } from '../../src/core/content/compile';
import { everydayWordsOf } from '../../src/core/content/glossary';
import { compileRepoContent, isEverydayWord } from '../../scripts/content';
import { APPLICATION_PART, fieldImportsOf, fileContextOf, FIELD_TERM_THRESHOLD, importsFromOutsideField, importsOf, isClassNameAt, isOutsideNameAt, moduleAliasesOf } from '../../src/core/terms/fileContext';
import { groupByConcept } from '../../src/core/terms/fileConcepts';
import { TermMatcher } from '../../src/core/terms/matcher';
import { TermScanner } from '../../src/core/terms/scanner';
import { conceptIds, conceptParts, facts, glossary } from './fixtures';

const { catalog } = compileContent([conceptIds, conceptParts, glossary], facts, new Set());
const scanner = new TermScanner(catalog.terms);
const matcher = new TermMatcher(catalog.terms);

describe('file context', () => {
  it('finds the field libraries a file imports, in Python and JavaScript', () => {
    assert.deepEqual(fieldImportsOf('import os\nfrom transformers.models.llama import LlamaModel\nimport numpy as np, torch\n').sort(), ['torch', 'transformers']);
    assert.deepEqual(fieldImportsOf("import OpenAI from 'openai';\nconst { ChatAnthropic } = require('@langchain/anthropic');\n").sort(), ['@langchain', 'openai']);
    assert.deepEqual(fieldImportsOf("import express from 'express';\nimport jwt from 'jsonwebtoken';\nimport os\n"), []);
  });

  it('reads imports on every kind of line ending and only where the keyword starts a word', () => {
    assert.deepEqual(fieldImportsOf('import os\r\nfrom peft import LoraConfig\r\n').sort(), ['peft'], 'CRLF');
    assert.deepEqual(fieldImportsOf('import os\rimport torch\r').sort(), ['torch'], 'old Mac CR');
    assert.deepEqual(fieldImportsOf('x = 1  # the important part: import torch later\n    import torch.nn as nn\n'), ['torch'], 'an indented import after a comment that mentions one');
    assert.deepEqual(fieldImportsOf('x = 1  # then import torch\n'), [], 'import in the middle of a line is no statement');
    assert.deepEqual(fieldImportsOf("const a = unrequire('openai');\nconst b = prefrom 'torch';\n"), [], 'a word that only ends in a keyword');
    assert.deepEqual(fieldImportsOf("import { a } from 'x'; const c = require('openai'); import('@anthropic-ai/sdk');\n").sort(), ['@anthropic-ai', 'openai'], 'several on one line');
  });

  it('reads the names a file gives to whole modules, not the names it imports from them', () => {
    const py = 'import jax.numpy as jnp\nimport torch as torch\nimport os, sys\nfrom torch.nn import functional as F\n';
    assert.deepEqual([...moduleAliasesOf(py)], ['jnp']);
    const js = 'const agents_core_1 = require("@openai/agents-core");\nconst x_1 = __importDefault(require("x"));\nimport * as tf from "@tensorflow/tfjs";\nimport OpenAI from "openai";\nconst { a } = require("b");\n';
    assert.deepEqual([...moduleAliasesOf(js)].sort(), ['agents_core_1', 'tf', 'x_1']);
  });

  it('keeps silent on a module alias, in the hover and in the scan, and speaks on the same words elsewhere', () => {
    const text = [
      'import torch',
      'import mylib.ops as softmax',
      'const past_key_values_1 = require("./past_key_values");',
      'y = softmax.run(x)',
      'past_key_values_1.load(past_key_values)',
      'z = torch.softmax(y, dim=-1)',
    ].join('\n');
    const { occurrences, context } = scanner.scan(text);
    const lines = text.split('\n');
    const at = (line: number, word: string, nth = 0) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = lines[line].indexOf(word, i + 1);
      return matcher.match(lines[line], i + 1, [], context, line)?.term.id;
    };
    assert.equal(at(3, 'softmax'), undefined);
    assert.equal(at(4, 'past_key_values_1'), undefined);
    assert.equal(at(4, 'past_key_values', 1), 'kv-cache');
    assert.equal(at(5, 'softmax'), 'softmax');
    const found = occurrences.map((o) => `${o.line}:${o.start}:${lines[o.line].slice(o.start, o.end)}`);
    assert.ok(!found.some((f) => f.startsWith('3:')), found.join(' '));
    assert.deepEqual(found.filter((f) => f.startsWith('4:')), [`4:${lines[4].lastIndexOf('past_key_values')}:past_key_values`]);
    assert.ok(found.includes(`5:${lines[5].indexOf('softmax')}:softmax`), found.join(' '));
    // Where the import binds the name, it names the module too.
    assert.equal(at(1, 'softmax'), undefined);
    assert.equal(at(2, 'past_key_values_1'), undefined);
    assert.ok(!found.some((f) => f.startsWith('1:') || f.startsWith('2:0:')), found.join(' '));
  });

  it('is about the field with a field import or enough distinct unambiguous terms', () => {
    assert.equal(fileContextOf(['torch'], 0).aboutField, true);
    assert.equal(fileContextOf([], FIELD_TERM_THRESHOLD).aboutField, true);
    assert.equal(fileContextOf([], FIELD_TERM_THRESHOLD - 1).aboutField, false);
  });
});

describe('term scanner', () => {
  const model = [
    'import torch',
    'def forward(self, x, past_key_values=None):',
    '    query_states = self.q(x)',
    '    attn = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(d), dim=-1)',
    '    for key, value in cache.items():',
    '        pass',
  ].join('\n');

  it('finds every term occurrence with its line and range, in one pass', () => {
    const r = scanner.scan(model);
    const found = r.occurrences.map((o) => `${o.term.id}@${o.line}:${model.split('\n')[o.line].slice(o.start, o.end)}`);
    assert.ok(found.includes('kv-cache@1:past_key_values'), found.join(' '));
    assert.ok(found.includes('softmax@3:softmax'), found.join(' '));
    assert.ok(found.includes('query@2:query_states'), found.join(' '));
    assert.equal(r.context.aboutField, true);
    assert.deepEqual(r.context.fieldImports, ['torch']);
  });

  it('agrees with the matcher on every strong occurrence it reports', () => {
    const lines = model.split('\n');
    for (const o of scanner.scan(model).occurrences.filter((x) => !x.weak)) {
      const m = matcher.match(lines[o.line], o.start + 1);
      assert.equal(m?.term.id, o.term.id, `${lines[o.line]} @${o.start}`);
    }
  });

  it('keeps generic words silent in a file that is not about the field', () => {
    const web = 'import express from "express";\nfor (const [key, value] of headers) {\n  cache.set(key, value);\n}\n';
    const r = scanner.scan(web);
    assert.equal(r.context.aboutField, false);
    assert.deepEqual(r.occurrences.filter((o) => o.weak), []);
  });

  it('groups a file\'s terms by concept, most frequent first', () => {
    const groups = groupByConcept(scanner.scan(`${model}\nprobs = softmax(logits)\n`).occurrences);
    const softmaxGroup = groups.find((g) => g.terms.some((t) => t.term.id === 'softmax'))!;
    const t = softmaxGroup.terms.find((x) => x.term.id === 'softmax')!;
    assert.equal(t.occurrences.length, 2);
    for (let i = 1; i < groups.length; i++) {
      if (groups[i].concept !== undefined && groups[i - 1].concept !== undefined) assert.ok(groups[i - 1].count >= groups[i].count);
    }
  });

  it('handles empty text, CRLF, very long lines and non-ASCII text without error', () => {
    assert.deepEqual(scanner.scan('').occurrences, []);
    assert.equal(scanner.scan('x = 1\r\ny = softmax(z)\r\n').occurrences[0]?.line, 1);
    assert.deepEqual(scanner.scan(`${'a'.repeat(5000)} softmax`).occurrences, []);
    const r = scanner.scan('İstanbul = 1  # ünïcode\nprobs = softmax(z)');
    assert.equal(r.occurrences[0]?.term.id, 'softmax');
    assert.equal('probs = softmax(z)'.slice(r.occurrences[0].start, r.occurrences[0].end), 'softmax');
  });
});

describe('matcher with file context', () => {
  it('lets names of two or more parts speak in any file, single words only where the file is about the field', () => {
    const notField = fileContextOf([], 0);
    const field = fileContextOf(['torch'], 0);
    const line = 'out = model(x, past_key_values=cache)';
    assert.equal(matcher.match(line, line.indexOf('past_key') + 2, [], notField)?.term.id, 'kv-cache');
    const q = 'scores = attn(query, past_key_values)';
    assert.equal(matcher.match(q, q.indexOf('query') + 1, [], notField), undefined);
    assert.equal(matcher.match(q, q.indexOf('query') + 1, [], field)?.term.id, 'query');
  });

  it('confirms a generic word from the file\'s scan exactly as from reading the neighbouring lines', () => {
    const text = ['import torch', 'def attend(query, key, value, past_key_values=None):', '    scores = query @ key.T',
      '    rows = db.execute(query)', '', '    return softmax(scores) @ value', 'query = "SELECT 1"'].join('\n');
    const lines = text.split('\n');
    const file = scanner.scan(text).context;
    let compared = 0;
    lines.forEach((line, n) => {
      const context = [n - 2, n - 1, n + 1, n + 2].filter((l) => l >= 0 && l < lines.length).map((l) => lines[l]);
      for (let ch = 0; ch < line.length; ch++) {
        const fromScan = matcher.match(line, ch, context, file, n);
        const fromLines = matcher.match(line, ch, context, { ...file, strongOnLine: undefined });
        assert.equal(fromScan?.term.id, fromLines?.term.id, `${line} @${ch}`);
        compared++;
      }
    });
    assert.ok(compared > 100);
    assert.equal(matcher.match(lines[2], lines[2].indexOf('query') + 1, [lines[0], lines[1], lines[3], lines[4]], file, 2)?.term.id, 'query');
  });
});

describe('which names make a file about the field', () => {
  it('finds the everyday English words of aliases, split as the matcher splits names', () => {
    const everyday = new Set(['input', 'image', 'images', 'attention', 'hidden', 'size']);
    const words = everydayWordsOf(['input image', 'hidden_size', 'SelfAttention', 'softmax'], (w) => everyday.has(w));
    assert.deepEqual(words, ['attention', 'hidden', 'image', 'images', 'input', 'size']);
    assert.ok(isEverydayWord('attention') && isEverydayWord('entropy') && isEverydayWord('images'));
    assert.ok(!isEverydayWord('softmax') && !isEverydayWord('avgdl') && !isEverydayWord('layernorm'));
  });

  const repo = compileRepoContent().catalog;
  const repoScanner = new TermScanner(repo.terms);

  it('does not count terms named only by everyday words: an image library speaks of attention and entropy too', () => {
    const imageLib = [
      '/** Crop strategies: attention focuses on the region with the highest luminance frequency;',
      ' *  entropy on the region with the highest entropy. */',
      'export type Strategy = "attention" | "entropy";',
      '/** Apply a gamma correction; the advantage is a darker input image. */',
      'gamma(gamma?: number): Sharp; // advantage: input image kept',
      '/** Quantization of the input images. */ quantization: number; // see attention, entropy',
      'diffusion(); diffusion(); // error diffusion dither',
    ].join('\n');
    const r = repoScanner.scan(imageLib);
    const recurring = [...r.context.termCounts!].filter(([, n]) => n >= 2).map(([t]) => t.id);
    assert.ok(recurring.length >= FIELD_TERM_THRESHOLD, `the words are found: ${recurring.join(' ')}`);
    assert.equal(r.context.strongTerms, 0, recurring.join(' '));
    assert.equal(r.context.aboutField, false);
  });

  it('counts a term once the file names it as only the field would: a name of two parts or a word no dictionary holds', () => {
    const bm25 = [
      'class BM25:',
      '    def __init__(self, corpus, tokenizer=None, k1=1.5, b=0.75):',
      '        self.tokenizer = tokenizer',
      '        self.avgdl = 0',
      '        self.idf = {}',
      '        self.doc_len = []',
      '    def get_scores(self, query):',
      '        return self.idf[q] * (self.k1 + 1) / self.avgdl  # softmax over logits later',
      '        logits = softmax(logits)',
    ].join('\n');
    const r = repoScanner.scan(bm25);
    assert.ok(r.context.strongTerms >= FIELD_TERM_THRESHOLD, String(r.context.strongTerms));
    assert.equal(r.context.aboutField, true);
  });

  it('outside the field keeps a phrase of everyday words in prose silent, and still explains the identifier', () => {
    const compressor = ['import zlib', '# Maximum size of the LZ77 sliding window, in bits.', 'sliding_window = 15'].join('\n');
    const file = repoScanner.scan(compressor).context;
    assert.equal(file.aboutField, false);
    const m = new TermMatcher(repo.terms);
    const lines = compressor.split('\n');
    assert.equal(m.match(lines[1], lines[1].indexOf('sliding') + 1, [], file, 1), undefined);
    assert.equal(m.match(lines[2], 1, [], file, 2)?.term.id, 'sliding-window');
    assert.equal(m.match(lines[1], lines[1].indexOf('sliding') + 1)?.term.id, 'sliding-window', 'with no file known, the phrase speaks');
    const hyphen = '# Encode the categories as a one-hot array.';
    assert.equal(m.match(hyphen, hyphen.indexOf('hot') + 1, [], file)?.term.id, 'one-hot', 'a hyphenated compound is a term of art');
  });

  it('reads a shared word by its own sense\'s names and part of the field first, then by chapters it shares', () => {
    const lines = [
      'class GPTNeoXLayer(GradientCheckpointingLayer):',
      '    def __init__(self, config, layer_idx):',
      '        self.input_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)',
      '        self.post_attention_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)',
      '        self.post_attention_dropout = nn.Dropout(config.hidden_dropout)',
    ];
    const m = new TermMatcher(repo.terms);
    const file = repoScanner.scan(['import torch', ...lines].join('\n')).context;
    const at = lines[2].indexOf('eps=') + 1;
    assert.equal(m.match(lines[2], at, [lines[0], lines[1], lines[3], lines[4]], file, 3)?.term.id, 'norm-eps');
    const adam = 'optimizer = torch.optim.Adam(params, lr=3e-4, eps=1e-8)';
    assert.equal(m.match(adam, adam.indexOf('eps') + 1)?.term.id, 'adam');
  });

  it('reads a shared word by its own line before its neighbours', () => {
    // `eps` is a norm's epsilon and, shared, Adam's: two training words on the next lines do not
    // outvote the LayerNorm the line itself passes it to.
    const line = '    norm = partial(nn.LayerNorm, eps=1e-6),';
    const near = ['    dropout: float,', '    attention_dropout: float,'];
    assert.equal(new TermMatcher(repo.terms).match(line, line.indexOf('eps') + 1, near)?.term.id, 'norm-eps');
    assert.equal(new TermMatcher(repo.terms).match('    eps=1e-8,', 5, ['    optimizer = torch.optim.AdamW(', '    weight_decay=0.01,'])?.term.id, 'adam');
  });

  it('names what a file calls its field libraries, and reads a generic word written as their member as theirs', () => {
    const py = ['import torch', 'import torch.nn.functional as F', 'import jax.numpy as jnp', 'from torch import nn, Tensor', 'from flax import linen as fnn'].join('\n');
    assert.deepEqual([...importsOf(py).fieldNames].sort(), ['F', 'fnn', 'nn', 'torch'], 'not jnp (an array library), not the class Tensor');
    assert.deepEqual([...importsOf("import * as tf from '@tensorflow/tfjs';\nimport * as path from 'node:path';").fieldNames], ['tf']);
    const m = new TermMatcher(repo.terms);
    const text = [py, '', 'def count(module):', '    return isinstance(module, torch.nn.Linear)', '    y = jnp.linalg.norm(x)', '    ok = nn.Linear', '    reqs = torch.distributed.batch_isend_irecv(ops)'].join('\n');
    const lines = text.split('\n');
    const file = repoScanner.scan(text).context;
    const hover = (n: number, word: string) => m.match(lines[n], lines[n].indexOf(word) + 1, [], file, n)?.term.id;
    assert.equal(hover(7, 'Linear'), 'linear-layer', 'torch.nn.Linear with no other term near');
    assert.equal(hover(9, 'Linear'), 'linear-layer', 'nn, a name for torch.nn');
    assert.equal(hover(8, 'norm'), undefined, "an array library's norm is arithmetic");
    assert.equal(hover(10, 'batch'), undefined, 'a part of a longer member name');
    assert.equal(m.match('x = ai.batches.list()', 8, [], { ...file, fieldNames: new Set(), fieldImports: ['torch'] }), undefined, 'a variable named like a library the file does not import');
    assert.ok(repoScanner.scan(text).occurrences.some((o) => o.line === 7 && o.term.id === 'linear-layer'), 'the scan agrees');
    assert.ok(!repoScanner.scan(text).occurrences.some((o) => o.line === 8), 'the scan agrees on the norm');
  });

  it('reads the generic word a class statement defines, in a file about the field, as that concept', () => {
    const m = new TermMatcher(repo.terms);
    const text = ['from flax import linen as fnn', '', '', '', 'class Dense(Module):', '    features: int', '', '', '', 'x = Dense'].join('\n');
    const lines = text.split('\n');
    const file = repoScanner.scan(text).context;
    assert.equal(m.match(lines[4], 7, [], file, 4)?.term.id, 'linear-layer');
    assert.equal(m.match(lines[9], 5, [], file, 9), undefined, 'a use of the name, with nothing related near, still needs confirming');
    assert.ok(repoScanner.scan(text).occurrences.some((o) => o.line === 4 && o.term.id === 'linear-layer'), 'the scan agrees');
    const plain = 'class Dense:\n    pass\n';
    assert.equal(m.match('class Dense:', 7, [], repoScanner.scan(plain).context, 0), undefined, 'not in a file outside the field');
    assert.ok(isClassNameAt('export interface Message {', 17, 24) && !isClassNameAt('subclass Message', 9, 16) && !isClassNameAt('class MessageStore:', 6, 13));
  });

  it('leaves a generic word imported from a library outside the field to that library', () => {
    assert.ok(importsFromOutsideField('from functools import cache, reduce'));
    assert.ok(importsFromOutsideField("import { Token, tokenizer } from 'acorn';"));
    assert.ok(!importsFromOutsideField('from transformers import Cache'), 'a field library');
    assert.ok(!importsFromOutsideField('from .cache import KVCache'), 'a module of the same package');
    assert.ok(!importsFromOutsideField('cache = {}'));
    const m = new TermMatcher(repo.terms);
    const text = ['import torch', 'from functools import cache, reduce', 'past_key_values = None'].join('\n');
    const file = repoScanner.scan(text).context;
    const lines = text.split('\n');
    assert.equal(m.match(lines[1], lines[1].indexOf('cache') + 1, [lines[0], lines[2]], file, 1), undefined);
    assert.ok(!repoScanner.scan(text).occurrences.some((o) => o.line === 1), 'the scan agrees');
  });

  it('collects the names a file imports from outside the field, in Python and JavaScript', () => {
    const py = importsOf('import functools\nimport numpy as np\nfrom functools import lru_cache, partial as p\nfrom transformers import Cache\nfrom .cache import KVCache\n').outsideNames;
    assert.deepEqual([...py].sort(), ['functools', 'lru_cache', 'np', 'p']);
    const js = importsOf("import Lexer, { Token, tokTypes as tt } from 'acorn';\nimport { Tool } from '@langchain/core/tools';\nimport { cache } from './cache';\nconst _ = require('lodash');\n").outsideNames;
    assert.deepEqual([...js].sort(), ['Lexer', 'Token', '_', 'tt']);
  });

  it('reads a generic word followed by an index (layer_idx) as a position, in the hover and the scan', () => {
    const text = ['import torch', 'class Block(nn.Module):', '    def __init__(self, config, layer_idx):', '        self.layer_idx = layer_idx', '        self.layers = nn.ModuleList([DecoderLayer(config) for _ in range(config.num_hidden_layers)])'].join('\n');
    const lines = text.split('\n');
    const file = repoScanner.scan(text).context;
    const m = new TermMatcher(repo.terms);
    assert.equal(m.match(lines[3], lines[3].indexOf('layer_idx') + 2, [lines[1], lines[2], lines[4]], file, 3), undefined, 'an index');
    assert.ok(!repoScanner.scan(text).occurrences.some((o) => o.line === 3), 'the scan agrees');
    assert.equal(m.match(lines[4], lines[4].indexOf('layers') + 2, [lines[2], lines[3]], file, 4)?.term.id, 'transformer-block', 'the layers themselves still speak');
  });

  it('leaves a generic word that is, or is a member of, a name imported from outside the field to that library', () => {
    const names = new Set(['lru_cache', 'functools']);
    const line = '@functools.lru_cache(maxsize=1)';
    assert.ok(isOutsideNameAt(line, line.indexOf('cache'), line.indexOf('cache') + 5, names), 'member of an outside module');
    assert.ok(isOutsideNameAt('f = lru_cache(maxsize=8)(g)', 8, 13, names), 'the imported name itself');
    assert.ok(!isOutsideNameAt('self.cache = cache', 13, 18, names), 'a name the file did not import');
    assert.ok(!isOutsideNameAt('model.functools.cache', 16, 21, names), 'the middle of a longer chain');
    const m = new TermMatcher(repo.terms);
    const text = ['import torch', 'from functools import lru_cache', '', '', '', 'past_key_values = None', 'score = lru_cache(maxsize=8)(f)  # kv cache'].join('\n');
    const file = repoScanner.scan(text).context;
    const lines = text.split('\n');
    assert.equal(m.match(lines[6], lines[6].indexOf('cache') + 1, [lines[5]], file, 6), undefined);
    assert.ok(!repoScanner.scan(text).occurrences.some((o) => o.line === 6 && o.start === lines[6].indexOf('lru_cache') + 4), 'the scan agrees');
    const local = ['import torch', '', '', '', '', 'past_key_values = None', 'self.cache = cache  # kv cache'].join('\n');
    const l6 = local.split('\n')[6];
    assert.equal(m.match(l6, l6.indexOf('cache') + 1, [local.split('\n')[5]], repoScanner.scan(local).context, 6)?.term.id, 'kv-cache', 'without the import the word speaks');
  });

  it('reads a generic word called as a method of a plain value as that object\'s operation', () => {
    const m = new TermMatcher(repo.terms);
    const text = ['import torch', 'from torch import nn', '', 'hidden = self.norm(hidden)  # layer norm', 'v = out.norm(dim=-1)  # layer norm', 'y = nn.LayerNorm(8)'].join('\n');
    const file = repoScanner.scan(text).context;
    const lines = text.split('\n');
    assert.equal(m.match(lines[4], lines[4].indexOf('norm') + 1, [lines[3], lines[5]], file, 4), undefined, 'the vector norm of a tensor');
    assert.equal(m.match(lines[3], lines[3].indexOf('norm') + 1, [lines[4], lines[5]], file, 3)?.term.id, 'layer-norm', "the model's own layer");
    const found = repoScanner.scan(text).occurrences;
    assert.ok(!found.some((o) => o.line === 4 && o.start === lines[4].indexOf('norm')) && found.some((o) => o.line === 3 && o.start === lines[3].indexOf('norm')), 'the scan agrees');
  });

  it('lets an application library confirm the generic words of the context a request fills', () => {
    const m = new TermMatcher(repo.terms);
    const text = ["import { z } from 'zod';", "import { LanguageModelV3 } from '@ai-sdk/provider';", '', '', '', 'return { usage: convertUsage(response.usage) };'].join('\n');
    const line = text.split('\n')[5];
    assert.equal(m.match(line, line.indexOf('usage') + 1, [], repoScanner.scan(text).context, 5)?.term.id, 'token-usage');
    const model = ['import torch', '', '', '', '', 'return { usage: convertUsage(response.usage) };'].join('\n');
    assert.equal(m.match(line, line.indexOf('usage') + 1, [], repoScanner.scan(model).context, 5), undefined, 'a model library alone does not');
    assert.ok(repoScanner.scan(text).occurrences.some((o) => o.line === 5 && o.term.id === 'token-usage'), 'the scan agrees');
  });

  it('leaves a generic word that is a member of an error or a proxy to that object', () => {
    const m = new TermMatcher(repo.terms);
    const text = ["import OpenAI from 'openai';", '', '', '', 'const text = data.error.message;', 'const last = data.messages.at(-1).message;'].join('\n');
    const file = repoScanner.scan(text).context;
    const lines = text.split('\n');
    assert.equal(m.match(lines[4], lines[4].indexOf('message') + 1, [], file, 4), undefined, "an error's message");
    assert.equal(m.match(lines[5], lines[5].lastIndexOf('message') + 1, [], file, 5)?.term.id, 'chat-messages', "a chat turn's message");
    assert.ok(!repoScanner.scan(text).occurrences.some((o) => o.line === 4), 'the scan agrees');
  });

  it('lets an application library confirm the generic words of running a model', () => {
    const m = new TermMatcher(repo.terms);
    const text = ["import OpenAI from 'openai';", '', '', '', 'const body = { ...args, stream: true };'].join('\n');
    const file = repoScanner.scan(text).context;
    const line = text.split('\n')[4];
    assert.equal(m.match(line, line.indexOf('stream') + 1, [], file, 4)?.term.id, 'streaming');
    const plain = ["import fs from 'node:fs';", 'import torch', '', '', 'const body = { ...args, stream: true };'].join('\n');
    assert.equal(m.match(line, line.indexOf('stream') + 1, [], repoScanner.scan(plain).context, 4), undefined, 'not where only a model library is imported');
  });

  it('lets an application library confirm the generic words of applications, in the hover and in the scan', () => {
    assert.ok(repo.terms.some((t) => t.part === APPLICATION_PART && t.id === 'chat-messages'), 'the part exists in content/concept-parts.yaml');
    const body = ['', 'def build(history):', '    out = []', '    for m in history:', '        out.append({"role": m.role, "content": m.text})', '    return out'];
    const m = new TermMatcher(repo.terms);
    const line = 4;
    const hoverIn = (first: string) => {
      const text = [first, ...body].join('\n');
      const lines = text.split('\n');
      const file = repoScanner.scan(text);
      const hover = m.match(lines[line + 1], lines[line + 1].indexOf('role') + 1, [], file.context, line + 1)?.term.id;
      const scanned = file.occurrences.some((o) => o.line === line + 1 && o.term.id === 'chat-messages');
      return { hover, scanned };
    };
    assert.deepEqual(hoverIn('from openai import OpenAI'), { hover: 'chat-messages', scanned: true });
    assert.deepEqual(hoverIn('import torch'), { hover: undefined, scanned: false });
  });

  it('takes no other shared word as evidence for a shared word\'s sense, on its line or in its file', () => {
    const lines = [
      'import torch',
      'class SparseMoeBlock(nn.Module):',
      '    def forward(self, hidden_states):',
      '        router_probs = torch.softmax(self.gate(hidden_states), dim=-1)',
      '        values, idx = torch.topk(router_probs, self.top_k, dim=-1)  # (seq_len, top_k)',
    ];
    const text = lines.join('\n');
    const scan = repoScanner.scan(text);
    const m = new TermMatcher(repo.terms);
    const at = lines[4].indexOf('topk') + 1;
    assert.equal(m.match(lines[4], at, [lines[2], lines[3]], scan.context, 4)?.term.id, 'moe-top-k', 'the router beside it, not the two other top_k');
    assert.ok(scan.occurrences.some((o) => o.line === 4 && o.shared), 'the scan marks the shared words');
    const scanned = scan.occurrences.find((o) => o.line === 4 && o.start === lines[4].indexOf('topk'));
    assert.equal(scanned?.term.id, 'moe-top-k', 'the scan gives the shared word the hover\'s sense');
    assert.ok(!scan.context.senseEvidence?.has(repo.terms.find((t) => t.id === 'top-k')!), 'a term named only by shared words is no evidence in the file');
    const sampling = 'next_logits = torch.topk(logits / temperature, k)';
    assert.equal(m.match(sampling, sampling.indexOf('topk') + 1)?.term.id, 'top-k', 'beside a temperature it is sampling');
  });

  it('lets a word with one sense in the field speak in any file about it, with no related term nearby, and nowhere else', () => {
    assert.ok(repo.terms.find((t) => t.id === 'random-seed')?.fieldKeys?.includes('seed'), 'content/glossary lists seed under field_aliases');
    const body = ['', 'def run(config):', '    value = config.get("seed", 0)', '    return value'];
    const m = new TermMatcher(repo.terms);
    const hoverIn = (first: string) => {
      const text = [first, ...body].join('\n');
      const lines = text.split('\n');
      const file = repoScanner.scan(text);
      const hover = m.match(lines[3], lines[3].indexOf('seed') + 1, [], file.context, 3)?.term.id;
      const scanned = file.occurrences.some((o) => o.line === 3 && o.term.id === 'random-seed');
      return { hover, scanned };
    };
    assert.deepEqual(hoverIn('import torch'), { hover: 'random-seed', scanned: true });
    assert.deepEqual(hoverIn('import sqlite3'), { hover: undefined, scanned: false });
    // A plain weak word still needs a related term nearby in the same field file.
    const key = ['import torch', '', 'def run(d):', '    for key in d:', '        print(key)'].join('\n');
    const keyLines = key.split('\n');
    assert.equal(m.match(keyLines[3], keyLines[3].indexOf('key') + 1, [], repoScanner.scan(key).context, 3), undefined);
  });

  it('reads a name that begins many identifiers of the file as their namespace: the rest of the name says what each is', () => {
    const types = ['TextGenerationInput', 'TextGenerationParameters', 'TextGenerationOutputDetails', 'TextGenerationStreamPrefillToken'];
    const text = ['from huggingface_hub import InferenceClient', ...types.map((t) => `class ${t}(BaseType):\n    pass`)].join('\n');
    const lines = text.split('\n');
    const m = new TermMatcher(repo.terms);
    const file = repoScanner.scan(text).context;
    const line = lines.findIndex((l) => l.includes('PrefillToken'));
    assert.equal(m.match(lines[line], lines[line].indexOf('TextGeneration') + 1, [], file, line)?.term.id, 'prefill');
    // Named once, the same prefix keeps its meaning.
    const once = ['import torch', 'class TextGenerationStreamPrefillToken(BaseType):', '    pass'].join('\n');
    const onceLines = once.split('\n');
    assert.equal(m.match(onceLines[1], onceLines[1].indexOf('TextGeneration') + 1, [], repoScanner.scan(once).context, 1)?.term.id, 'generation');
  });

  it('outside the field reads one letter and digits (c4, q8_0) and a case-cut fragment (DPoP) as one part, and BM25 still as a name', () => {
    const m = new TermMatcher(repo.terms);
    const plain = ['import json', 'c4 = row[4]', 'kind = "q8_0"', 'header = "DPoP " + proof', 'score = bm25_score(doc)'].join('\n');
    const file = repoScanner.scan(plain).context;
    assert.equal(file.aboutField, false);
    const lines = plain.split('\n');
    const hover = (line: number, word: string) => m.match(lines[line], lines[line].indexOf(word) + 1, [], file, line)?.term.id;
    assert.equal(hover(1, 'c4'), undefined);
    assert.equal(hover(2, 'q8_0'), undefined);
    assert.equal(hover(3, 'DPoP'), undefined);
    assert.equal(hover(4, 'bm25'), 'bm25');
    // In a file about the field the same short codes keep their meaning.
    const field = ['import torch', 'c4 = load_dataset("allenai/c4")'].join('\n');
    const fieldLines = field.split('\n');
    assert.equal(m.match(fieldLines[1], 1, [], repoScanner.scan(field).context, 1)?.term.id, 'pretraining-corpus');
  });

  it('keeps the web platform\'s and code at large\'s names silent outside the field, and reads them in LLM code', () => {
    const m = new TermMatcher(repo.terms);
    const dom = ['const el = document.querySelector("p");', 'el.textContent = "hi";', 'res.setHeader("Cache-Control", cacheControl);'].join('\n');
    const domFile = repoScanner.scan(dom).context;
    const domLines = dom.split('\n');
    assert.equal(m.match(domLines[1], domLines[1].indexOf('textContent') + 1, [], domFile, 1), undefined);
    assert.equal(m.match(domLines[2], domLines[2].indexOf('cacheControl') + 1, [], domFile, 2), undefined);
    const llm = ['import anthropic', 'block = {"type": "text", "text": doc, "cache_control": {"type": "ephemeral"}}'].join('\n');
    const llmLines = llm.split('\n');
    assert.equal(m.match(llmLines[1], llmLines[1].indexOf('cache_control') + 1, [], repoScanner.scan(llm).context, 1)?.term.id, 'prefix-caching');
    assert.equal(m.match(llmLines[1], llmLines[1].indexOf('cache_control') + 1)?.term.id, 'prefix-caching', 'with no file known (mode always) it speaks');
  });

  it('reads a generic word with an s the table added, between words of prose, as a verb', () => {
    const m = new TermMatcher(repo.terms);
    const text = ['import torch', 'def generate(model, stop_sequences):', '    # the loop only stops when a stop sequence is produced', '    stops = [s for s in stop_sequences]'].join('\n');
    const lines = text.split('\n');
    const file = repoScanner.scan(text).context;
    assert.equal(m.match(lines[2], lines[2].indexOf('stops') + 1, [lines[1], lines[3]], file, 2), undefined);
    assert.equal(m.match(lines[3], lines[3].indexOf('stops') + 1, [lines[1], lines[2]], file, 3)?.term.id, 'stop-sequences', 'in code the same word is the term');
  });

  it('reads a field library\'s name as the library in imports, module paths and longer names, and the plural in prose', () => {
    const m = new TermMatcher(repo.terms);
    const hover = (line: string, word: string) => m.match(line, line.indexOf(word) + 1, [], repoScanner.scan(`import torch\n${line}`).context, 1)?.term.id;
    assert.equal(hover('from transformers import AutoModel', 'transformers'), undefined);
    assert.equal(hover('x = transformers.AutoModel', 'transformers'), undefined);
    assert.equal(hover('from ...utils import TransformersKwargs', 'Transformers'), undefined);
    assert.equal(hover('if is_transformers_available():', 'transformers'), undefined);
    assert.equal(hover('# Transformers replaced recurrent networks', 'Transformers'), 'transformer');
  });
});
