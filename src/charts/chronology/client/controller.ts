/**
 * The browser side of one chart: holds the view state, renders it (planChart → patch) into the
 * variant the container shows, and tells the behaviour modules (gestures, overview, keyboard,
 * history, filters, panel, tooltip, table, toolbar) what changed. Behaviours call its methods;
 * every decision about what to draw is in planChart, every gesture's arithmetic in view.ts.
 */
import type { ChartDetails, ChartEvent, ChartGroup } from '../model';
import { isStacked, planChart, stackPlan, type ChartLayout, type ChartPlan } from '../plan';
import { patchElement } from '../render/patch';
import type { ScopedChart } from '../scope';
import { clampView, inView, isFullView, matches, universeOf, type ChartState, type Universe } from '../state';
import { sameSpan, tweenSpan, type Frame, type Span } from '../view';
import type { VariantName } from '../layout/variants';

/** How a change reaches the page's history: a new entry, in place, as part of a gesture, or not at all. */
export type Commit = 'push' | 'replace' | 'gesture' | 'none';

/** What changed, for the behaviours listening. */
export type Change =
  | { kind: 'state'; commit: Commit }
  | { kind: 'settle' }
  | { kind: 'render' }
  | { kind: 'select'; id: string | null; by: 'pointer' | 'keyboard' | 'link' | 'history' }
  | { kind: 'active'; id: string | null };

/** Options fixed when the chart starts. */
export interface ControllerOptions {
  /** Read and write the page URL. */
  syncUrl: boolean;
  /** How view changes reach the URL: 'push' adds history entries (Back restores a view); 'replace' never does (embeds). */
  urlHistory: 'push' | 'replace';
  /** 'zoom': the plain wheel zooms; 'modifier': only Ctrl/⌘ + wheel (charts inside prose). */
  wheel: 'zoom' | 'modifier';
  reduceMotion: boolean;
  /** Time each render with User Timing (benchmark pages). */
  bench: boolean;
  /** The events' summaries and citations (loaded on first use). */
  details: () => Promise<ChartDetails>;
}

/** The screen variant for a container width in CSS pixels (the thresholds of chart.css), or null when unknown. */
export function variantFor(width: number): VariantName | null {
  if (!(width > 0)) return null;
  return width >= 860 ? 'wide' : width >= 560 ? 'medium' : 'narrow';
}

/** How long the view must rest before a gesture counts as settled (ms). */
export const SETTLE_MS = 250;

/** One chart's state and rendering in the browser. */
export class ChartController {
  readonly byId: Map<string, ChartEvent>;
  readonly groups: Map<string, ChartGroup>;
  readonly universe: Universe;
  state: ChartState;
  /** The event under the keyboard cursor. */
  active: string | null = null;
  plan: ChartPlan | null = null;
  layout: ChartLayout | null = null;
  current: { root: HTMLElement; name: VariantName } | null = null;
  private views: { root: HTMLElement; name: VariantName }[] = [];
  private listeners = new Set<(c: Change) => void>();
  private frameRequest = 0;
  private tween = 0;
  private target: Span | null = null;
  /** The view when the reader last stopped moving (lanes keep its rows mid-gesture); null when at rest. */
  private settledView: Span | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private wasDensity = false;
  private frameCache: Frame | null = null;

  constructor(
    readonly host: HTMLElement,
    readonly chart: ScopedChart,
    readonly options: ControllerOptions,
  ) {
    this.byId = new Map(chart.data.events.map((e) => [e.id, e]));
    this.groups = new Map(chart.data.groups.map((g) => [g.id, g]));
    this.universe = universeOf(chart.data.events, chart.domain);
    this.state = {
      view: chart.view,
      groups: null,
      types: null,
      statuses: null,
      sources: null,
      event: null,
      table: false,
      even: false,
    };
    for (const root of host.querySelectorAll<HTMLElement>('.chrono-view[data-variant]'))
      this.views.push({ root, name: root.dataset.variant as VariantName });
  }

