/**
 * <chrono-chart>: progressive enhancement of the server-rendered chronology. It reads the chart's
 * spec from its data-* attributes, loads the chart data (inline, or the site's shared file, once
 * per page), scopes it exactly as the server did (scopeChart), and attaches one module per
 * behaviour. Each behaviour returns a cleanup; all run when the element leaves the page.
 */
import type { ChartData, ChartDetails } from '../model';
import { scopeChart, specFromDataset } from '../scope';
import { ChartController } from './controller';
import { cleanupAll, listen } from './dom';
import { attachFilters } from './filters';
import { attachGestures } from './gestures';
import { applyUrl, attachHistory } from './history';
import { attachKeyboard } from './keyboard';
import { attachOverview } from './overview';
import { attachPanel } from './panel';
import { attachToolbar } from './toolbar';

const loads = new Map<string, Promise<ChartData>>();

/** The chart data: the inline JSON island, else the file at data-src (fetched once per page). */
export function loadData(host: HTMLElement): Promise<ChartData> | null {
  const inline = host.querySelector('script.chrono-data')?.textContent;
  if (inline) return Promise.resolve(JSON.parse(inline) as ChartData);
  const src = host.dataset.src;
  if (!src) return null;
  let load = loads.get(src);
  if (!load) {
    load = fetch(src).then((r) => {
      if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
      return r.json() as Promise<ChartData>;
    });
    loads.set(src, load);
  }
  return load;
}

const detailLoads = new Map<string, Promise<ChartDetails>>();

/**
 * The events' details (summaries, citations): carried inline with the data, else fetched once
 * per page from data-details when a reader first opens an event.
 */
export function loadDetails(host: HTMLElement, data: ChartData): Promise<ChartDetails> {
  if (data.details) return Promise.resolve(data.details);
  const src = host.dataset.details;
  if (!src) return Promise.resolve({});
  let load = detailLoads.get(src);
  if (!load) {
    load = fetch(src).then((r) => {
      if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
      return r.json() as Promise<ChartDetails>;
    });
    load.catch(() => detailLoads.delete(src));
    detailLoads.set(src, load);
  }
  return load;
}

/** The custom element. */
export class ChronoChart extends HTMLElement {
  private ctrl: ChartController | null = null;
  private cleanups: (() => void)[] = [];
  private starting = false;

  /** Charts further down a page wait with data-defer="near" until ChronologyClientNear.astro removes it. */
  static observedAttributes = ['data-defer'];

  attributeChangedCallback(): void {
    if (this.isConnected && !this.dataset.defer) void this.connectedCallback();
  }

  async connectedCallback(): Promise<void> {
    if (this.ctrl || this.starting || this.dataset.defer) return;
    const load = loadData(this);
    if (!load) return;
    this.starting = true;
    let data: ChartData;
    try {
      data = await load;
    } catch (e) {
      // The server-rendered chart and table stay readable; say why the controls do not work.
      console.warn('chrono-chart: could not load the chart data', e);
      return;
    } finally {
      this.starting = false;
    }
    if (!this.isConnected || this.ctrl) return;
    if (this.dataset.bench === 'true') performance.mark('chrono:data');
    this.start(data);
  }

  /**
   * The tooltip's code (tooltip.ts) loads when a mouse, a pen or the keyboard first comes to the
   * figure (touch shows no tooltip). Returns the cleanup.
   */
  private tooltipOnDemand(ctrl: ChartController): () => void {
    const figure = this.querySelector<HTMLElement>('.chrono-figure');
    if (!figure) return () => {};
    let cleanup: (() => void) | null = null;
    const load = (e: Event) => {
      if (e instanceof PointerEvent && e.pointerType === 'touch') return;
      figure.removeEventListener('pointerover', load);
      figure.removeEventListener('focusin', load);
      void import('./tooltip').then(({ attachTooltip }) => {
        if (this.ctrl === ctrl) cleanup = attachTooltip(ctrl);
      });
    };
    figure.addEventListener('pointerover', load);
    figure.addEventListener('focusin', load);
    return () => {
      figure.removeEventListener('pointerover', load);
      figure.removeEventListener('focusin', load);
      cleanup?.();
    };
  }

