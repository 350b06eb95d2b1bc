import { isReaderState, type DiagramPreset, type HistoryState, type HostMessage, type PageQuiz, type PageView, type PresetDiagram, type ReaderSettings, type ReaderState } from '../src/core/protocol';
import { applyControls, ControlMemory } from './diagram-controls';
import { mountQuiz } from './quiz';
import { mountDiagram } from './diagrams/index';
import { flash } from './flash';
import { enhanceGlossary, type GlossaryTools } from './glossary';
import { renderModelCard } from './model-card';
import { loadState, saveState, send } from './vscode-api';

/**
 * The reader inside the webview: renders the page the host sends (HTML already rendered at
 * build time, KaTeX included), turns clicks on library links into `navigate` messages, mounts
 * the concept diagrams, and remembers the page and scroll position for a window reload.
 */

const root = document.getElementById('reader') as HTMLElement;
const strings = JSON.parse(document.body.dataset.strings ?? '{}') as Record<string, string>;
const t = (k: string) => strings[k] ?? k;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let current: PageView | undefined;
/** The id of the model card on show (instead of a page). */
let currentCard: string | undefined;
let cleanups: (() => void)[] = [];
/** The panel's back/forward stacks, kept by the host and saved here so a window reload restores them. */
let history: HistoryState | undefined;
/** The id of a page whose notes could not be read (a message is on show instead). */
let missing: string | undefined;
/** The glossary page's filter and A–Z bar, when the glossary is on show. */
let glossary: GlossaryTools | undefined;
/** The section last reported to the host (for the Outline view). */
let section: string | undefined;
/** The diagram shown alone (the "Open wide" panel), saved so a reload shows it alone again. */
let wideDiagram: string | undefined;
/** Diagram controls saved with the panel: what the reader set survives a window reload. */
const controls = new ControlMemory(() => { if (current) persist({ id: current.id, scrollY: Math.round(window.scrollY), history, diagram: wideDiagram }); });
/** The controls saved before a reload, for the first page shown after it. */
let restoredControls: { page: string; controls: NonNullable<ReaderState['controls']> } | undefined = (() => {
  const saved = loadState();
  return isReaderState(saved) && saved.controls ? { page: saved.id, controls: saved.controls } : undefined;
})();

/** The panel's state, with the diagram controls of the page it names. */
function persist(state: ReaderState): void {
  saveState({ ...state, controls: controls.stateFor(state.id) });
}

function applySettings(s: ReaderSettings): void {
  document.documentElement.style.setProperty('--reader-font-size', `${s.fontSize}px`);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function header(page: PageView): HTMLElement {
  const head = el('header');
  if (page.parentId && page.parentLabel) {
    const crumb = el('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb') });
    crumb.append(el('a', { href: '#', 'data-nav': page.parentId }, page.parentLabel));
    head.append(crumb);
  }
  head.append(el('h1', { id: 'page-title', tabindex: '-1' }, page.title));
  const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('pageActions') });
  if (page.source) {
    // Some facts link a listing page that names the chapter rather than the post itself: say which.
    const label = /\/p\//.test(page.source) ? t('openSource') : t('openListing');
    bar.append(el('button', { type: 'button', class: 'primary', 'data-action': 'open-source', title: page.source }, label));
  }
  if (page.kind === 'concept') {
    bar.append(el('button', { type: 'button', 'data-action': 'find-concept' }, t('findInWorkspace')));
  }
  if (page.readable) {
    bar.append(el('button', { type: 'button', 'data-action': 'toggle-read', 'aria-pressed': String(page.read), id: 'read-toggle' },
      page.read ? t('markUnread') : t('markRead')));
  }
  if (bar.childElementCount) head.append(bar);
  return head;
}

function pager(page: PageView): HTMLElement | undefined {
  if (!page.prev && !page.next) return undefined;
  const nav = el('nav', { class: 'pager', 'aria-label': t('pager') });
  nav.append(page.prev ? el('a', { href: '#', 'data-nav': page.prev.id, rel: 'prev' }, `← ${page.prev.label}`) : el('span'));
  nav.append(page.next ? el('a', { href: '#', 'data-nav': page.next.id, rel: 'next' }, `${page.next.label} →`) : el('span'));
  return nav;
}

/** Take down whatever is on show (its diagrams' cleanups, the page, the card or the message) before the next view. */
function clearView(): void {
  cleanups.forEach((c) => c());
  cleanups = [];
  current = undefined;
  currentCard = undefined;
  missing = undefined;
  glossary = undefined;
  section = undefined;
  document.body.classList.remove('diagram-wide');
  root.replaceChildren();
}

