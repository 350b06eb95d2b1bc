import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { compileRepoContent, ROOT } from '../../scripts/content';
import { localDescription, localLabel } from '../../src/core/catalog/treeText';
import { english, type Localizer } from '../../src/core/l10n';
import { detectConfigs } from '../../src/core/models/detect';
import { lensTitle } from '../../src/core/models/explain';
import { readSettings } from '../../src/core/settings';
import { parseTeamGlossary } from '../../src/core/terms/teamGlossary';

/**
 * Every UI string has an English source and a Japanese translation: the manifest through
 * package.nls*.json, runtime messages through `l10n.t` calls and l10n/bundle.l10n*.json. The
 * messages are read from the source itself, so a new `l10n.t('…')` without a bundle entry, a
 * stale entry, or a translation that lost a placeholder fails here.
 */

const LOCALES = ['ja'];
/** Names that stay as they are in every language. */
const PRODUCT_NAMES = ['LLM Primer Companion', 'LLM Primer'];

const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8')) as unknown;
const readStrings = (p: string): Record<string, string> => {
  const data = readJson(p);
  assert.ok(data && typeof data === 'object' && !Array.isArray(data), `${p} is a JSON object`);
  for (const [k, v] of Object.entries(data)) assert.equal(typeof v, 'string', `${p}: "${k}" is a string`);
  return data as Record<string, string>;
};

/** What a translation must keep verbatim: {0} placeholders, $(codicons), command links and `code` (setting values, identifiers). */
function invariants(s: string): string[] {
  const found = [
    ...s.matchAll(/\{\d+\}/g),
    ...s.matchAll(/\$\([\w~-]+\)/g),
    ...s.matchAll(/\]\((command:[^)\s]+)\)/g),
    ...s.matchAll(/`[^`]+`/g),
  ].map((m) => m[1] ?? m[0]);
  return found.sort();
}

const hasJapanese = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);
/** English text that is only product names, placeholders and punctuation needs no translation. */
const needsWords = (english: string) => /[A-Za-z]{2,}/.test(PRODUCT_NAMES.reduce((s, n) => s.split(n).join(''), english)
  .replace(/\{\d+\}|\$\([\w~-]+\)|\]\([^)]*\)|`[^`]+`/g, ''));

/** Compare an English table with one translation of it; each problem is one readable line. */
function compareTables(name: string, en: Record<string, string>, tr: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(en)) {
    const target = tr[key];
    if (target === undefined) { problems.push(`${name}: no translation of "${key}"`); continue; }
    if (!target.trim()) problems.push(`${name}: "${key}" is empty`);
    else if (needsWords(source) && !hasJapanese(target)) problems.push(`${name}: "${key}" is not translated ("${target}")`);
    const want = invariants(source).join(' ');
    const got = invariants(target).join(' ');
    if (want !== got) problems.push(`${name}: "${key}" keeps [${want}] in English but [${got}] in the translation`);
  }
  for (const key of Object.keys(tr)) if (!(key in en)) problems.push(`${name}: "${key}" has no English entry (stale)`);
  return problems;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

