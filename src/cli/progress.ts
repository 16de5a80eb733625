// A one-line progress bar on stderr: rows, rows/s, and the ETA when the input's size is known.
// Drawn at most a few times a second, and only on a terminal.
import { msg, render, type Lang } from '../i18n/index.js';

const WIDTH = 24;
const EVERY_MS = 200;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly lang: Lang,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(rows: number, bytesRead: number, bytesTotal: number | null): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? rows / seconds : 0;
    const fmt = (n: number) => Math.round(n).toLocaleString(this.lang);
    let line = render(msg('cli.batch.progress', { rows: fmt(rows), rate: fmt(rate) }), this.lang);
    if (bytesTotal && bytesRead > 0) {
      const share = Math.min(1, bytesRead / bytesTotal);
      const filled = Math.round(share * WIDTH);
      const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%  ${line}  ${render(msg('cli.batch.eta', { eta: clock(eta) }), this.lang)}`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar so what follows starts on a clean line. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}