/** A Copy button on each code block; the host copies the block's text from the page it sent. */
function addCodeCopy(body: HTMLElement): void {
  body.querySelectorAll<HTMLElement>('pre').forEach((pre, i) => {
    pre.classList.add('has-copy');
    pre.prepend(el('button', { type: 'button', class: 'code-copy', 'data-action': 'copy-code', 'data-block': String(i), title: t('copyCode'), 'aria-label': t('copyCode') }, t('copyCodeShort')));
  });
}

/** A small button beside each h2/h3 (shown on hover and focus) that copies a link to the section. */
function addHeadingLinks(body: HTMLElement): void {
  body.querySelectorAll<HTMLElement>('h2[id], h3[id]').forEach((h) => {
    h.classList.add('has-link');
    h.append(el('button', { type: 'button', class: 'heading-link', 'data-action': 'copy-link', 'data-anchor': h.id, 'aria-label': `${t('copyLink')}: ${h.textContent ?? ''}`, title: t('copyLink') }, '#'));
  });
}

/** An "Open wide" button on each concept diagram: the host opens it alone in a wide panel. */
function addOpenWide(body: HTMLElement): void {
  body.querySelectorAll<HTMLElement>('figure.diagram-host[data-diagram]').forEach((fig) => {
    const bar = el('div', { class: 'dg-popout' });
    const b = el('button', { type: 'button', class: 'icon-button', 'data-action': 'open-wide', 'data-diagram': fig.dataset.diagram ?? '', title: t('openWide') });
    b.append(el('span', { class: 'icon', 'aria-hidden': 'true' }, '⤢'), document.createTextNode(` ${t('openWide')}`));
    bar.append(b);
    fig.before(bar);
  });
}

/** The last h2/h3 whose top is above the reading line (the sticky glossary bar included). */
function currentSection(): string | undefined {
  const line = (parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-offset')) || 0) + 24;
  let at: string | undefined;
  for (const h of document.querySelectorAll<HTMLElement>('article.page h2[id], article.page h3[id]')) {
    if (h.getBoundingClientRect().top > line) break;
    at = h.id;
  }
  return at;
}

function reportSection(): void {
  if (!current || document.body.classList.contains('diagram-wide')) return;
  const now = currentSection();
  if (now === section) return;
  section = now;
  send({ type: 'section', id: current.id, anchor: now });
}

/** Scroll to an element of the page, revealing it first if the glossary filter hides it, and highlight it. */
function jumpTo(anchor: string): boolean {
  glossary?.reveal(anchor);
  const target = document.getElementById(anchor);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  flash(target, target.tagName === 'DT' ? target.nextElementSibling : undefined);
  return true;
}

/**
 * Run `fn` once the new page is laid out: on the next frame, or after a short timer when no frame
 * comes (a browser tab in the background, as code-server's can be, draws no frames).
 */
function afterLayout(fn: () => void): void {
  let done = false;
  const once = () => { if (!done) { done = true; fn(); } };
  requestAnimationFrame(once);
  setTimeout(once, 150);
}

function render(page: PageView, anchor: string | undefined, scrollY: number | undefined, preset?: DiagramPreset, quiz?: PageQuiz, diagramOnly?: string): void {
  clearView();
  current = page;
  root.dataset.page = page.id;
  document.body.classList.toggle('diagram-wide', diagramOnly !== undefined);
  const body = el('article', { class: `page page-${page.kind}` });
  body.innerHTML = page.html; // built and escaped at build time from the extension's own content
  const only = diagramOnly ? body.querySelector(`figure.diagram-host[data-diagram="${CSS.escape(diagramOnly)}"]`) : null;
  if (diagramOnly !== undefined) {
    // The wide panel: the page's title and the one diagram, across the whole panel.
    root.append(el('h1', { id: 'page-title', tabindex: '-1' }, page.title));
    body.replaceChildren(...(only ? [only] : []));
    root.append(body);
  } else {
    root.append(header(page));
    addHeadingLinks(body);
    addCodeCopy(body);
    addOpenWide(body);
    root.append(body);
    if (page.kind === 'glossary') glossary = enhanceGlossary(body, {
      filterLabel: t('glossaryFilter'), filterPlaceholder: t('glossaryFilterPlaceholder'), count: t('glossaryCount'),
      empty: t('glossaryEmpty'), index: t('glossaryIndex'), findInWorkspace: t('findInWorkspace'),
    });
    const p = pager(page);
    if (p) root.append(p);
  }
  controls.show(page.id, restoredControls);
  restoredControls = undefined;
  mountDiagrams(page, preset);
  // The wide panel shows one diagram: no quiz and no reading through to the end there.
  const whole = diagramOnly === undefined;
  if (whole && page.readable) mountQuiz(body, quiz, t, (question, answer) => send({ type: 'quizAnswer', id: page.id, question, ...answer }));
  if (whole && page.readable && !page.read) cleanups.push(watchEnd(page.id, body));
  afterLayout(() => {
    if (anchor && jumpTo(anchor)) { reportSection(); return; }
    window.scrollTo(0, scrollY ?? 0);
    // Move focus to the new page for screen readers, but never take it from the workbench
    // (an open quick pick closes when the webview grabs focus).
    if (scrollY === undefined && document.hasFocus()) (document.getElementById('page-title') as HTMLElement | null)?.focus({ preventScroll: true });
    reportSection();
  });
  wideDiagram = diagramOnly;
  persist({ id: page.id, scrollY: scrollY ?? 0, history, diagram: diagramOnly });
}

/** How long the end of a page must stay on screen before it counts as read: flipping past a page is not reading it. */
const END_SEEN_MS = 2000;

/**
 * Report `endSeen` once the end of the page's content has stayed visible for END_SEEN_MS: after
 * scrolling down to it, or at once on a page short enough to fit. Leaving the end (or the page)
 * before then starts the wait again. Returns the cleanup.
 */
function watchEnd(id: string, body: HTMLElement): () => void {
  const sentinel = el('div', { class: 'page-end', 'aria-hidden': 'true' });
  body.append(sentinel);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => { if (timer) clearTimeout(timer); timer = undefined; };
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) { stop(); return; }
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (current?.id !== id || current.read) return;
      observer.disconnect();
      send({ type: 'endSeen', id });
    }, END_SEEN_MS);
  });
  observer.observe(sentinel);
  return () => { stop(); observer.disconnect(); };
}

