import type { DiagramPreset, HostMessage, PageView, PresetDiagram, ReaderSettings } from '../src/core/protocol';
import { mountDiagram } from './diagrams/index';
import { renderModelCard } from './model-card';
import { saveState, send } from './vscode-api';

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

function render(page: PageView, anchor: string | undefined, scrollY: number | undefined, preset?: DiagramPreset): void {
  cleanups.forEach((c) => c());
  cleanups = [];
  current = page;
  currentCard = undefined;
  root.replaceChildren();
  root.dataset.page = page.id;
  root.append(header(page));
  const body = el('article', { class: `page page-${page.kind}` });
  body.innerHTML = page.html; // built and escaped at build time from the extension's own content
  root.append(body);
  const p = pager(page);
  if (p) root.append(p);
  mountDiagrams(page, preset);
  requestAnimationFrame(() => {
    if (anchor) {
      const target = document.getElementById(anchor);
      if (target) { target.scrollIntoView({ block: 'start' }); target.classList.add('flash'); return; }
    }
    window.scrollTo(0, scrollY ?? 0);
    // Move focus to the new page for screen readers, but never take it from the workbench
    // (an open quick pick closes when the webview grabs focus).
    if (scrollY === undefined && document.hasFocus()) (document.getElementById('page-title') as HTMLElement | null)?.focus({ preventScroll: true });
  });
  saveState({ id: page.id, scrollY: scrollY ?? 0 });
}

function mountDiagrams(page: PageView, preset: DiagramPreset | undefined): void {
  document.querySelectorAll<HTMLElement>('.diagram-host[data-diagram]').forEach((host) => {
    const id = host.dataset.diagram ?? '';
    mountDiagram(id, host, { reducedMotion, preset: preset?.diagram === id ? preset : undefined })
      .then((cleanup) => {
        if (typeof cleanup === 'function') cleanups.push(cleanup);
        host.dataset.ready = 'true';
        send({ type: 'diagramReady', id: page.id, diagram: id });
      })
      .catch((e: unknown) => {
        host.append(el('p', { class: 'error' }, `${t('diagramFailed')} (${e instanceof Error ? e.message : String(e)})`));
      });
  });
}

document.addEventListener('click', (e) => {
  const target = (e.target as Element | null)?.closest('a, button');
  if (!target) return;
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
      document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
      return;
    }
    send({ type: 'navigate', id: nav, anchor });
  } else if (external) {
    // VS Code's own webview link handler would open the href as well: stop the click here so
    // the host (which checks the page holds the link) opens it once.
    e.preventDefault();
    e.stopPropagation();
    send({ type: 'openExternal', id: current.id, url: external });
  } else if (action === 'open-source') {
    send({ type: 'openSource', id: current.id });
  } else if (action === 'toggle-read') {
    send({ type: 'toggleRead', id: current.id });
  } else if (target.tagName === 'A' && target.getAttribute('href') === '#') {
    e.preventDefault();
  }
});

// Alt+Left / Alt+Right page through the volume, like a browser's back and forward.
document.addEventListener('keydown', (e) => {
  if (!current || !e.altKey || e.ctrlKey || e.metaKey) return;
  const to = e.key === 'ArrowLeft' ? current.prev : e.key === 'ArrowRight' ? current.next : undefined;
  if (to) { e.preventDefault(); send({ type: 'navigate', id: to.id }); }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer) clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    if (!current) return;
    const scrollY = Math.round(window.scrollY);
    saveState({ id: current.id, scrollY });
    send({ type: 'scrolled', id: current.id, scrollY });
  }, 200);
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const m = event.data;
  switch (m?.type) {
    case 'show':
      applySettings(m.settings);
      render(m.page, m.anchor, m.scrollY, m.preset);
      break;
    case 'modelCard':
      applySettings(m.settings);
      cleanups.forEach((c) => c());
      current = undefined;
      currentCard = m.card.id;
      cleanups = [renderModelCard(root, m.card)];
      window.scrollTo(0, 0);
      // After a window reload the host builds the card again from its source document.
      if (m.card.source) saveState({ id: 'model-card', scrollY: 0, card: m.card.source });
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
