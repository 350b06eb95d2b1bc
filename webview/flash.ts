/**
 * Highlight elements briefly (the entry or section a link led to). Taking the class off and
 * reading layout before adding it again restarts the animation when the same target is followed
 * twice; the class is removed afterwards so a later jump flashes as well.
 */
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function flash(...els: (Element | null | undefined)[]): void {
  for (const el of els) {
    if (!el) continue;
    el.classList.remove('flash');
    void (el as HTMLElement).offsetWidth;
    el.classList.add('flash');
    const old = timers.get(el);
    if (old) clearTimeout(old);
    timers.set(el, setTimeout(() => el.classList.remove('flash'), 1600));
  }
}
