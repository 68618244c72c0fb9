/**
 * <chrono-chart>: progressive enhancement of the server-rendered chronology. Zoom and pan
 * (wheel, drag, pinch, buttons, keys), an overview strip to drag through time, filters, tooltip, details panel,
 * one-tab-stop keyboard navigation and URL state. All state logic lives in state.ts; this file
 * wires DOM events to it and re-renders through layout → render → patch. Content strings only
 * ever reach the page as text nodes or attribute values.
 */
import { labelOf } from '../../lib/chronology/dates';
import { routes } from '../../lib/routes';
import {
  defaultDomain,
  planLanes,
  timeAt,
  VARIANTS,
  type ChartLayout,
  type LanePlan,
  type LayoutOptions,
} from './layout';
import type { ChartData, ChartEvent } from './model';
import { patchElement } from './patch';
import {
  DENSE_MARKS,
  eventLabel,
  listNames,
  markCount,
  OVERVIEW_HEIGHT,
  OVERVIEW_WIDTH,
  renderView,
  stackZoomFor,
} from './render';
import {
  clampView,
  DEFAULT_STATE,
  filterEvents,
  inView,
  isFullView,
  matches,
  MIN_SPAN_MS,
  panView,
  parseState,
  revealEvent,
  serialiseState,
  stepEvent,
  universeOf,
  zoomView,
  type ChartState,
  type Step,
  type Universe,
} from './state';
import { DAY_MS, dayToMs, msToDay } from './time';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FILTERS = ['groups', 'types', 'status', 'sources'] as const;
const STATE_KEY = { groups: 'groups', types: 'types', status: 'statuses', sources: 'sources' } as const;

type Variant = { svg: SVGSVGElement; options: LayoutOptions; prefix: string };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

