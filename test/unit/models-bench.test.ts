import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { modelsBench } from '../../bench/models';

describe('models: bench (npm run bench -- models --files DIR)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'models-bench-'));
    const put = (p: string, text: string) => { fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true }); fs.writeFileSync(path.join(dir, p), text); };
    put('llama/config.json', fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'models', 'llama-2-7b.json'), 'utf8'));
    put('broken/config.json', '{"model_type": "llama", "hidden_size": 4096,,,');
    put('other/config.json', '{"tabSize": 2}');
    put('odd.json', JSON.stringify({ model_type: 'mystery', hidden_size: 512, num_hidden_layers: 2, num_attention_heads: 8, intermediate_size: 1024, vocab_size: 1000 }));
    put('train.py', 'm = AutoModelForCausalLM.from_pretrained("llama")\ncfg = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"])\n');
    put('nb.ipynb', JSON.stringify({ cells: [{ cell_type: 'markdown', source: ['# x'] }, { cell_type: 'code', source: ['cfg = GPTConfig(\n', '    n_layer=n_layer)\n'] }] }));
    put('bad.ipynb', '{not json');
    put('README.md', 'LlamaConfig()');
    put('node_modules/x/config.json', '{"model_type": "gpt2"}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one line per configuration and a summary, and never stops at a bad file', () => {
    const { lines, summary } = modelsBench(dir);
    const byFile = (f: string) => lines.filter((l) => l.file === f);
    assert.deepEqual(byFile('llama/config.json'), [{ file: 'llama/config.json', model: 'llama', parameters: 6_738_415_616, activeParameters: 6_738_415_616, kvCacheBytesPerToken: 524_288 }]);
    assert.equal(byFile('odd.json')[0].estimate, true);
    assert.equal(byFile('broken/config.json')[0].estimate, true, 'a config with JSON errors is an estimate');
    assert.equal(byFile('odd.json')[0].model, 'mystery');
    assert.deepEqual(byFile('train.py')[0], { file: 'train.py', model: 'lora', r: 8, alpha: 16, targets: ['q_proj', 'v_proj'], trainable: 4_194_304, base: 'llama/config.json' });
    const nb = byFile('nb.ipynb')[0];
    assert.equal(nb.model, 'nanogpt');
    assert.equal(nb.parameters, null);
    assert.equal(byFile('other/config.json').length, 0);
    assert.equal(lines.some((l) => String(l.file).startsWith('node_modules')), false);
    assert.equal(summary.filesScanned, 7);
    assert.equal(summary.configurationsFound, lines.length);
    assert.equal(summary.unknowns, 1);
    const errors = summary.errors as { file: string; message: string }[];
    assert.ok(errors.some((e) => e.file === 'broken/config.json' && /not valid JSON/.test(e.message)), JSON.stringify(errors));
    assert.ok(errors.some((e) => e.file === 'bad.ipynb'));
  });
});
