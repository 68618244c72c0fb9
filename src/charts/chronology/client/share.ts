/**
 * The Share / embed / download dialog of <chrono-chart>, loaded only when a reader opens it: the
 * link and iframe code of the view, the chart as standalone SVG and as PNG (twice the on-screen
 * size, or 170 mm at 300 dpi), and the events shown as CSV and JSON, serialised by the same
 * functions as /data/events.csv and /data/events.json. The dialog's markup is server-rendered
 * (Chronology.astro); this module fills it in and wires its buttons.
 */
import { embedCode, FALLBACK_HEIGHT } from '../../../lib/embed';
import type { ChronologyEvent } from '../../../lib/chronology/types';
import { eventsCsv, eventsJson } from '../../../lib/publish/data';
import { routes } from '../../../lib/routes';
import { exportView, PRINT_WIDTH_PX } from '../export/svg';
import { pngWithDensity } from '../export/png';
import { msToDay } from '../layout/time';
import type { ScopedChart } from '../scope';
import { serialiseState, type ChartState, type Universe } from '../state';

/** What the chart hands the dialog when it opens. */
export interface ShareContext {
  dialog: HTMLDialogElement;
  /** The button that opened the dialog (focus returns to it). */
  opener: HTMLElement;
  chart: ScopedChart;
  state: ChartState;
  universe: Universe;
  /** On-screen width of the chart in CSS pixels. */
  screenWidth: number;
  /** Site name for the credit line. */
  siteName: string;
  share: {
    kind: keyof typeof FALLBACK_HEIGHT;
    /** Site-relative path of the page to link to. */
    link: string;
    /** Site-relative path of the embed page. */
    embed: string;
    /** Title of the embedded frame. */
    title: string;
    /** Append the view's parameters (range, filters, event) to both. */
    withState: boolean;
  };
}

interface Prepared {
  ctx: ShareContext;
  svg: string;
  width: number;
  height: number;
  ids: string[];
  base: string;
}

let current: Prepared | null = null;
let published: Promise<Map<string, ChronologyEvent>> | null = null;

const field = <T extends HTMLElement>(dialog: HTMLElement, name: string) =>
  dialog.querySelector<T>(`[data-share-field="${name}"]`);

function say(dialog: HTMLElement, text: string): void {
  const status = field(dialog, 'status');
  if (status) status.textContent = text;
}

/** The published events, fetched once (the same file /data/events.json serves). */
function publishedEvents(): Promise<Map<string, ChronologyEvent>> {
  const url = routes.dataFile('events.json');
  published ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<{ events: ChronologyEvent[] }>;
    })
    .then((d) => new Map(d.events.map((e) => [e.id, e])))
    .catch((e: unknown) => {
      published = null;
      throw e;
    });
  return published;
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Rasterises an SVG document at a pixel size (Image + canvas; the SVG needs nothing outside itself). */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

async function copy(text: string, input: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (or permission): select the text so the reader can copy it.
    input?.focus();
    input?.select();
    return false;
  }
}

/** Pixel sizes of the two PNG exports for an SVG of `width` × `height` shown `screenWidth` px wide. */
export function pngSizes(
  width: number,
  height: number,
  screenWidth: number,
): Record<'screen' | 'print', [number, number]> {
  const screen = Math.round(2 * (screenWidth > 0 ? screenWidth : width));
  return {
    screen: [screen, Math.round((height * screen) / width)],
    print: [PRINT_WIDTH_PX, Math.round((height * PRINT_WIDTH_PX) / width)],
  };
}