/** A page whose notes could not be read: say so, and offer a way out instead of "Loading…". */
function renderMissing(id: string, title: string, message: string, canGoBack: boolean): void {
  clearView();
  missing = id;
  root.dataset.page = id;
  const box = el('section', { class: 'missing-page', role: 'alert' });
  box.append(el('h1', { id: 'page-title', tabindex: '-1' }, title), el('p', {}, message));
  const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Page actions' });
  if (canGoBack) bar.append(el('button', { type: 'button', class: 'primary', 'data-action': 'go-back' }, t('back')));
  bar.append(el('button', { type: 'button', 'data-action': 'open-library' }, t('openLibrary')));
  box.append(bar);
  root.append(box);
  window.scrollTo(0, 0);
  saveState({ id, scrollY: 0, history });
}

function mountDiagrams(page: PageView, preset: DiagramPreset | undefined): void {
  document.querySelectorAll<HTMLElement>('.diagram-host[data-diagram]').forEach((host) => {
    const id = host.dataset.diagram ?? '';
    mountDiagram(id, host, { reducedMotion, preset: preset?.diagram === id ? preset : undefined })
      .then((cleanup) => {
        if (typeof cleanup === 'function') cleanups.push(cleanup);
        // A model's numbers, when given, win over what was set before.
        const saved = preset?.diagram === id ? undefined : controls.savedFor(page.id, id);
        if (saved) applyControls(host, saved);
        host.dataset.ready = 'true';
        send({ type: 'diagramReady', id: page.id, diagram: id });
      })
      .catch((e: unknown) => {
        host.append(el('p', { class: 'error' }, `${t('diagramFailed')} (${e instanceof Error ? e.message : String(e)})`));
      });
  });
}

// A control a person moved (not one put back above): remember the diagram's values.
for (const type of ['input', 'change']) {
  document.addEventListener(type, (e) => {
    const host = (e.target as Element | null)?.closest<HTMLElement>('.diagram-host[data-diagram]');
    if (host && current && e.isTrusted) controls.changed(host.dataset.diagram ?? '', host);
  });
}

