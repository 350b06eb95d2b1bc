import { valueText } from './text';

/**
 * Lets at most `max` log lines through per `windowMs`, so a webview that floods the host with
 * bad messages cannot flood the log. What was held back is counted and said on the next line
 * let through. The clock is injected, so tests need no timers.
 */
export class LogLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private passed = 0;
  private held = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The line to log, or undefined when this window's quota is spent. The text is built only
   * for lines that are logged (a flood of large messages costs no formatting).
   */
  pass(text: () => string): string | undefined {
    const t = this.now();
    if (t - this.windowStart >= this.windowMs || t < this.windowStart) {
      this.windowStart = t;
      this.passed = 0;
    }
    if (this.passed >= this.max) {
      this.held++;
      return undefined;
    }
    this.passed++;
    const held = this.held;
    this.held = 0;
    return held ? `${text()} (${held} similar ${held === 1 ? 'line' : 'lines'} not logged before this one)` : text();
  }
}

/** A short, one-line picture of a value received from outside (a webview message), for a log line. Never throws. */
export function describeValue(x: unknown, max = 200): string {
  const text = valueText(x);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