  /** Listens to changes; returns the function that stops listening. */
  on(listener: (c: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: Change): void {
    for (const l of this.listeners) l(change);
  }

  /** The visible span, UTC ms. */
  viewMs(): [number, number] {
    return this.state.view ? [...this.state.view] : [...this.chart.domainMs];
  }

  /** The span discrete commands start from: an eased move's destination, else the view. */
  baseView(): [number, number] {
    return this.target ? [...this.target] : this.viewMs();
  }

  /** The chart SVG on screen. */
  svg(): SVGSVGElement | null {
    return this.current?.root.querySelector<SVGSVGElement>('svg.chrono-svg') ?? null;
  }

  /** The plot area in client pixels and the time scale (measured once per layout change). */
  frame(): Frame {
    if (this.frameCache) return this.frameCache;
    const svg = this.svg();
    const layout = this.layout;
    const plan = this.plan;
    const warp = plan?.warp ?? this.chart.warp;
    if (!svg || !layout) return { warp, domainMs: this.chart.domainMs, left: 0, width: 1 };
    const box = svg.getBoundingClientRect();
    const k = box.width / layout.width;
    this.frameCache = {
      warp,
      domainMs: this.chart.domainMs,
      left: box.left + layout.plot.x0 * k,
      width: Math.max(1, (layout.plot.x1 - layout.plot.x0) * k),
    };
    return this.frameCache;
  }

  /** Forgets measurements (after a scroll, a resize or a change of variant). */
  remeasure(): void {
    this.frameCache = null;
  }

  /** Events passing the filters whose dates overlap the view, time order. */
  eventsInView(): ChartEvent[] {
    const view = this.viewMs();
    return (this.plan?.events ?? this.chart.data.events.filter((e) => matches(e, this.state))).filter((e) =>
      inView(e, view),
    );
  }

  /** Shows the variant the container query currently shows (on start, resize and print). */
  pickVariant(force?: VariantName, draw = true): void {
    // The variant for the container's width; the server may have rendered only some (charts in
    // prose carry one), so a missing one is created here and drawn into.
    const wanted = force ?? variantFor(this.host.querySelector('.chrono-figure')?.getBoundingClientRect().width ?? 0);
    let shown = this.views.find((v) => v.name === wanted);
    if (!shown && wanted && this.views.length > 0) {
      const root = document.createElement('div');
      root.className = `chrono-view chrono-view-${wanted}`;
      root.dataset.variant = wanted;
      this.views.at(-1)!.root.after(root);
      shown = { root, name: wanted };
      this.views.push(shown);
    }
    shown ??= this.views.find((v) => v.root.getBoundingClientRect().width > 0) ?? this.views[0];
    if (!shown || shown === this.current) return;
    // The variant changes under the reader (the panel opened beside the chart, the window was
    // resized): keep keyboard focus on the chart if it was there.
    const hadFocus = this.chartFocused;
    this.current = shown;
    this.plan = null;
    this.remeasure();
    if (!draw) return;
    this.render();
    if (hadFocus) this.svg()?.focus({ preventScroll: true });
  }

  /** Whether the chart (any variant's SVG) holds keyboard focus, as last seen by focus events. */
  chartFocused = false;

  /** Moves the view (clamped), eased over 250 ms when animated; `commit` says how history records it. */
  setView(view: Span, options: { animate?: boolean; commit?: Commit } = {}): void {
    const { animate = false, commit = 'gesture' } = options;
    cancelAnimationFrame(this.tween);
    this.target = null;
    const to = clampView(view, this.chart.domain);
    if (!animate || this.options.reduceMotion) return this.jump(to, commit);
    const from = this.viewMs();
    this.target = to;
    const started = performance.now();
    this.beginMove();
    const tick = (now: number) => {
      const f = Math.min(1, (now - started) / 250);
      this.jump(tweenSpan(from, to, f), 'none', true);
      if (f < 1) this.tween = requestAnimationFrame(tick);
      else {
        this.target = null;
        this.emit({ kind: 'state', commit });
      }
    };
    this.tween = requestAnimationFrame(tick);
  }

  private beginMove(): void {
    if (!this.settledView) this.settledView = this.viewMs();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private jump(view: Span, commit: Commit, moving = commit !== 'none'): void {
    const next = clampView(view, this.chart.domain);
    const before = this.viewMs();
    if (sameSpan(before, next) && commit !== 'push') return;
    this.state = { ...this.state, view: isFullView(next, this.chart.domain) ? null : next };
    // A reader's gesture settles later; a view set by the page (a link, Back) is settled at once.
    if (moving) this.beginMove();
    this.scheduleRender();
    if (commit !== 'none') this.emit({ kind: 'state', commit });
  }

  /** The view has rested: lanes shrink to what is in view, and history records the settled view. */
  private settle(): void {
    if (this.target) {
      this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
      return;
    }
    this.settledView = null;
    this.render();
    this.emit({ kind: 'settle' });
  }

  /** Applies a whole state (filters, panel, table, scale; the view eased unless `animate` is false). */
  update(next: ChartState, commit: Commit, animate = true): void {
    const view = next.view;
    const event = next.event && this.byId.has(next.event) && matches(this.byId.get(next.event)!, next) ? next.event : null;
    const selectedChanged = event !== this.state.event;
    this.state = { ...next, event, view: this.state.view };
    if (event) this.active = event;
    if (selectedChanged) this.emit({ kind: 'select', id: event, by: commit === 'none' ? 'history' : 'pointer' });
    const target = view ?? this.chart.domainMs;
    if (!sameSpan(target, this.viewMs())) this.setView(target, { animate, commit: 'none' });
    this.render();
    this.emit({ kind: 'state', commit });
  }

  /** Opens (or closes, with null) an event's details; `by` says what asked (focus follows a pointer or key). */
  select(id: string | null, by: 'pointer' | 'keyboard' | 'link', commit: Commit = 'push'): void {
    if (id && !this.byId.has(id)) return;
    if (id) this.active = id;
    if (id === this.state.event) {
      this.emit({ kind: 'select', id, by });
      return;
    }
    this.state = { ...this.state, event: id };
    this.render();
    this.emit({ kind: 'select', id, by });
    this.emit({ kind: 'state', commit });
  }

  /** Moves the keyboard cursor to an event (or none). */
  setActive(id: string | null): void {
    this.active = id;
    this.scheduleRender();
    this.emit({ kind: 'active', id });
  }

  /** Renders on the next animation frame (once, however many changes come first). */
  scheduleRender(): void {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.render();
    });
  }