const parse = (file: string, text = fs.readFileSync(file, 'utf8')) => ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
const where = (node: ts.Node) => {
  const sf = node.getSourceFile();
  return `${path.relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};
const literalText = (n: ts.Node): string | undefined =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;

/** `vscode.l10n.t(…)` or `l10n.t(…)` (a Localizer passed into the core). */
const isL10nCall = (n: ts.Node): n is ts.CallExpression => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)
  && n.expression.name.text === 't'
  && (ts.isIdentifier(n.expression.expression) ? n.expression.expression.text === 'l10n'
    : ts.isPropertyAccessExpression(n.expression.expression) && n.expression.expression.name.text === 'l10n');

interface Message { message: string; args: number; at: string }

/** The messages of every l10n.t call; a call whose message is not a literal is a problem (it could not be checked). */
function l10nMessages(sf: ts.SourceFile): { messages: Message[]; problems: string[] } {
  const messages: Message[] = [];
  const problems: string[] = [];
  const visit = (n: ts.Node) => {
    if (isL10nCall(n)) {
      const text = n.arguments[0] && literalText(n.arguments[0]);
      if (text === undefined) problems.push(`${where(n)}: l10n.t needs a literal message so its bundle entry can be checked`);
      else messages.push({ message: text, args: n.arguments.length - 1, at: where(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { messages, problems };
}

/** Properties and calls whose string reaches the user. */
const UI_PROPERTIES = new Set(['placeholder', 'placeHolder', 'prompt', 'title', 'tooltip', 'description', 'detail', 'label', 'source']);
const UI_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'appendMarkdown', 'appendText', 'setStatusBarMessage']);
const UI_CONSTRUCTORS = new Set(['TreeItem', 'MarkdownString']);

/** Words in the literal parts of a UI string expression (product names, codicons and link targets aside). */
function literalWords(e: ts.Expression): string[] {
  const words: string[] = [];
  const take = (text: string) => {
    const rest = PRODUCT_NAMES.reduce((s, n) => s.split(n).join(''), text).replace(/\$\([\w~-]+\)/g, '');
    if (/[A-Za-z]{2,}/.test(rest)) words.push(text.trim());
  };
  const walk = (x: ts.Expression): void => {
    if (ts.isParenthesizedExpression(x)) walk(x.expression);
    else if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) take(x.text);
    else if (ts.isTemplateExpression(x)) {
      take(x.head.text);
      let before = x.head.text;
      for (const span of x.templateSpans) {
        // `$(${icon})`: a codicon name, not text.
        if (!before.endsWith('$(')) walk(span.expression);
        take(span.literal.text);
        before = span.literal.text;
      }
    } else if (ts.isConditionalExpression(x)) { walk(x.whenTrue); walk(x.whenFalse); }
    else if (ts.isBinaryExpression(x) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(x.operatorToken.kind)) {
      walk(x.left); walk(x.right);
    }
    // Calls (l10n.t, escape(…), a title from the catalog) are not literal text.
  };
  walk(e);
  return words;
}

/** UI strings written as English literals instead of going through l10n.t. */
function bypasses(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const check = (e: ts.Expression | undefined, what: string) => {
    if (!e) return;
    for (const w of literalWords(e)) out.push(`${where(e)}: ${what} "${w}" is not localised (use vscode.l10n.t)`);
  };
  const name = (n: ts.Node) => (ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined);
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAssignment(n) && UI_PROPERTIES.has(name(n.name) ?? '')) check(n.initializer, name(n.name)!);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
      && UI_PROPERTIES.has(n.left.name.text)) check(n.right, n.left.name.text);
    else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && UI_CALLS.has(n.expression.name.text)) {
      n.arguments.forEach((a) => check(a, n.expression.getText()));
    } else if (ts.isNewExpression(n)) {
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : ts.isIdentifier(n.expression) ? n.expression.text : '';
      if (UI_CONSTRUCTORS.has(callee)) check(n.arguments?.[0], `new ${callee}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A Localizer that reads a translated bundle, as vscode.l10n does with --locale. */
function localizerFrom(bundle: Record<string, string>): Localizer {
  return { t: (message, ...args) => english.t(bundle[message] ?? message, ...args) };
}

describe('localisation', () => {
  const pkg = readJson('package.json') as { contributes: unknown };
  const nls = readStrings('package.nls.json');
  const bundle = readStrings('l10n/bundle.l10n.json');
  const files = sourceFiles(path.join(ROOT, 'src'));
  const extracted = files.map((f) => l10nMessages(parse(f)));
  const messages = extracted.flatMap((x) => x.messages);

  describe('the manifest', () => {
    const manifestRefs = (x: unknown, at: string, out: { at: string; text: string }[] = []) => {
      if (typeof x === 'string') out.push({ at, text: x });
      else if (Array.isArray(x)) x.forEach((v, i) => manifestRefs(v, `${at}[${i}]`, out));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) manifestRefs(v, `${at}.${k}`, out);
      return out;
    };
    const strings = manifestRefs(pkg.contributes, 'contributes');
    /** The fields VS Code shows to the user (ids, paths, when-clauses and icons are not). */
    const shown = /\.(title|name|contents|description|markdownDescription|enumDescriptions\[\d+\]|markdownEnumDescriptions\[\d+\]|enumItemLabels\[\d+\]|deprecationMessage|markdownDeprecationMessage|label|shortTitle|category)$/;

    it('shows only %key% texts, apart from product names', () => {
      const literal = strings.filter((s) => shown.test(s.at) && !/^%[\w.-]+%$/.test(s.text) && !PRODUCT_NAMES.includes(s.text));
      assert.deepEqual(literal.map((s) => `${s.at}: "${s.text}"`), []);
    });

    it('has an English text in package.nls.json for every %key%, and no unused one', () => {
      const refs = new Set(strings.flatMap((s) => [...s.text.matchAll(/^%([\w.-]+)%$/g)].map((m) => m[1])));
      assert.ok(refs.size > 20, `found ${refs.size} %key% references`);
      assert.deepEqual([...refs].filter((k) => !(k in nls)).map((k) => `package.json uses %${k}% but package.nls.json has no "${k}"`), []);
      assert.deepEqual(Object.keys(nls).filter((k) => !refs.has(k)).map((k) => `package.nls.json: "${k}" is not used by package.json`), []);
    });

    for (const locale of LOCALES) {
      it(`has a translation of every text in package.nls.${locale}.json, keeping placeholders, links and code`, () => {
        assert.deepEqual(compareTables(`package.nls.${locale}.json`, nls, readStrings(`package.nls.${locale}.json`)), []);
      });
    }

    it('ships every translated manifest (.vscodeignore keeps package.nls.*.json)', () => {
      const rules = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
      for (const locale of LOCALES) {
        const file = `package.nls.${locale}.json`;
        const kept = rules.some((r) => r.startsWith('!') && new RegExp(`^${r.slice(1).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file));
        assert.ok(kept, `.vscodeignore leaves out ${file}`);
      }
      assert.ok(rules.includes('!l10n/**'), '.vscodeignore leaves out l10n/');
    });
  });

  describe('runtime messages', () => {
    it('are all l10n.t calls with a literal message', () => {
      assert.deepEqual(extracted.flatMap((x) => x.problems), []);
      assert.ok(messages.length > 40, `found ${messages.length} l10n.t calls`);
      assert.ok(messages.some((m) => m.message === 'Undo' && m.at.startsWith('src/features/hover/')), 'the hover feature\'s Undo is found');
    });

    it('have an entry in l10n/bundle.l10n.json for every l10n.t message, and no stale one', () => {
      const used = new Set(messages.map((m) => m.message));
      const missing = [...new Set(messages.filter((m) => !(m.message in bundle)).map((m) => `${m.at}: "${m.message}" is not in l10n/bundle.l10n.json`))];
      assert.deepEqual(missing, []);
      assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)).map((k) => `l10n/bundle.l10n.json: "${k}" is used by no l10n.t call`), []);
      assert.deepEqual(Object.entries(bundle).filter(([k, v]) => k !== v).map(([k]) => `l10n/bundle.l10n.json: "${k}" maps to a different English text`), []);
    });

    it('pass exactly as many arguments as their placeholders need', () => {
      const wrong = messages.filter((m) => {
        const indices = [...m.message.matchAll(/\{(\d+)\}/g)].map((x) => Number(x[1]));
        const need = indices.length ? Math.max(...indices) + 1 : 0;
        return need !== m.args || indices.length && new Set(indices).size !== need;
      });
      assert.deepEqual(wrong.map((m) => `${m.at}: "${m.message}" is given ${m.args} argument(s)`), []);
    });

    for (const locale of LOCALES) {
      it(`have a translation of every message in l10n/bundle.l10n.${locale}.json, keeping placeholders and codicons`, () => {
        assert.deepEqual(compareTables(`l10n/bundle.l10n.${locale}.json`, bundle, readStrings(`l10n/bundle.l10n.${locale}.json`)), []);
      });
    }

    it('leave no English UI literal in src/features outside l10n.t', () => {
      const found = files.filter((f) => f.includes(`${path.sep}features${path.sep}`)).flatMap((f) => bypasses(parse(f)));
      assert.deepEqual(found, []);
    });

    it('give the reader webview every string it asks for by key, each through l10n.t', () => {
      const host = parse(path.join(ROOT, 'src/features/reader/html.ts'));
      const given = new Map<string, boolean>();
      const visit = (n: ts.Node) => {
        if (ts.isFunctionDeclaration(n) && n.name?.text === 'webviewStrings') {
          const collect = (x: ts.Node) => {
            if (ts.isPropertyAssignment(x) && ts.isIdentifier(x.name)) given.set(x.name.text, isL10nCall(x.initializer));
            ts.forEachChild(x, collect);
          };
          collect(n);
        }
        ts.forEachChild(n, visit);
      };
      visit(host);
      assert.ok(given.size >= 8, `webviewStrings gives ${given.size} strings`);
      assert.deepEqual([...given].filter(([, viaL10n]) => !viaL10n).map(([k]) => `webviewStrings: "${k}" does not come from l10n.t`), []);
      const asked: string[] = [];
      for (const f of sourceFiles(path.join(ROOT, 'webview'))) {
        const walk = (n: ts.Node) => {
          if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 't' && n.arguments[0]) {
            const key = literalText(n.arguments[0]);
            asked.push(key === undefined ? `${where(n)}: t() needs a literal key` : key);
          }
          ts.forEachChild(n, walk);
        };
        walk(parse(f));
      }
      assert.ok(asked.includes('markRead') && asked.includes('breadcrumb'), asked.join(', '));
      assert.deepEqual(asked.filter((k) => !given.has(k)).map((k) => `the webview asks for "${k}", which webviewStrings does not give`), []);
    });

    it('the bypass check finds messages, tree labels, placeholders and tooltips written in English', () => {
      const sample = parse(path.join(ROOT, 'src/features/sample.ts'), [
        "vscode.window.showInformationMessage('Nothing found.');",
        'vscode.window.showWarningMessage(`LLM Primer: ${reason}`);',
        'vscode.window.showWarningMessage(vscode.l10n.t(\'LLM Primer: {0}\', reason));',
        "const item = new vscode.TreeItem('Other terms');",
        "item.tooltip = isRead ? 'read' : '';",
        "qp.placeholder = vscode.l10n.t('Pick a page');",
        "const q = { placeHolder: 'Pick a page', label: `$(${done ? 'pass-filled' : icon}) ${p.label}` };",
        "md.appendMarkdown(`**${escape(title)}** · _LLM Primer_`);",
        "md.appendMarkdown(`[$(graph) ${vscode.l10n.t('Open concept')}](${uri})`);",
        "item.description = `${d} · ${p.read}/${p.total} read`;",
      ].join('\n'));
      assert.deepEqual(bypasses(sample).map((p) => p.replace(/ is not localised.*/, '')), [
        'src/features/sample.ts:1: vscode.window.showInformationMessage "Nothing found."',
        'src/features/sample.ts:4: new TreeItem "Other terms"',
        'src/features/sample.ts:5: tooltip "read"',
        'src/features/sample.ts:7: placeHolder "Pick a page"',
        'src/features/sample.ts:10: description "read"',
      ]);
      const calls = l10nMessages(parse(path.join(ROOT, 'src/features/sample.ts'), 'vscode.l10n.t(message); l10n.t(\'a {0}\', 1);'));
      assert.deepEqual(calls.messages.map((m) => [m.message, m.args]), [['a {0}', 1]]);
      assert.equal(calls.problems.length, 1);
    });
  });

  describe('in Japanese', () => {
    const ja = localizerFrom(readStrings('l10n/bundle.l10n.ja.json'));

    it('the Library tree translates every description and placeholder title of the compiled library, and leaves titles alone', () => {
      const { catalog } = compileRepoContent();
      const pages = Object.values(catalog.pages);
      const unknown = pages.filter((p) => p.description && localDescription(p.description, ja) === undefined);
      assert.deepEqual(unknown.map((p) => `${p.id}: "${p.description}"`), []);
      const counted = pages.filter((p) => p.description && !/^\d{4}-/.test(p.description));
      assert.ok(counted.length >= 5, `${counted.length} count descriptions`);
      for (const p of counted) {
        assert.ok(hasJapanese(localDescription(p.description!, ja)!), `${p.id}: ${localDescription(p.description!, ja)}`);
        assert.equal(localDescription(p.description!, english), p.description, 'English is unchanged');
      }
      const placeholders = pages.filter((p) => !p.titleKnown);
      assert.ok(placeholders.length > 0);
      for (const p of placeholders) {
        assert.ok(hasJapanese(localLabel(p.label, ja)) && !localLabel(p.label, ja).includes('not yet known'), localLabel(p.label, ja));
        assert.equal(localLabel(p.label, english), p.label);
      }
      const titled = pages.find((p) => p.titleKnown && p.kind === 'chapter')!;
      assert.equal(localLabel(titled.label, ja), titled.label);
      assert.equal(localDescription('2026-01-02', ja), '2026-01-02');
    });

    it('a bad setting warns in Japanese and keeps the setting name and value', () => {
      const { warnings: found } = readSettings((k) => ({ 'reader.fontSize': 99, 'hover.mode': 'loud', 'hover.enabled': 'yes' } as Record<string, unknown>)[k], ja);
      const warnings = found.map((w) => w.message);
      assert.equal(warnings.length, 3);
      for (const w of warnings) assert.ok(hasJapanese(w), w);
      assert.ok(warnings.some((w) => w.includes('"llmPrimer.reader.fontSize"') && w.includes('14') && w.includes('10') && w.includes('28')), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.includes('"llmPrimer.hover.mode"') && w.includes('"auto", "always", "off"')), warnings.join('\n'));
    });

    it('model CodeLens titles and config problems read in Japanese with the same numbers', () => {
      const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'models', name), 'utf8');
      const llama = detectConfigs(fixture('llama-2-7b.json'), 'config.json', 'json', ja).configs[0];
      assert.equal(lensTitle(llama, ja), 'パラメーター 6.74 B · bf16 で 13.5 GB · KV キャッシュ 512 KiB/トークン');
      const mixtral = detectConfigs(fixture('mixtral-8x7b.json'), 'config.json', 'json', ja).configs[0];
      assert.equal(lensTitle(mixtral, ja), 'パラメーター 46.7 B (アクティブ 12.9 B) · bf16 で 93.4 GB · KV キャッシュ 128 KiB/トークン');
      const lora = detectConfigs('lc = LoraConfig(r=8)\n', 'x.py', 'python', ja).configs[0];
      assert.equal(lensTitle(lora, ja), 'LoRA r=8: 学習可能パラメーター数は不明 (ベース モデルなし)');
      const broken = detectConfigs('{"model_type": "llama", "hidden_size": 4096,,}', 'config.json', 'json', ja).problems;
      assert.equal(broken.length, 1);
      assert.match(broken[0].message, /^このモデル構成は有効な JSON ではありません: .+。数値は読み取れたフィールドから計算しています。$/);
      assert.equal(detectConfigs('not json', 'x.ipynb', undefined, ja).problems[0].message, 'このノートブックは有効な JSON ではありません。');
    });

    it('a broken team glossary is reported in Japanese, field names and ids kept', () => {
      const links = { builtIn: new Map(), isPage: () => false, conceptPart: () => undefined };
      const text = ['- id: Bad Id', '- id: new-term', '- id: other', '  colour: red', '- id: x1', '  title: Good title', '  chapters: [vol-9/ch-9]'].join('\n');
      const en = parseTeamGlossary(text, links).problems;
      const jp = parseTeamGlossary(text, links, ja).problems;
      assert.deepEqual(jp.map((p) => p.line), en.map((p) => p.line));
      assert.equal(jp.length, 4, en.map((p) => p.message).join('\n'));
      for (const p of jp) assert.ok(hasJapanese(p.message), p.message);
      const all = jp.map((p) => p.message).join('\n');
      for (const kept of ['"id"', '"title"', '"aliases"', '"definition"', '"colour"', '"vol-9/ch-9"', '"chapters"']) assert.ok(all.includes(kept), `${kept} in\n${all}`);
    });
  });
});
