/**
 * A small kit for the concept diagrams: SVG and HTML element builders, accessible controls
 * (native inputs, labelled, keyboard operable), a live text summary for screen readers, and
 * theme-aware colours (CSS classes mapped to --vscode-* variables in reader.css).
 */
import type { DiagramPreset } from '../../src/core/models/presets';

export interface DiagramEnv {
  /** True when the user asked the OS for reduced motion: jump to the end state, do not animate. */
  reducedMotion: boolean;
  /** A model's numbers from a model card ("Open in diagram"); the diagram checks it with isPreset. */
  preset?: DiagramPreset;
}

/** A diagram module (`webview/diagrams/<id>.ts`) exports `mount`; it may return a cleanup. */
export type Mount = (root: HTMLElement, env: DiagramEnv) => void | (() => void);

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | boolean | undefined>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** Create an SVG element: `s('circle', { cx: 10, cy: 10, r: 4, class: 'dg-accent' })`. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, children: (Node | string)[] = []): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  for (const c of children) el.append(c);
  return el;
}

/** Create an HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const c of children) el.append(c);
  return el;
}

/** Remove all children (to redraw a group). */
export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

export interface Frame {
  /** Row of controls above the picture. */
  controls: HTMLElement;
  /** The drawing: an <svg> with the given viewBox, scaled to the panel width but never below a legible scale. */
  svg: SVGSVGElement;
  /** Numbers and formulas that update live (visible). */
  readout: HTMLElement;
  /** A one-paragraph text description of the current state (aria-live). */
  setSummary(text: string): void;
  /**
   * The CSS px width the drawing has now (capped at MAX_DRAW_PX). A diagram that lays itself out
   * for it sets a viewBox exactly this wide, so one user unit is one CSS px and text keeps its size.
   */
  width(): number;
  /** Call `draw` again whenever width() changes (the reader was resized). */
  onResize(draw: () => void): void;
  /**
   * Split the drawing into regions that sit side by side when the column is wide enough and
   * are stacked top to bottom when it is not. Each region's content goes into its group, drawn in
   * the frame's own coordinates; the kit moves the groups and sets the viewBox.
   */
  panels(regions: Region[]): SVGGElement[];
}

export interface Region { x: number; y: number; width: number; height: number }

/** No diagram text renders smaller than this many CSS px at any reader width. */
export const MIN_TEXT_PX = 11;
/** Diagrams do not grow wider than this (matches .dg-svg's max-width). */
export const MAX_DRAW_PX = 760;
const STACK_GAP = 16;
/** The most a drawing is scaled up to fill a wide column. */
const MAX_GROW = 1.3;
/** In the "Open wide" panel (body.diagram-wide) the diagram is alone and may use far more room. */
const WIDE_DRAW_PX = 1600;
const WIDE_GROW = 2;
const isWide = () => document.body.classList.contains('diagram-wide');
const maxDraw = () => (isWide() ? WIDE_DRAW_PX : MAX_DRAW_PX);
const maxGrow = () => (isWide() ? WIDE_GROW : MAX_GROW);

/**
 * The standard frame of a diagram: controls, a responsive SVG and a readout. `label` names
 * the picture for assistive technology. The SVG sits in a stage that scrolls sideways when the
 * column is narrower than the smallest legible size of the drawing: the picture is never shrunk
 * below the scale at which its smallest text is MIN_TEXT_PX.
 */