  /** Plans and patches the variant on screen now. */
  render(): void {
    const current = this.current;
    if (!current) return;
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    const started = this.options.bench ? performance.now() : 0;
    const { plan, layout, tree } = planChart(this.chart, this.state, current.name, {
      previous: this.plan,
      settled: this.settledView,
      active: this.active,
      wasDensity: this.wasDensity,
      focusable: true,
      helpId: `${this.chart.spec.id}-help`,
      ...(this.options.bench ? { clock: () => performance.now() } : {}),
    });
    if (this.options.bench && layout.timing) performance.measure('chrono:labels', { start: 0, duration: layout.timing.labels });
    if (this.options.bench) performance.measure('chrono:plan', { start: started, end: performance.now() });
    const heightChanged = this.layout?.height !== layout.height || this.layout?.variant !== layout.variant;
    // A new dense plan drawn zoomed out has no rows yet: stack them when the page is idle, so the
    // first zoom close enough for marks does not pay for it in a frame.
    if (plan !== this.plan && !isStacked(plan)) (self.requestIdleCallback ?? setTimeout)(() => stackPlan(plan));
    this.plan = plan;
    this.layout = layout;
    this.wasDensity = !!layout.density;
    patchElement(current.root, tree);
    if (heightChanged) this.remeasure();
    if (this.options.bench) performance.measure('chrono:render', { start: started, end: performance.now() });
    this.emit({ kind: 'render' });
  }

  /** Stops timers and listeners (the element left the page). */
  destroy(): void {
    cancelAnimationFrame(this.frameRequest);
    cancelAnimationFrame(this.tween);
    clearTimeout(this.settleTimer);
    this.listeners.clear();
  }
}
