/**
 * The Library tree's read-progress icon: a circle filling up like a pie, so a volume's state
 * shows at any side-bar width (its "3/14" text is cut off after a long volume title). Eighths
 * are enough to see at 16 px; the exact count is in the description and the tooltip.
 */
export const PIE_STEPS = 8;

/** The eighth to draw: 0 only when nothing is read, the full circle only when everything is. */
export function pieStep(read: number, total: number): number {
  if (total <= 0 || read <= 0) return 0;
  if (read >= total) return PIE_STEPS;
  return Math.min(PIE_STEPS - 1, Math.max(1, Math.round((read / total) * PIE_STEPS)));
}

/** The icons' colours: VS Code's own icon foregrounds for light and dark themes. */
export const PIE_COLOURS = { light: '#424242', dark: '#C5C5C5' } as const;

/** File name of an icon under media/progress/. */
export const pieFile = (step: number, theme: keyof typeof PIE_COLOURS): string => `pie-${step}-${theme}.svg`;

/** The SVG of step `step` of PIE_STEPS in `colour`: an outlined circle and the read share filled from 12 o'clock. */
export function pieSvg(step: number, colour: string): string {
  const c = 8;
  const r = 6;
  let fill = '';
  if (step >= PIE_STEPS) fill = `<circle cx="${c}" cy="${c}" r="${r}" fill="${colour}"/>`;
  else if (step > 0) {
    const a = (2 * Math.PI * step) / PIE_STEPS;
    const x = (c + r * Math.sin(a)).toFixed(3);
    const y = (c - r * Math.cos(a)).toFixed(3);
    fill = `<path d="M${c} ${c}V${c - r}A${r} ${r} 0 ${step > PIE_STEPS / 2 ? 1 : 0} 1 ${x} ${y}Z" fill="${colour}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="${c}" cy="${c}" r="${r + 0.5}" fill="none" stroke="${colour}" stroke-width="1"/>${fill}</svg>\n`;
}