export function frame(root: HTMLElement, opts: { label: string; width: number; height: number }): Frame {
  root.classList.add('dg');
  const controls = h('div', { class: 'dg-controls', role: 'group', 'aria-label': `${opts.label}: controls` });
  const svg = s('svg', {
    viewBox: `0 0 ${opts.width} ${opts.height}`, class: 'dg-svg', role: 'img', 'aria-label': opts.label,
    preserveAspectRatio: 'xMidYMid meet',
  });
  const stage = h('div', { class: 'dg-stage' }, [svg]);
  const readout = h('div', { class: 'dg-readout' });
  const summary = h('p', { class: 'dg-summary', 'aria-live': 'polite' });
  root.append(controls, stage, readout, summary);

  let lastWidth = -1;
  const redraws: (() => void)[] = [];
  let regions: { region: Region; group: SVGGElement }[] = [];
  const width = () => Math.min(maxDraw(), Math.floor(stage.clientWidth) || opts.width);
  const arrange = () => {
    if (!regions.length) return;
    const right = Math.max(...regions.map((r) => r.region.x + r.region.width));
    const bottom = Math.max(...regions.map((r) => r.region.y + r.region.height));
    // Side by side when the whole picture fits at a legible scale; stacked otherwise.
    if (width() >= right * minScale(svg)) {
      for (const r of regions) r.group.removeAttribute('transform');
      setIfChanged(svg, 'viewBox', `0 0 ${right} ${bottom}`);
      return;
    }
    let y = 0;
    for (const r of regions) {
      r.group.setAttribute('transform', `translate(${-r.region.x} ${y - r.region.y})`);
      y += r.region.height + STACK_GAP;
    }
    setIfChanged(svg, 'viewBox', `0 0 ${Math.max(...regions.map((r) => r.region.width))} ${y - STACK_GAP}`);
  };
  const fit = () => {
    const legible = legibleWidth(svg);
    const minWidth = legible ? `${legible}px` : '';
    if (svg.style.minWidth !== minWidth) svg.style.minWidth = minWidth;
    // A narrow (stacked or one-column) drawing in a wide column would grow its text past
    // readable proportions: it grows at most MAX_GROW times and is centred instead.
    const vb = svg.viewBox.baseVal;
    const maxWidth = vb && vb.width ? `${Math.min(maxDraw(), Math.round(vb.width * maxGrow()))}px` : '';
    if (svg.style.maxWidth !== maxWidth) svg.style.maxWidth = maxWidth;
    const scrolls = stage.scrollWidth > stage.clientWidth + 1;
    stage.classList.toggle('dg-scrolls', scrolls);
    // A stage that scrolls must be reachable by keyboard (arrow keys scroll it once focused).
    if (scrolls) setAttrs(stage, { tabindex: 0, role: 'region', 'aria-label': `${opts.label} (scrolls sideways)` });
    else for (const a of ['tabindex', 'role', 'aria-label']) stage.removeAttribute(a);
  };
  let pending = 0;
  const schedule = () => { if (!pending) pending = requestAnimationFrame(() => { pending = 0; fit(); }); };
  new MutationObserver(schedule).observe(svg, { childList: true, subtree: true, attributes: true, attributeFilter: ['viewBox', 'class', 'style'] });
  new ResizeObserver(() => {
    const w = width();
    if (w === lastWidth) return;
    lastWidth = w;
    arrange();
    for (const d of redraws) d();
    schedule();
  }).observe(stage);

  return {
    controls, svg, readout, width,
    setSummary: (t) => { summary.textContent = t; },
    onResize: (draw) => { redraws.push(draw); },
    panels: (rs) => {
      regions = rs.map((region) => ({ region, group: s('g', { class: 'dg-panel' }) }));
      svg.append(...regions.map((r) => r.group));
      arrange();
      return regions.map((r) => r.group);
    },
  };
}

/**
 * The smallest scale (CSS px per user unit) at which the SVG's smallest text still renders at
 * MIN_TEXT_PX. Font sizes inside an SVG are in user units, so it is MIN_TEXT_PX over the smallest.
 */
function minScale(svg: SVGSVGElement): number {
  let smallest = Infinity;
  for (const t of Array.from(svg.querySelectorAll('text'))) {
    const px = parseFloat(getComputedStyle(t).fontSize);
    if (px > 0 && px < smallest) smallest = px;
  }
  return Number.isFinite(smallest) ? MIN_TEXT_PX / smallest : 1;
}

/** The narrowest CSS width at which the drawing is still legible (0 without a viewBox). */
function legibleWidth(svg: SVGSVGElement): number {
  const vb = svg.viewBox.baseVal;
  return vb && vb.width ? Math.ceil(vb.width * minScale(svg)) : 0;
}