async function act(action: string): Promise<void> {
  const p = current;
  if (!p) return;
  const { dialog } = p.ctx;
  if (action === 'close') return dialog.close();
  if (action === 'copy-link' || action === 'copy-embed') {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(dialog, action === 'copy-link' ? 'link' : 'embed');
    const ok = await copy(input?.value ?? '', input);
    say(
      dialog,
      ok
        ? `${action === 'copy-link' ? 'Link' : 'Embed code'} copied.`
        : 'Copying is not available here: the text is selected, copy it with your keyboard.',
    );
    return;
  }
  if (action === 'svg') {
    save(new Blob([p.svg], { type: 'image/svg+xml' }), `${p.base}.svg`);
    return say(dialog, 'SVG downloaded.');
  }
  if (action === 'png-screen' || action === 'png-print') {
    const which = action === 'png-screen' ? 'screen' : 'print';
    const [w, h] = pngSizes(p.width, p.height, p.ctx.screenWidth)[which];
    say(dialog, 'Preparing the PNG…');
    const blob = await rasterise(p.svg, w, h);
    const dpi = which === 'print' ? 300 : 192;
    const bytes = pngWithDensity(new Uint8Array(await blob.arrayBuffer()), dpi);
    save(new Blob([bytes as BlobPart], { type: 'image/png' }), `${p.base}${which === 'print' ? '-print' : ''}.png`);
    return say(dialog, `PNG downloaded (${w} × ${h} px).`);
  }
  if (action === 'csv' || action === 'json') {
    say(dialog, 'Preparing the data…');
    const byId = await publishedEvents();
    const events = p.ids.map((id) => byId.get(id)).filter((e): e is ChronologyEvent => !!e);
    const text = action === 'csv' ? eventsCsv(events, `${location.origin}${routes.home()}`) : eventsJson({ events });
    const type = action === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    save(new Blob([text], { type }), `${p.base}.${action}`);
    return say(dialog, `${action.toUpperCase()} of ${events.length} events downloaded.`);
  }
}

function wire(dialog: HTMLDialogElement): void {
  dialog.addEventListener('click', (e) => {
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    if (e.target === dialog) return dialog.close();
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-share]');
    if (!button) return;
    button.disabled = true;
    act(button.dataset.share ?? '')
      .catch((err: unknown) => say(dialog, `That did not work: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => (button.disabled = false));
  });
  dialog.addEventListener('close', () => current?.ctx.opener.focus());
  dialog.dataset.wired = 'true';
}

/** Fills the dialog in for the current view and opens it. */
export function openShare(ctx: ShareContext): void {
  const { dialog, chart, state, share } = ctx;
  if (!dialog.dataset.wired) wire(dialog);
  const query = share.withState ? serialiseState(state, ctx.universe) : '';
  const origin = location.origin;
  const link = `${origin}${share.link}${query}`;
  const exported = exportView(chart, state, {
    siteName: ctx.siteName,
    siteUrl: `${origin}${routes.home()}`,
    viewUrl: link,
  });
  const view = state.view ?? chart.domainMs;
  const slug = share.link.split('/').filter(Boolean).at(-1) ?? 'chronology';
  current = {
    ctx,
    svg: exported.svg,
    width: exported.width,
    height: exported.height,
    ids: exported.events.map((e) => e.id),
    base: `${slug}-${msToDay(view[0])}-to-${msToDay(view[1] - 1)}`,
  };
  const set = (name: string, text: string) => {
    const el = field<HTMLElement>(dialog, name);
    if (!el) return;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = text;
    else el.textContent = text;
  };
  set('link', link);
  set(
    'embed',
    embedCode({
      src: `${origin}${share.embed}${query}`,
      title: share.title,
      kind: share.kind,
      script: `${origin}${routes.embedScript()}`,
    }),
  );
  const sizes = pngSizes(exported.width, exported.height, ctx.screenWidth);
  set('png-screen', `${sizes.screen[0]} × ${sizes.screen[1]} px`);
  set('png-print', `${sizes.print[0]} × ${sizes.print[1]} px`);
  const n = exported.events.length;
  set('count', `${n} ${n === 1 ? 'event' : 'events'}`);
  set('status', '');
  dialog.showModal();
}
