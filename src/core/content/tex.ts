import katex from 'katex';

/**
 * The TeX that content may use. Math is rendered at build time and its HTML goes straight
 * into the reader, so a command that links, loads an image or sets HTML attributes
 * (`\href`, `\includegraphics`, `\htmlClass`…) must fail the build, not become red text
 * that KaTeX's `trust: false` leaves behind. Beyond that, only the commands listed here are
 * allowed: a command missing from the list is a build error naming it, and adding it here
 * is a reviewed change.
 */
export const ALLOWED_TEX_COMMANDS: ReadonlySet<string> = new Set([
  // Greek
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi',
  'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
  // Fonts and text
  'text', 'textbf', 'textit', 'textrm', 'texttt', 'textsf', 'mathrm', 'mathbf', 'mathit', 'mathcal', 'mathbb', 'mathsf',
  'mathtt', 'mathfrak', 'boldsymbol', 'bm', 'operatorname', 'emph',
  // Structures and accents
  'frac', 'dfrac', 'tfrac', 'cfrac', 'binom', 'dbinom', 'tbinom', 'sqrt', 'overline', 'underline', 'hat', 'widehat', 'bar',
  'tilde', 'widetilde', 'vec', 'dot', 'ddot', 'check', 'breve', 'acute', 'grave', 'overbrace', 'underbrace', 'overset',
  'underset', 'stackrel', 'overrightarrow', 'overleftarrow', 'boxed', 'cancel',
  // Delimiters and sizes
  'left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr',
  'langle', 'rangle', 'lvert', 'rvert', 'lVert', 'rVert', 'vert', 'Vert', 'lceil', 'rceil', 'lfloor', 'rfloor', 'lbrace',
  'rbrace', 'lbrack', 'rbrack',
  // Operators
  'sum', 'prod', 'coprod', 'int', 'iint', 'oint', 'lim', 'limsup', 'liminf', 'sup', 'inf', 'max', 'min', 'arg', 'log', 'ln',
  'exp', 'sin', 'cos', 'tan', 'tanh', 'sinh', 'cosh', 'arcsin', 'arccos', 'arctan', 'det', 'dim', 'ker', 'deg', 'gcd', 'Pr',
  'mod', 'bmod', 'pmod',
  // Relations and arrows
  'le', 'leq', 'ge', 'geq', 'ne', 'neq', 'approx', 'sim', 'simeq', 'cong', 'equiv', 'propto', 'll', 'gg', 'lesssim', 'gtrsim',
  'prec', 'succ', 'preceq', 'succeq', 'subset', 'subseteq', 'supset', 'supseteq', 'in', 'notin', 'ni', 'mid', 'parallel',
  'perp', 'models', 'vdash', 'iff', 'implies', 'impliedby', 'to', 'gets', 'mapsto', 'rightarrow', 'leftarrow', 'Rightarrow',
  'Leftarrow', 'leftrightarrow', 'Leftrightarrow', 'longrightarrow', 'longleftarrow', 'Longrightarrow', 'uparrow', 'downarrow',
  // Binary operators and logic
  'times', 'cdot', 'div', 'pm', 'mp', 'ast', 'star', 'circ', 'bullet', 'oplus', 'otimes', 'odot', 'cup', 'cap', 'setminus',
  'land', 'lor', 'lnot', 'neg', 'wedge', 'vee',
  // Symbols
  'infty', 'partial', 'nabla', 'forall', 'exists', 'nexists', 'emptyset', 'varnothing', 'ell', 'hbar', 'prime', 'dots',
  'ldots', 'cdots', 'vdots', 'ddots', 'top', 'bot', 'angle', 'triangle', 'checkmark', 'dagger',
  // Spacing and layout
  'quad', 'qquad', 'enspace', 'thinspace', 'phantom', 'hphantom', 'vphantom', 'displaystyle', 'textstyle', 'scriptstyle',
  'limits', 'nolimits', 'not', 'begin', 'end', 'tag', 'notag', 'nonumber',
]);

/** Why `tex` may not be used in content, or undefined when it compiles and uses only allowed commands. */
export function texProblem(tex: string, display: boolean): string | undefined {
  // First, leniently, to name a command that needs trust: strict mode would refuse the HTML
  // extensions with a message that does not say why they are refused.
  const blocked: string[] = [];
  try {
    katex.renderToString(tex, {
      displayMode: display, throwOnError: false, strict: 'ignore',
      // Called for every command that would emit a link, an image or HTML attributes.
      trust: (ctx) => { blocked.push(ctx.command); return false; },
    });
  } catch { /* the strict pass below reports it */ }
  if (blocked.length) return `math must not use ${blocked[0]}: links, images and HTML are not allowed in math`;
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'error' });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return `math does not compile: ${msg.replace(/\s+/g, ' ')} in "${tex.trim().slice(0, 80)}"`;
  }
  // `\\` is a command of its own, so `\\x` is a line break and the letter x.
  for (const m of tex.matchAll(/\\([A-Za-z]+|[^A-Za-z])/gs)) {
    if (/^[A-Za-z]/.test(m[1]) && !ALLOWED_TEX_COMMANDS.has(m[1])) {
      return `math uses \\${m[1]}, which is not in the allowed TeX commands (src/core/content/tex.ts)`;
    }
  }
  return undefined;
}
