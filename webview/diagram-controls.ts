/**
 * Diagram controls kept across a window reload: every slider, select, checkbox and text field
 * in a diagram's controls is read in document order when one changes, saved with the panel's
 * state, and put back (with the events the diagram listens to) once the diagram is drawn again.
 * Generic, so no diagram has to know about it; a model's preset, when given, wins.
 */
import type { DiagramControls } from '../src/core/protocol';

const CONTROLS = '.dg-controls input, .dg-controls select';

function controlsOf(host: Element): (HTMLInputElement | HTMLSelectElement)[] {
  return [...host.querySelectorAll<HTMLInputElement | HTMLSelectElement>(CONTROLS)];
}

export function readControls(host: Element): (string | boolean)[] {
  return controlsOf(host).map((c) => (c instanceof HTMLInputElement && c.type === 'checkbox' ? c.checked : c.value));
}

/** Put saved values back, in order, while the controls still match (same count and kinds). */
export function applyControls(host: Element, values: readonly (string | boolean)[]): boolean {
  const controls = controlsOf(host);
  const isBox = (c: Element) => c instanceof HTMLInputElement && c.type === 'checkbox';
  if (controls.length !== values.length || controls.some((c, i) => isBox(c) !== (typeof values[i] === 'boolean'))) return false;
  controls.forEach((c, i) => {
    const v = values[i];
    if (c instanceof HTMLInputElement && c.type === 'checkbox') {
      if (c.checked === v) return;
      c.checked = v as boolean;
      c.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (c.value !== v) {
      c.value = v as string;
      c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
  });
  return true;
}

/** The control values of page `page`, updated as the user changes them. */
export class ControlMemory {
  private values: DiagramControls = {};
  private page: string | undefined;

  constructor(private readonly save: () => void) {}

  /** A new page on show: what was saved for it (after a reload) is kept, anything else dropped. */
  show(page: string, saved?: { page: string; controls: DiagramControls }): void {
    this.values = saved && saved.page === page ? { ...saved.controls } : {};
    this.page = page;
  }

  /** The saved values of a diagram of the page on show, if any. */
  savedFor(page: string, diagram: string): (string | boolean)[] | undefined {
    return page === this.page ? this.values[diagram] : undefined;
  }

  /** A control of `host` (diagram `diagram`) changed: remember all of that diagram's values. */
  changed(diagram: string, host: Element): void {
    this.values[diagram] = readControls(host);
    this.save();
  }

  stateFor(page: string): DiagramControls | undefined {
    return page === this.page && Object.keys(this.values).length ? this.values : undefined;
  }
}
