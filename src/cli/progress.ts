import { Chalk } from 'chalk';
import type { Text } from '../i18n/index.js';
import type { CliContext } from './io.js';

export interface ProgressReporter {
  /** One finished item: `line` is what a log shows for it (CI gets every line, a terminal only failures). */
  item(ok: boolean, line: string): void;
  /** Clear the bar and leave the cursor on a fresh line. */
  finish(): void;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

const DOCUMENTS_PER_SECOND: Text = { id: 'dok/dtk', en: 'docs/s' };
const UNITS_PER_SECOND: Text = { id: 'unit/dtk', en: 'units/s' };
const left: Text = { id: 'sisa', en: 'left' };

/**
 * Progress for a batch: a bar redrawn in place on a terminal (failures printed above it as they
 * happen), one line per item otherwise, so CI logs stay readable and greppable.
 */
export function createProgress(ctx: CliContext, total: number, perSecond: Text = DOCUMENTS_PER_SECOND): ProgressReporter {
  const { io, t } = ctx;
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const mark = (ok: boolean) => (ok ? c.green('✓') : c.red('✗'));
  const started = performance.now();
  let done = 0;
  let lastDraw = 0;
  let barShown = false;

  if (!io.isTTY) {
    return {
      item(ok, line) {
        done++;
        io.stdout.write(`${mark(ok)} [${done}/${total}] ${line}\n`);
      },
      finish() {},
    };
  }

  const columns = (io.stdout as { columns?: number }).columns ?? 80;
  const clear = () => {
    if (barShown) io.stdout.write('\r\x1b[K');
    barShown = false;
  };
  const draw = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const filled = Math.round((done / Math.max(total, 1)) * BAR_WIDTH);
    const eta = rate > 0 && done < total ? ` · ${t(left)} ±${Math.ceil((total - done) / rate)} s` : '';
    const text = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} · ${rate.toFixed(1)} ${t(perSecond)}${eta}`;
    io.stdout.write(`\r\x1b[K${text.slice(0, Math.max(columns - 1, 20))}`);
    barShown = true;
    lastDraw = performance.now();
  };
  draw();
  return {
    item(ok, line) {
      done++;
      if (!ok) {
        clear();
        io.stdout.write(`${mark(ok)} ${line}\n`);
      }
      if (!ok || done === total || performance.now() - lastDraw >= REDRAW_MS) draw();
    },
    finish() {
      clear();
    },
  };
}

/** What a pass counts, for its rate. */
const COUNTED = { units: UNITS_PER_SECOND, documents: DOCUMENTS_PER_SECOND } as const;

/**
 * A bar over a long pass (a region's build or audit, a large validate: minutes, and nothing said
 * until the end), on a terminal only: CI logs get the findings and the summary. `onProgress` takes
 * how many are done of how many, which may jump; a pass of fewer than `from` shows none. One bar
 * for each pass (an audit `--sejak` makes two); `status` says in its place what follows a pass (a
 * portal's own pages); `finish` clears either, as a stopped run leaves them.
 */
export function passProgress(ctx: CliContext, counted: keyof typeof COUNTED, from = 1): { onProgress?: (done: number, total: number) => void; status?: (text: Text) => void; finish(): void } {
  if (!ctx.io.isTTY) return { finish() {} };
  let bar: ProgressReporter | undefined;
  let shown = 0;
  let line = false;
  const finish = () => {
    bar?.finish();
    bar = undefined;
    if (line) ctx.io.stdout.write('\r\x1b[K');
    line = false;
  };
  return {
    status(text) {
      finish();
      ctx.io.stdout.write(ctx.t(text));
      line = true;
    },
    onProgress(done, total) {
      if (total < from) return;
      if (!bar || done < shown) {
        finish();
        bar = createProgress(ctx, total, COUNTED[counted]);
        shown = 0;
      }
      for (; shown < done; shown++) bar.item(true, '');
      if (done >= total) finish();
    },
    finish,
  };
}