/** Set an attribute only when it changes, so the frame's MutationObserver does not loop. */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export interface SliderOpts {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  format?: (v: number) => string;
  /** What a screen reader says for the value (aria-valuetext), when the shown form reads badly. */
  valueText?: (v: number) => string;
  onInput: (v: number) => void;
}

/** A labelled range input with its value shown beside it. Arrow keys, Page Up/Down, Home/End work natively. */
export function slider(parent: HTMLElement, o: SliderOpts): { input: HTMLInputElement; set(v: number): void } {
  const fmt = o.format ?? ((v: number) => fmtNum(v));
  const input = h('input', { type: 'range', min: o.min, max: o.max, step: o.step, value: o.value });
  const spoken = o.valueText ?? fmt;
  const out = h('output', {}, [fmt(o.value)]);
  input.setAttribute('aria-valuetext', spoken(o.value));
  const label = h('label', { class: 'dg-slider' }, [h('span', { class: 'dg-label' }, [o.label]), input, out]);
  parent.append(label);
  const update = () => {
    const v = Number(input.value);
    out.textContent = fmt(v);
    input.setAttribute('aria-valuetext', spoken(v));
    o.onInput(v);
  };
  input.addEventListener('input', update);
  return { input, set: (v) => { input.value = String(v); update(); } };
}

/** A labelled <select>. */
export function select<T extends string>(parent: HTMLElement, label: string, options: { value: T; text: string }[], value: T, onChange: (v: T) => void): HTMLSelectElement {
  const sel = h('select', {}, options.map((o) => h('option', { value: o.value, selected: o.value === value }, [o.text])));
  sel.addEventListener('change', () => onChange(sel.value as T));
  parent.append(h('label', { class: 'dg-select' }, [h('span', { class: 'dg-label' }, [label]), sel]));
  return sel;
}

/** A labelled checkbox. */
export function toggle(parent: HTMLElement, label: string, checked: boolean, onChange: (v: boolean) => void): HTMLInputElement {
  const box = h('input', { type: 'checkbox', checked });
  box.addEventListener('change', () => onChange(box.checked));
  parent.append(h('label', { class: 'dg-toggle' }, [box, h('span', {}, [label])]));
  return box;
}

/** A button. */
export function button(parent: HTMLElement, label: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'dg-button' }, [label]);
  b.addEventListener('click', onClick);
  parent.append(b);
  return b;
}

/** A linear scale from a domain to a range. */
export function scale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (x) => r0 + (x - d0) * k;
}

/** Numbers for people: 3 significant digits, thousands separators for big ones. */
export function fmtNum(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e4) return Math.round(v).toLocaleString('en-US');
  return Number(v.toPrecision(digits)).toString();
}

/** Make an SVG element focusable and clickable by keyboard (Enter/Space), with a label. */
export function activatable(el: SVGElement, label: string, onActivate: () => void): void {
  setAttrs(el, { tabindex: 0, role: 'button', 'aria-label': label, class: `${el.getAttribute('class') ?? ''} dg-focusable`.trim() });
  el.addEventListener('click', onActivate);
  el.addEventListener('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') { e.preventDefault(); onActivate(); }
  });
}

/** Run `step` every `ms` until it returns false; with reduced motion, run it to the end at once. */
export function animate(env: DiagramEnv, ms: number, step: () => boolean): () => void {
  if (env.reducedMotion) {
    let guard = 0;
    while (step() && guard++ < 10000) { /* run to the end state */ }
    return () => undefined;
  }
  const timer = setInterval(() => { if (!step()) clearInterval(timer); }, ms);
  return () => clearInterval(timer);
}

/** A line above a diagram naming the model whose numbers it shows (from a model card). */
export function presetNote(root: HTMLElement, text: string): HTMLElement {
  const p = h('p', { class: 'dg-preset', 'data-testid': 'preset' }, [text]);
  root.prepend(p);
  return p;
}