class ChronoChart extends HTMLElement {
  private data!: ChartData;
  private byId = new Map<string, ChartEvent>();
  private names = new Map<string, string>();
  private sourceTitles = new Map<string, string>();
  private universe!: Universe;
  private domain!: [string, string];
  private domainMs!: [number, number];
  private state: ChartState = { ...DEFAULT_STATE };
  private active: string | null = null;
  private highlight: string | null = null;
  private syncUrl = false;
  private reduceMotion = false;
  private variants: Variant[] = [];
  private current: Variant | null = null;
  private layout: ChartLayout | null = null;
  private visible: ChartEvent[] = [];
  private windowRect: SVGRectElement | null = null;
  private frame = 0;
  private plan: LanePlan | null = null;
  private planKey = '';
  private dense = false;
  /** Stacking zoom of a chart focused on a period (data-stack-zoom), as the server used. */
  private focusZoom = 1;
  /** The period a focused chart stacks for (data-focus), as the server did. */
  private focusSpan: [string, string] | null = null;
  private density = false;
  private box: { left: number; top: number; scale: number } | null = null;
  /** Benchmark pages time each render (User Timing); off otherwise. */
  private bench = false;
  private chartTitle = '';
  private tween = 0;
  /** Where an eased move is heading, so repeated presses compound. */
  private target: [number, number] | null = null;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.data) return;
    const json = this.querySelector('script.chrono-data')?.textContent;
    if (!json) return;
    try {
      this.data = JSON.parse(json) as ChartData;
    } catch {
      return;
    }
    for (const e of this.data.events) this.byId.set(e.id, e);
    for (const g of this.data.groups) this.names.set(g.id, g.name);
    for (const s of this.data.sources) this.sourceTitles.set(s.id, s.title);
    const [d0, d1] = (this.dataset.domain ?? '').split('/');
    this.domain = d0 && d1 && DAY.test(d0) && DAY.test(d1) && d0 <= d1 ? [d0, d1] : defaultDomain(this.data.events);
    this.domainMs = [dayToMs(this.domain[0]), dayToMs(this.domain[1]) + DAY_MS];
    this.universe = universeOf(this.data.events, this.domain);
    this.syncUrl = this.dataset.url === 'true';
    this.bench = this.dataset.bench === 'true';
    const zoom = Number(this.dataset.stackZoom);
    this.focusZoom = Number.isFinite(zoom) && zoom >= 1 && zoom <= 1e4 ? zoom : 1;
    const [f0, f1] = (this.dataset.focus ?? '').split('/');
    this.focusSpan = f0 && f1 && DAY.test(f0) && DAY.test(f1) && f0 <= f1 ? [f0, f1] : null;
    this.reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.highlight = this.dataset.highlight && this.byId.has(this.dataset.highlight) ? this.dataset.highlight : null;
    this.setup();
  }

  private initialState(): ChartState {
    const state = this.syncUrl ? parseState(location.search, location.hash, this.universe) : { ...DEFAULT_STATE };
    if (!state.view && this.dataset.view) {
      const [a, b] = this.dataset.view.split('/');
      if (a && b && DAY.test(a) && DAY.test(b) && a <= b) state.view = [dayToMs(a), dayToMs(b) + DAY_MS];
    }
    return state;
  }

  private setup(): void {
    this.chartTitle = this.querySelector('.chrono-svg title')?.textContent ?? '';
    for (const variant of VARIANTS) {
      const svg = this.querySelector<SVGSVGElement>(`svg.chrono-svg-${variant.name}`);
      if (svg) this.variants.push({ svg, options: variant, prefix: `${this.id}-${variant.key}` });
    }
    const help = this.querySelector<HTMLElement>('.chrono-help');
    for (const v of this.variants) {
      v.svg.setAttribute('tabindex', '0');
      if (help) v.svg.setAttribute('aria-describedby', `${v.prefix}-desc ${help.id}`);
      this.listen(v.svg);
      this.listenGestures(v.svg);
    }
    for (const hidden of this.querySelectorAll<HTMLElement>('.chrono-filters, .chrono-help')) hidden.hidden = false;
    this.dataset.enhanced = 'true';
    this.querySelector('.chrono-toolbar')?.addEventListener('click', (e) => this.onToolbar(e));
    // Filters apply as they change (no submit): a plain group of fieldsets, not a form.
    const fields = this.querySelector<HTMLElement>('.chrono-filter-fields');
    fields?.addEventListener('change', () => this.onFilters(fields));
    this.querySelector('[data-action="clear-filters"]')?.addEventListener('click', () => {
      this.update({ ...this.state, groups: null, types: null, statuses: null, sources: null }, 'push');
    });
    // Client-space metrics go stale when the page scrolls; re-measure lazily (reading scroll offsets would force layout).
    addEventListener('scroll', () => (this.box = null), { passive: true });
    if (this.syncUrl) {
      addEventListener('popstate', () => this.apply(parseState(location.search, location.hash, this.universe), false));
    }
    this.setupOverview();
    new ResizeObserver(() => this.pickVariant()).observe(this.querySelector('.chrono-figure') ?? this);
    // Print shows the wide variant (chart.css): draw the current view into it before printing.
    // Browsers signal printing by events (beforeprint) or only by the media change (emulation).
    const toPrint = () => {
      const wide = this.variants[0];
      if (!wide || wide === this.current) return;
      this.current = wide;
      this.plan = null;
      this.render();
    };
    const toScreen = () => {
      this.current = null;
      this.pickVariant();
    };
    addEventListener('beforeprint', toPrint);
    addEventListener('afterprint', toScreen);
    matchMedia('print').addEventListener('change', (e) => (e.matches ? toPrint() : toScreen()));

    const state = this.initialState();
    this.active = state.event ?? this.highlight;
    this.pickVariant();
    this.apply(state, false);
    const focus = state.event ?? this.highlight;
    if (focus) {
      const ev = this.byId.get(focus)!;
      this.setView(revealEvent(this.viewMs(), ev, this.domain), false);
      if (state.event) this.scrollIntoView({ block: 'start' });
    }
    if (this.syncUrl && location.hash) this.commit('replace');
    if (this.bench) performance.mark('chrono:ready');
  }

  /** Uses whichever variant the container query currently shows. */
  private pickVariant(): void {
    const shown = this.variants.find((v) => v.svg.getBoundingClientRect().width > 0) ?? this.variants[0];
    if (!shown || shown === this.current) return;
    const view = this.viewMs();
    this.current = shown;
    this.layout = null;
    this.plan = null;
    this.setView(view, false);
    this.render();
  }

  private viewMs(): [number, number] {
    return this.state.view ?? [...this.domainMs];
  }

  // --- rendering -----------------------------------------------------------

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Lanes and rows depend only on the filters and the variant: plan them once per change. */
  private planFor(v: Variant): LanePlan {
    const key = `${v.prefix}|${JSON.stringify([this.state.groups, this.state.types, this.state.statuses, this.state.sources])}`;
    if (!this.plan || this.planKey !== key) {
      this.visible = filterEvents(this.data.events, this.state);
      this.dense = markCount(this.visible) > DENSE_MARKS;
      this.plan = planLanes(
        { events: this.visible, groups: this.data.groups, lineages: this.data.lineages },
        {
          ...v.options,
          domain: this.domain,
          stackZoom: Math.max(stackZoomFor(this.visible), this.focusZoom),
          ...(this.focusSpan ? { stackSpan: this.focusSpan } : {}),
        },
      );
      this.planKey = key;
    }
    return this.plan;
  }

  private render(): void {
    const v = this.current;
    if (!v) return;
    const started = this.bench ? performance.now() : 0;
    this.measure();
    const plan = this.planFor(v);
    const viewMs = this.viewMs();
    const { tree, layout, density } = renderView(
      plan,
      { viewMs },
      {
        idPrefix: v.prefix,
        title: this.chartTitle,
        names: this.names,
        selected: this.state.event,
        active: this.active,
        highlight: this.highlight,
        dense: this.dense,
        wasDensity: this.density,
      },
    );
    this.layout = layout;
    this.density = density;
    patchElement(v.svg, tree);
    // The tree re-sets aria-describedby; keep the keyboard help attached.
    const help = this.querySelector('.chrono-help');
    if (help) v.svg.setAttribute('aria-describedby', `${v.prefix}-desc ${help.id}`);
    const activeNode = this.active ? v.svg.querySelector(`[data-id="${CSS.escape(this.active)}"]`) : null;
    if (activeNode) v.svg.setAttribute('aria-activedescendant', activeNode.id);
    else v.svg.removeAttribute('aria-activedescendant');
    this.drawWindow();
    if (this.bench) performance.measure('chrono:render', { start: started, end: performance.now() });
  }

  private describeRange(): void {
    const range = this.querySelector('.chrono-range');
    if (!range) return;
    const [a, b] = this.viewMs();
    // The events this view shows (filters and period), as the table and the downloads count them.
    const view = this.state.view;
    const count = view ? this.visible.filter((e) => inView(e, view)).length : this.visible.length;
    const total = this.data.events.length;
    const events = count === total ? `${total} events` : `${count} of ${total} events`;
    range.textContent = `${labelOf(msToDay(a))} – ${labelOf(msToDay(b - 1))} · ${events}`;
  }

  // --- state changes -------------------------------------------------------

  /** Applies a whole state (initial load, Back/Forward, filter changes). */
  private apply(next: ChartState, animate: boolean): void {
    const view = next.view;
    this.state = { ...next, view: this.state.view };
    if (this.state.event && !matches(this.byId.get(this.state.event)!, this.state)) this.state.event = null;
    if (this.state.event) this.active = this.state.event;
    this.syncForm();
    this.syncPanel();
    this.setView(view ?? [...this.domainMs], animate);
    this.syncTable();
    this.render();
    this.describeRange();
  }

  private update(next: ChartState, mode: 'push' | 'replace'): void {
    this.apply(next, !this.reduceMotion);
    this.commit(mode);
  }

  private commit(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    const url = `${location.pathname}${serialiseState(this.state, this.domain)}`;
    if (url === `${location.pathname}${location.search}` && !location.hash) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  // --- zoom and pan ------------------------------------------------------------

  /** Moves the view to a span (clamped), eased over 250 ms when animated. */
  private setView(view: [number, number], animate: boolean): void {
    cancelAnimationFrame(this.tween);
    this.target = null;
    if (!animate) return this.jumpTo(view);
    const from = this.viewMs();
    const to = clampView(view, this.domain);
    this.target = to;
    const started = performance.now();
    const tick = (now: number) => {
      const f = Math.min(1, (now - started) / 250);
      const e = f * (2 - f);
      this.jumpTo([from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e]);
      if (f < 1) this.tween = requestAnimationFrame(tick);
      else this.target = null;
    };
    this.tween = requestAnimationFrame(tick);
  }

  /** The view discrete commands start from: an eased move's destination, else the current view. */
  private baseView(): [number, number] {
    return this.target ?? this.viewMs();
  }

  private jumpTo(view: [number, number]): void {
    const next = clampView(view, this.domain);
    this.state = { ...this.state, view: isFullView(next, this.domain) ? null : next };
    this.scheduleRender();
    // Gestures and eased moves report many times a second; settle before touching history.
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => {
      this.describeRange();
      if (this.state.table) this.syncTable();
      this.commit('replace');
    }, 150);
  }

  /**
   * Where the shown SVG sits in the viewport and its scale (CSS px per user unit). Read at the start of
   * a frame, before any DOM writes, so pointer maths never forces a layout mid-gesture.
   */
  private measure(): void {
    const v = this.current;
    if (!v) return;
    const box = v.svg.getBoundingClientRect();
    const width = v.svg.viewBox.baseVal?.width || v.options.width;
    this.box = { left: box.left, top: box.top, scale: box.width / width };
  }

  /** User-space point under client coordinates. */
  private toUser(clientX: number, clientY: number): [number, number] {
    if (!this.box) this.measure();
    const b = this.box ?? { left: 0, top: 0, scale: 1 };
    return [(clientX - b.left) / b.scale, (clientY - b.top) / b.scale];
  }

  /** The instant under a client x coordinate in the shown chart. */
  private timeAtClient(clientX: number): number {
    if (!this.layout) return (this.viewMs()[0] + this.viewMs()[1]) / 2;
    return timeAt(this.layout, this.toUser(clientX, 0)[0]);
  }

  /** Client pixels per millisecond of the current view. */
  private pxPerMs(): number {
    if (!this.layout) return 1;
    if (!this.box) this.measure();
    const [a, b] = this.viewMs();
    return ((this.layout.plot.x1 - this.layout.plot.x0) * (this.box?.scale ?? 1)) / (b - a);
  }

  private listenGestures(svg: SVGSVGElement): void {
    svg.addEventListener(
      'wheel',
      (e) => {
        if (svg !== this.current?.svg || this.state.table) return;
        e.preventDefault();
        const unit = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
        const view = this.viewMs();
        if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
          this.setView(panView(view, (e.deltaX * unit) / ((view[1] - view[0]) * this.pxPerMs()), this.domain), false);
        } else {
          // d3-zoom's curve: about ×2 per 500 px of wheel.
          const factor = 2 ** (-e.deltaY * unit * 0.002 * (e.ctrlKey ? 5 : 1));
          this.setView(zoomView(view, factor, this.timeAtClient(e.clientX), this.domain), false);
        }
        this.hideTooltip();
      },
      { passive: false },
    );
    const pointers = new Map<number, number>();
    let start: { view: [number, number]; xs: number[]; pxPerMs: number } | null = null;
    let dragged = false;
    const begin = () => {
      start = { view: this.viewMs(), xs: [...pointers.values()], pxPerMs: this.pxPerMs() };
    };
    svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || this.state.table) return;
      pointers.set(e.pointerId, e.clientX);
      dragged = false;
      begin();
    });
    svg.addEventListener('pointermove', (e) => {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, e.clientX);
      const xs = [...pointers.values()];
      if (!dragged && Math.abs(xs[0]! - start.xs[0]!) < 4 && xs.length === 1) return;
      if (!dragged) {
        dragged = true;
        svg.setPointerCapture(e.pointerId);
        this.hideTooltip();
      }
      if (xs.length === 1 || start.xs.length === 1) {
        const dx = xs[0]! - start.xs[0]!;
        this.setView(panView(start.view, -dx / start.pxPerMs / (start.view[1] - start.view[0]), this.domain), false);
      } else {
        // Pinch: keep the instant under the first midpoint under the current midpoint.
        const d0 = Math.abs(start.xs[1]! - start.xs[0]!) || 1;
        const d1 = Math.abs(xs[1]! - xs[0]!) || 1;
        const k = d1 / d0;
        const m0 = (start.xs[0]! + start.xs[1]!) / 2;
        const m1 = (xs[0]! + xs[1]!) / 2;
        const b = this.box ?? { left: 0, scale: 1 };
        const plotLeft = this.layout ? this.layout.plot.x0 * b.scale + b.left : 0;
        const anchor = start.view[0] + (m0 - plotLeft) / start.pxPerMs;
        const width = (start.view[1] - start.view[0]) / k;
        const left = anchor - (m1 - plotLeft) / start.pxPerMs / k;
        this.setView([left, left + width], false);
      }
    });
    const end = (e: PointerEvent) => {
      if (!pointers.delete(e.pointerId)) return;
      if (pointers.size > 0) begin();
      else start = null;
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    // A drag must not also select the event it started on.
    svg.addEventListener(
      'click',
      (e) => {
        if (dragged) {
          e.stopImmediatePropagation();
          dragged = false;
        }
      },
      true,
    );
    svg.addEventListener('dblclick', (e) => {
      if (this.eventAt(e.target)) return;
      e.preventDefault();
      this.setView(
        zoomView(this.viewMs(), e.shiftKey ? 0.5 : 2, this.timeAtClient(e.clientX), this.domain),
        !this.reduceMotion,
      );
    });
  }

  // --- overview strip ------------------------------------------------------------

  private setupOverview(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.chrono-overview');
    if (!svg) return;
    const ns = 'http://www.w3.org/2000/svg';
    const windowRect = document.createElementNS(ns, 'rect');
    windowRect.setAttribute('class', 'ov-window');
    windowRect.setAttribute('y', '1');
    windowRect.setAttribute('height', String(OVERVIEW_HEIGHT - 2));
    svg.append(windowRect);
    this.windowRect = windowRect;
    const [d0, d1] = this.domainMs;
    const toMs = (clientX: number) => {
      const box = svg.getBoundingClientRect();
      return d0 + ((clientX - box.left) / Math.max(1, box.width)) * (d1 - d0);
    };
    let drag: { mode: 'move' | 'left' | 'right' | 'new'; at: number; view: [number, number] } | null = null;
    svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault();
      const t = toMs(e.clientX);
      const view = this.viewMs();
      const box = svg.getBoundingClientRect();
      const edge = (10 / Math.max(1, box.width)) * (d1 - d0);
      const mode =
        Math.abs(t - view[0]) < edge
          ? 'left'
          : Math.abs(t - view[1]) < edge
            ? 'right'
            : t > view[0] && t < view[1]
              ? 'move'
              : 'new';
      drag = { mode, at: t, view };
      svg.setPointerCapture(e.pointerId);
      if (mode === 'new') {
        // A click outside the window centres the view there, keeping its width.
        const w = view[1] - view[0];
        this.setView([t - w / 2, t + w / 2], false);
        drag = { mode: 'move', at: t, view: this.viewMs() };
      }
    });
    svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const t = toMs(e.clientX);
      const [a, b] = drag.view;
      if (drag.mode === 'move') this.setView([a + t - drag.at, b + t - drag.at], false);
      else if (drag.mode === 'left') this.setView([Math.min(t, b - MIN_SPAN_MS), b], false);
      else this.setView([a, Math.max(t, a + MIN_SPAN_MS)], false);
    });
    const stop = () => {
      drag = null;
    };
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
  }

  private drawWindow(): void {
    if (!this.windowRect) return;
    const [d0, d1] = this.domainMs;
    const [a, b] = this.viewMs();
    const x = ((a - d0) / (d1 - d0)) * OVERVIEW_WIDTH;
    const w = Math.max(2, ((b - a) / (d1 - d0)) * OVERVIEW_WIDTH);
    this.windowRect.setAttribute('x', x.toFixed(1));
    this.windowRect.setAttribute('width', w.toFixed(1));
  }

  // --- pointer and keyboard ------------------------------------------------

  private listen(svg: SVGSVGElement): void {
    svg.addEventListener('pointermove', (e) => {
      const id = this.eventAt(e.target);
      if (id) this.showTooltip(id, e.clientX, e.clientY);
      else this.hideTooltip();
    });
    svg.addEventListener('pointerleave', () => this.hideTooltip());
    svg.addEventListener('click', (e) => {
      const id = this.eventAt(e.target);
      if (!id) return;
      this.active = id;
      svg.focus({ preventScroll: true });
      this.select(id, 'push');
    });
    svg.addEventListener('keydown', (e) => this.onKey(e));
    svg.addEventListener('focus', () => {
      if (this.active) this.showTooltipFor(this.active);
    });
    svg.addEventListener('blur', () => this.hideTooltip());
  }

  private eventAt(target: EventTarget | null): string | null {
    const node = target instanceof Element ? target.closest('.ev') : null;
    const id = node?.getAttribute('data-id');
    return id && this.byId.has(id) ? id : null;
  }

  private onKey(e: KeyboardEvent): void {
    const view = this.baseView();
    const centre = this.active ? this.centreOf(this.active) : (view[0] + view[1]) / 2;
    let step: Step | null = null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (e.shiftKey && e.key === 'ArrowRight') this.setView(panView(view, 0.25, this.domain), false);
        else step = 'next';
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (e.shiftKey && e.key === 'ArrowLeft') this.setView(panView(view, -0.25, this.domain), false);
        else step = 'previous';
        break;
      case 'Home':
        step = 'first';
        break;
      case 'End':
        step = 'last';
        break;
      case '+':
      case '=':
        this.setView(zoomView(view, 2, centre, this.domain), !this.reduceMotion);
        break;
      case '-':
      case '_':
        this.setView(zoomView(view, 0.5, centre, this.domain), !this.reduceMotion);
        break;
      case '0':
        this.setView([...this.domainMs], !this.reduceMotion);
        break;
      case 'Enter':
      case ' ':
        if (this.active) this.select(this.active, 'push');
        else step = 'first';
        break;
      case 'Escape':
        if (!this.state.event) return;
        this.select(null, 'push');
        break;
      default:
        return;
    }
    e.preventDefault();
    if (step) this.moveActive(step);
  }

  private centreOf(id: string): number {
    const ev = this.byId.get(id)!;
    return (dayToMs(ev.start) + dayToMs(ev.end) + DAY_MS) / 2;
  }

  private moveActive(step: Step): void {
    const next = stepEvent(
      (this.plan?.events ?? this.visible).map((e) => e.id),
      this.active,
      step,
    );
    if (!next) return;
    this.active = next;
    const ev = this.byId.get(next)!;
    const view = this.baseView();
    const revealed = revealEvent(view, ev, this.domain);
    if (revealed[0] !== view[0] || revealed[1] !== view[1]) this.setView(revealed, false);
    if (this.state.event) this.select(next, 'replace');
    else this.render();
    const live = this.querySelector('.chrono-live');
    if (live) live.textContent = eventLabel(ev, this.names);
    this.showTooltipFor(next);
  }

  private select(id: string | null, mode: 'push' | 'replace'): void {
    this.state = { ...this.state, event: id };
    if (id) this.active = id;
    this.syncPanel();
    this.render();
    this.commit(mode);
  }

  private onToolbar(e: Event): void {
    const button = (e.target as Element).closest('button');
    const action = button?.dataset.action;
    const view = this.baseView();
    const mid = (view[0] + view[1]) / 2;
    const animate = !this.reduceMotion;
    if (action === 'zoom-in') this.setView(zoomView(view, 2, mid, this.domain), animate);
    else if (action === 'zoom-out') this.setView(zoomView(view, 0.5, mid, this.domain), animate);
    else if (action === 'reset') this.setView([...this.domainMs], animate);
    else if (action === 'table')
      this.update({ ...this.state, view: this.state.view, table: !this.state.table }, 'push');
    else if (action === 'share' && button) void this.openShare(button);
  }

  /** Opens the Share / embed / download dialog, loading its code on first use. */
  private async openShare(opener: HTMLButtonElement): Promise<void> {
    const dialog = this.querySelector<HTMLDialogElement>('dialog.chrono-share');
    const v = this.current ?? this.variants[0];
    if (!dialog || !v) return;
    const { openShare } = await import('./share');
    const d = this.dataset;
    openShare({
      dialog,
      opener,
      data: this.data,
      state: this.state,
      domain: this.domain,
      plan: this.planFor(v),
      screenWidth: v.svg.getBoundingClientRect().width || this.getBoundingClientRect().width,
      title: this.chartTitle,
      highlight: this.highlight,
      siteName: d.shareSite ?? '',
      share: {
        kind: d.shareKind === 'event' ? 'event' : 'chronology',
        link: d.shareLink ?? location.pathname,
        embed: d.shareEmbed ?? '',
        title: d.shareTitle ?? this.chartTitle,
        withState: this.syncUrl,
      },
    });
  }

  private onFilters(form: HTMLElement): void {
    const next: ChartState = { ...this.state };
    for (const name of FILTERS) {
      const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      (next[STATE_KEY[name]] as string[] | null) = checked.length === boxes.length ? null : checked.sort();
    }
    this.update(next, 'push');
  }

  // --- views of state ------------------------------------------------------

  private syncForm(): void {
    const form = this.querySelector('.chrono-filter-fields');
    if (!form) return;
    for (const name of FILTERS) {
      const chosen = this.state[STATE_KEY[name]] as string[] | null;
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
        box.checked = !chosen || chosen.includes(box.value);
      }
    }
  }

  private syncTable(): void {
    const wrap = this.querySelector<HTMLElement>('.chrono-table-wrap');
    const figure = this.querySelector<HTMLElement>('.chrono-figure');
    const toggle = this.querySelector<HTMLElement>('[data-action="table"]');
    if (wrap && figure && toggle) {
      wrap.hidden = !this.state.table;
      figure.hidden = this.state.table;
      toggle.setAttribute('aria-pressed', String(this.state.table));
      for (const b of this.querySelectorAll<HTMLButtonElement>('[data-action^="zoom"], [data-action="reset"]'))
        b.disabled = this.state.table;
    }
    let shown = 0;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('.chrono-table tbody tr')) {
      const ev = this.byId.get(row.dataset.id ?? '');
      // The rows are the events the view shows: its filters and its period (as the downloads).
      row.hidden = !ev || !matches(ev, this.state) || !inView(ev, this.state.view);
      if (!row.hidden) shown++;
      row.classList.toggle('is-selected', ev?.id === this.state.event);
    }
    const count = this.querySelector('.chrono-count');
    if (count) count.textContent = `${shown} of ${this.data.events.length} events.`;
  }

  private syncPanel(): void {
    const panel = this.querySelector<HTMLElement>('.chrono-panel');
    if (!panel) return;
    const ev = this.state.event ? this.byId.get(this.state.event) : undefined;
    if (!ev) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const level = Math.min(5, Math.max(2, Number(this.dataset.headingLevel) || 2));
    const hn = (n: number) => `h${Math.min(6, n)}` as 'h3';
    const close = el('button', '×', { type: 'button', class: 'chrono-close', 'aria-label': 'Close details' });
    close.addEventListener('click', () => {
      this.select(null, 'push');
      this.current?.svg.focus({ preventScroll: true });
    });
    const name = (id: string) => this.names.get(id) ?? id;
    const who =
      ev.directed && ev.from.length > 0 && ev.to.length > 0
        ? `${listNames(ev.from.map(name))} → ${listNames(ev.to.map(name))}`
        : listNames(ev.actors.map(name));
    const citations = el('ul');
    for (const c of ev.citations) {
      const li = el('li');
      const anchor = c.anchor ? `#${encodeURIComponent(c.anchor)}` : '';
      const link = el('a', this.sourceTitles.get(c.source) ?? c.source, {
        href: `${routes.source(c.source)}${anchor}`,
      });
      li.append(
        link,
        ` — dated “${c.dateText}”; ${c.status}${c.attribution ? `, according to ${c.attribution}` : ''}.`,
      );
      const quote = el('blockquote');
      quote.append(el('p', c.quote));
      li.append(quote);
      citations.append(li);
    }
    const parts: Node[] = [
      close,
      el(hn(level), ev.title),
      el('p', `${ev.typeLabel} · ${ev.label} · ${ev.status}`, { class: 'meta' }),
      el('p', who),
      el('p', ev.summary),
      el(hn(level + 1), 'What the sources say'),
      citations,
    ];
    if (ev.conflicts.length > 0) {
      const list = el('ul');
      for (const c of ev.conflicts) list.append(el('li', c));
      parts.push(el(hn(level + 1), '≠ Where the sources disagree'), list);
    }
    const more = el('p');
    more.append(el('a', 'Event page', { href: routes.event(ev.id) }));
    parts.push(more);
    panel.replaceChildren(...parts);
    panel.hidden = false;
  }

  // --- tooltip -------------------------------------------------------------

  private tooltip(id: string): HTMLElement | null {
    const tip = this.querySelector<HTMLElement>('.chrono-tooltip');
    const ev = this.byId.get(id);
    if (!tip || !ev) return null;
    const lines = [el('strong', ev.title), el('span', `${ev.typeLabel} · ${ev.label}`)];
    if (ev.status !== 'confirmed' && ev.status !== 'reported') lines.push(el('div', `Status: ${ev.status}`));
    if (ev.conflicts.length > 0) lines.push(el('div', '≠ Sources disagree'));
    tip.replaceChildren(...lines);
    tip.hidden = false;
    return tip;
  }

  private place(tip: HTMLElement, clientX: number, clientY: number): void {
    const box = this.getBoundingClientRect();
    const x = Math.min(clientX - box.left + 12, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${clientY - box.top + 16}px`;
  }

  private showTooltip(id: string, clientX: number, clientY: number): void {
    const tip = this.tooltip(id);
    if (tip) this.place(tip, clientX, clientY);
  }

  private showTooltipFor(id: string): void {
    const node = this.current?.svg.querySelector(`[data-id="${CSS.escape(id)}"] .sym`);
    if (!node) return;
    const r = node.getBoundingClientRect();
    const tip = this.tooltip(id);
    if (tip) this.place(tip, r.left + r.width / 2, r.bottom);
  }

  private hideTooltip(): void {
    const tip = this.querySelector<HTMLElement>('.chrono-tooltip');
    if (tip) tip.hidden = true;
  }
}

if (!customElements.get('chrono-chart')) customElements.define('chrono-chart', ChronoChart);