document.addEventListener('click', (e) => {
  const target = (e.target as Element | null)?.closest('a, button');
  if (!target) return;
  if (missing) {
    const action = target.getAttribute('data-action');
    if (action === 'go-back') send({ type: 'history', direction: 'back' });
    else if (action === 'open-library') send({ type: 'openLibrary' });
    return;
  }
  if (currentCard && !current) {
    // A model card: links to concept pages, and buttons that open a diagram with this model's numbers.
    const nav = target.getAttribute('data-nav');
    const diagram = target.getAttribute('data-diagram');
    if (nav) { e.preventDefault(); send({ type: 'navigate', id: nav, anchor: target.getAttribute('data-anchor') ?? undefined }); }
    else if (target.getAttribute('data-action') === 'open-diagram' && diagram) {
      send({ type: 'openDiagram', card: currentCard, diagram: diagram as PresetDiagram }); // the host checks it
    } else if (target.tagName === 'A' && target.getAttribute('href') === '#') e.preventDefault();
    return;
  }
  if (!current) return;
  const nav = target.getAttribute('data-nav');
  const external = target.getAttribute('data-external');
  const action = target.getAttribute('data-action');
  if (nav) {
    e.preventDefault();
    const anchor = target.getAttribute('data-anchor') ?? undefined;
    if (nav === current.id && anchor) {
      if (jumpTo(anchor)) reportSection();
      return;
    }
    // The page being left goes on the Back stack at the position it is read at now.
    send({ type: 'scrolled', id: current.id, scrollY: Math.round(window.scrollY) });
    send({ type: 'navigate', id: nav, anchor });
  } else if (external) {
    // VS Code's own webview link handler would open the href as well: stop the click here so
    // the host (which checks the page holds the link) opens it once.
    e.preventDefault();
    e.stopPropagation();
    send({ type: 'openExternal', id: current.id, url: external });
  } else if (action === 'copy-link') {
    send({ type: 'copyLink', id: current.id, anchor: target.getAttribute('data-anchor') ?? undefined });
  } else if (action === 'copy-code') {
    send({ type: 'copyCode', id: current.id, block: Number(target.getAttribute('data-block')) });
  } else if (action === 'open-wide') {
    send({ type: 'openDiagramWide', id: current.id, diagram: target.getAttribute('data-diagram') ?? '' });
  } else if (action === 'find-term') {
    send({ type: 'findInWorkspace', id: current.id, term: target.getAttribute('data-term') ?? undefined });
  } else if (action === 'find-concept') {
    send({ type: 'findInWorkspace', id: current.id });
  } else if (action === 'open-source') {
    send({ type: 'openSource', id: current.id });
  } else if (action === 'toggle-read') {
    send({ type: 'toggleRead', id: current.id });
  } else if (target.tagName === 'A' && target.getAttribute('href') === '#') {
    e.preventDefault();
  }
});

// Alt+Left / Alt+Right (Back and Forward) are VS Code keybindings: the webview forwards keys to
// the workbench. The mouse's back and forward buttons (4 and 5) never reach it, so they are read
// here; their default (the iframe's own history) is stopped.
const HISTORY_BUTTONS: Record<number, 'back' | 'forward'> = { 3: 'back', 4: 'forward' };
document.addEventListener('mousedown', (e) => { if (HISTORY_BUTTONS[e.button]) e.preventDefault(); });
document.addEventListener('mouseup', (e) => {
  const direction = HISTORY_BUTTONS[e.button];
  if (!direction) return;
  e.preventDefault();
  if (current) send({ type: 'scrolled', id: current.id, scrollY: Math.round(window.scrollY) });
  send({ type: 'history', direction });
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
let sectionFrame = 0;
window.addEventListener('scroll', () => {
  if (scrollTimer) clearTimeout(scrollTimer);
  if (!sectionFrame) sectionFrame = requestAnimationFrame(() => { sectionFrame = 0; reportSection(); });
  scrollTimer = setTimeout(() => {
    if (!current) return;
    const scrollY = Math.round(window.scrollY);
    persist({ id: current.id, scrollY, history, diagram: wideDiagram });
    send({ type: 'scrolled', id: current.id, scrollY });
  }, 200);
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const m = event.data;
  switch (m?.type) {
    case 'show':
      history = m.history;
      applySettings(m.settings);
      render(m.page, m.anchor, m.scrollY, m.preset, m.quiz, m.diagramOnly);
      break;
    case 'scrollTo':
      // Reported at once: a hidden or throttled frame may deliver the scroll event late.
      if (current && jumpTo(m.anchor)) reportSection();
      break;
    case 'missing':
      history = m.history;
      renderMissing(m.id, m.title, m.message, m.canGoBack);
      break;
    case 'modelCard':
      history = m.history;
      applySettings(m.settings);
      clearView();
      currentCard = m.card.id;
      cleanups = [renderModelCard(root, m.card)];
      window.scrollTo(0, 0);
      // After a window reload the host builds the card again from its source document.
      if (m.card.source) saveState({ id: 'model-card', scrollY: 0, card: m.card.source, history });
      break;
    case 'settings':
      applySettings(m.settings);
      break;
    case 'readState':
      if (current?.id === m.id) {
        current.read = m.read;
        const b = document.getElementById('read-toggle');
        if (b) { b.textContent = m.read ? t('markUnread') : t('markRead'); b.setAttribute('aria-pressed', String(m.read)); }
      }
      break;
  }
});

// The host answers with the page to show: the serializer gives it the state saved below.
send({ type: 'ready' });