  /**
   * The table view's code (table.ts) loads when the table is first shown (the Table button or the
   * URL), or at once where the table is always shown; until then the table stays hidden. Returns
   * the cleanup.
   */
  private tableOnDemand(ctrl: ChartController): () => void {
    const wrap = this.querySelector<HTMLElement>('.chrono-table-wrap');
    if (!wrap) return () => {};
    let cleanup: (() => void) | null = null;
    let off: (() => void) | null = null;
    const load = () => {
      off?.();
      off = null;
      void import('./table').then(({ attachTable }) => {
        if (this.ctrl === ctrl) cleanup = attachTable(ctrl);
      });
    };
    if (wrap.dataset.always === 'true' || ctrl.state.table) load();
    else {
      wrap.hidden = true;
      off = ctrl.on(() => {
        if (ctrl.state.table) load();
      });
    }
    return () => {
      off?.();
      cleanup?.();
    };
  }

  disconnectedCallback(): void {
    cleanupAll(this.cleanups);
    this.ctrl?.destroy();
    this.ctrl = null;
  }

  private start(data: ChartData): void {
    const d = this.dataset;
    const chart = scopeChart(data, specFromDataset(this.id, d));
    const ctrl = new ChartController(this, chart, {
      syncUrl: d.url === 'true' || d.url === 'replace',
      urlHistory: d.url === 'replace' ? 'replace' : 'push',
      wheel: d.wheel === 'zoom' ? 'zoom' : 'modifier',
      reduceMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      bench: d.bench === 'true',
      details: () => loadDetails(this, data),
    });
    this.ctrl = ctrl;
    for (const hidden of this.querySelectorAll<HTMLElement>('.chrono-help')) hidden.hidden = false;
    this.dataset.enhanced = 'true';
    ctrl.active = chart.highlight;
    ctrl.pickVariant(undefined, false);
    this.cleanups = [
      attachToolbar(ctrl),
      attachGestures(ctrl),
      attachOverview(ctrl),
      attachKeyboard(ctrl),
      attachFilters(ctrl),
      attachPanel(ctrl),
      this.tooltipOnDemand(ctrl),
      this.tableOnDemand(ctrl),
    ];
    if (ctrl.options.syncUrl) {
      this.cleanups.push(attachHistory(ctrl));
      applyUrl(ctrl);
    } else ctrl.render();
    if (ctrl.options.bench) performance.mark('chrono:drawn');
    const figure = this.querySelector('.chrono-figure') ?? this;
    const resize = new ResizeObserver(() => {
      ctrl.remeasure();
      ctrl.pickVariant();
    });
    resize.observe(figure);
    // Print shows the wide variant (chart.css): draw the current view into it before printing.
    const toPrint = () => ctrl.pickVariant('wide');
    const toScreen = () => ctrl.pickVariant();
    const print = matchMedia('print');
    const onPrint = (e: MediaQueryListEvent) => (e.matches ? toPrint() : toScreen());
    print.addEventListener('change', onPrint);
    this.cleanups.push(
      () => resize.disconnect(),
      () => print.removeEventListener('change', onPrint),
      listen(window, 'beforeprint', toPrint),
      listen(window, 'afterprint', toScreen),
      listen(window, 'scroll', () => ctrl.remeasure(), { passive: true }),
      // Where focus is, so a change of variant (panel opened beside the chart) can keep it.
      listen(document, 'focusin', (e: FocusEvent) => {
        ctrl.chartFocused =
          e.target instanceof SVGSVGElement && e.target.classList.contains('chrono-svg') && this.contains(e.target);
      }),
    );
    if (ctrl.options.bench) performance.mark('chrono:ready');
  }
}
