/**
 * The glossary page's finding aids: a sticky A–Z bar (one tab stop, arrow keys move along it;
 * letters with no entry shown are disabled) and a filter box that hides the entries whose title,
 * keys and definition do not contain the text, with a count and a message when nothing is left.
 */
import { glossaryMatcher } from '../src/core/reader/glossaryFilter';
import { flash } from './flash';

export interface GlossaryStrings {
  filterLabel: string;
  filterPlaceholder: string;
  /** "{0} of {1} terms" */
  count: string;
  /** "No term contains “{0}”." */
  empty: string;
  index: string;
  findInWorkspace: string;
}

interface Entry { dt: HTMLElement; dd: HTMLElement | undefined; letter: string; text: string; keys: string[] }

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
const letterOf = (title: string) => { const c = title.trim().charAt(0).toUpperCase(); return c >= 'A' && c <= 'Z' ? c : '#'; };
const fill = (template: string, ...args: (string | number)[]) => template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface GlossaryTools {
  /** Show an entry that the filter hides (a link to `#term-…` followed while filtering). */
  reveal(anchor: string): void;
}

export function enhanceGlossary(article: HTMLElement, t: GlossaryStrings): GlossaryTools | undefined {
  const list = article.querySelector<HTMLElement>('dl.glossary');
  if (!list) return undefined;
  const entries: Entry[] = [...list.querySelectorAll<HTMLElement>('dt[id]')].map((dt) => {
    const dd = dt.nextElementSibling instanceof HTMLElement && dt.nextElementSibling.tagName === 'DD' ? dt.nextElementSibling : undefined;
    const title = dt.textContent ?? '';
    dt.tabIndex = -1; // a letter moves the focus to its first entry
    const text = `${title} ${dd?.textContent ?? ''}`.toLowerCase();
    if (dd && dt.dataset.term) {
      // On the entry's "See:" line when it has one, after a separator like its other links.
      const find = make('button', { type: 'button', class: 'link-button', 'data-action': 'find-term', 'data-term': dt.dataset.term }, t.findInWorkspace);
      const see = dd.querySelector('span.muted');
      if (see) see.append(' · ', find); else dd.append(make('br', {}), find);
    }
    return { dt, dd, letter: letterOf(title), text, keys: (dt.dataset.keys ?? '').split(' ').filter(Boolean) };
  });

  const tools = make('div', { class: 'glossary-tools', role: 'search' });
  const bar = make('div', { class: 'az', role: 'toolbar', 'aria-label': t.index });
  const buttons = LETTERS.map((l) => make('button', { type: 'button', class: 'az-letter', 'data-letter': l, tabindex: '-1' }, l));
  bar.append(...buttons);
  const input = make('input', { type: 'search', id: 'glossary-filter', class: 'glossary-filter', 'aria-label': t.filterLabel, placeholder: t.filterPlaceholder, autocomplete: 'off', spellcheck: 'false' });
  const count = make('span', { class: 'glossary-count', role: 'status', 'aria-live': 'polite' });
  const row = make('div', { class: 'glossary-filter-row' });
  row.append(input, count);
  tools.append(bar, row);
  const empty = make('p', { class: 'glossary-empty', hidden: '' });
  list.before(tools);
  list.after(empty);

  // Headings scrolled to sit below the sticky bar, not under it.
  const offset = () => document.documentElement.style.setProperty('--sticky-offset', `${tools.offsetHeight + 8}px`);
  offset(); // now, for a jump to an entry right after the page is drawn; then on every resize
  new ResizeObserver(offset).observe(tools);

  const visible = () => entries.filter((e) => !e.dt.hidden);
  let focusAt = 0;
  const updateBar = () => {
    const present = new Set(visible().map((e) => e.letter));
    buttons.forEach((b) => { b.disabled = !present.has(b.dataset.letter ?? ''); });
    const enabled = buttons.filter((b) => !b.disabled);
    if (buttons[focusAt]?.disabled) focusAt = enabled.length ? buttons.indexOf(enabled[0]) : 0;
    buttons.forEach((b, i) => { b.tabIndex = i === focusAt ? 0 : -1; });
  };
  const apply = () => {
    const matches = glossaryMatcher(input.value);
    for (const e of entries) {
      const show = matches(e.text, e.keys);
      e.dt.hidden = !show;
      if (e.dd) e.dd.hidden = !show;
    }
    const shown = visible().length;
    count.textContent = fill(t.count, shown, entries.length);
    empty.hidden = shown > 0;
    empty.textContent = shown ? '' : fill(t.empty, input.value.trim());
    updateBar();
  };

  input.addEventListener('input', apply);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) { e.preventDefault(); e.stopPropagation(); input.value = ''; apply(); }
    else if (e.key === 'Enter') { e.preventDefault(); const first = visible()[0]; if (first) first.dt.focus(); }
  });
  bar.addEventListener('click', (e) => {
    const b = (e.target as Element | null)?.closest<HTMLButtonElement>('button.az-letter');
    if (!b || b.disabled) return;
    focusAt = buttons.indexOf(b);
    updateBar();
    const first = visible().find((x) => x.letter === b.dataset.letter);
    if (!first) return;
    first.dt.scrollIntoView({ block: 'start' });
    first.dt.focus({ preventScroll: true });
    flash(first.dt, first.dd);
  });
  // Arrow keys, Home and End move along the enabled letters (one tab stop for the whole bar).
  bar.addEventListener('keydown', (e) => {
    const enabled = buttons.filter((b) => !b.disabled);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || !enabled.length) return;
    const to = e.key === 'ArrowRight' ? (at + 1) % enabled.length : e.key === 'ArrowLeft' ? (at - 1 + enabled.length) % enabled.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? enabled.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    focusAt = buttons.indexOf(enabled[to]);
    updateBar();
    enabled[to].focus();
  });
  apply();

  return {
    reveal(anchor) {
      const target = entries.find((e) => e.dt.id === anchor);
      if (target?.dt.hidden) { input.value = ''; apply(); }
    },
  };
}
