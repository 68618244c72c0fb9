/**
 * <network-chart>: enhances the server-rendered network. Reads the embedded data, takes the
 * state from the URL, and on every change plans the visible variant once and patches its SVG,
 * the date, the table and the list in place (keyed, so a date change touches only what changed).
 * Behaviours live in their own modules: date-control, keyboard, details (panel), export (loaded
 * on demand). URL sync writes ?at, ?group, ?period, ?units with replaceState.
 */
import { labelOf } from '../../../lib/chronology/dates';
import { patchElement, type VNode } from '../shared';
import type { NetworkData, Variant } from '../model';
import { edgeRanks, planNetwork, type NetworkPlan } from '../plan';
import { renderNetwork } from '../render/svg';
import { renderLinks, renderRows, tableCaption } from '../render/table';
import { parseState, stateToSearch, type NetworkState } from '../state';
import type { NetworkController } from './controller';
import { attachDateControl } from './date-control';
import { groupDetails, periodDetails } from './details';
import { adopt, create, updateList, updatePool } from './dom';
import { attachKeyboard } from './keyboard';

/** How long the date must rest before the table, the list and the URL follow it (ms). */
const SETTLE_MS = 250;

class NetworkChart extends HTMLElement implements NetworkController {
  root: HTMLElement = this;
  data!: NetworkData;
  state!: NetworkState;
  plan!: NetworkPlan;
  private svgs = new Map<Variant, SVGSVGElement>();
  private listeners = new Set<(s: NetworkState, p: NetworkState, source?: string) => void>();
  private cleanups: (() => void)[] = [];
  private drawn: Variant | null = null;
  /** The variant the container shows, kept from ResizeObserver (reading layout on every draw would force it). */
  private variant: Variant = 'wide';
  private tableTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.data) return;
    const json = this.querySelector('script.net-data')?.textContent;
    if (!json) return;
    this.data = JSON.parse(json) as NetworkData;
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.net-svg[data-day]'))
      this.svgs.set(svg.classList.contains('net-svg-narrow') ? 'narrow' : 'wide', svg);
    const parsed = parseState(this.dataset.url ? location.search : '', this.data);
    this.state = parsed.state;
    if (parsed.problems.length > 0) {
      const p = this.querySelector<HTMLElement>('.net-problem')!;
      p.textContent = parsed.problems.join(' ');
      p.hidden = false;
    }
    for (const el of this.querySelectorAll<HTMLElement>('.net-slider, .net-js')) el.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('.net-nojs')) el.hidden = true;
    const units = this.querySelector<HTMLInputElement>('input[data-field="units"]');
    if (units) {
      units.checked = this.state.rollUp;
      units.addEventListener('change', () => this.update({ rollUp: units.checked, period: null }, 'units'));
    }
    this.variant = this.visibleVariant();
    const st = this.state;
    if (st.at === this.data.defaultDay && !st.group && !st.period && !st.rollUp) this.adoptServerSvg();
    else this.draw(undefined, true);
    this.cleanups.push(
      attachDateControl(this),
      attachKeyboard(this, [...this.svgs.values()], (id) => this.open(id)),
    );
    this.addEventListener('click', this.onClick);
    const figure = this.querySelector('.net-figure');
    if (figure && 'ResizeObserver' in window) {
      const ro = new ResizeObserver(() => {
        this.variant = this.visibleVariant();
        if (this.variant !== this.drawn) this.draw();
      });
      ro.observe(figure);
      this.cleanups.push(() => ro.disconnect());
    }
  }

  disconnectedCallback(): void {
    clearTimeout(this.tableTimer);
    for (const c of this.cleanups.splice(0)) c();
    this.removeEventListener('click', this.onClick);
  }

  private found = new Map<string, Element | null>();

  /**
   * The chart's first element matching a selector, found once: the controls and panels are never
   * replaced, and a search that must pass the figure's thousands of shapes costs milliseconds.
   */
  private piece<T extends Element = HTMLElement>(selector: string): T | null {
    let el = this.found.get(selector);
    if (el === undefined) this.found.set(selector, (el = this.querySelector(selector)));
    return el as T | null;
  }

  /** An SVG variant's layers (its direct children), found once per SVG. */
  private layers = new WeakMap<SVGSVGElement, Record<'title' | 'zones' | 'edges' | 'nodes', Element | null>>();

  private layersOf(svg: SVGSVGElement): Record<'title' | 'zones' | 'edges' | 'nodes', Element | null> {
    let out = this.layers.get(svg);
    if (!out) {
      const child = (test: (el: Element) => boolean) => Array.from(svg.children).find(test) ?? null;
      out = {
        title: child((el) => el.localName === 'title'),
        zones: child((el) => el.classList.contains('zones')),
        edges: child((el) => el.classList.contains('edges')),
        nodes: child((el) => el.classList.contains('nodes')),
      };
      this.layers.set(svg, out);
    }
    return out;
  }

  onChange(listener: (s: NetworkState, p: NetworkState, source?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(change: Partial<NetworkState>, source?: string): void {
    const previous = this.state;
    this.state = { ...previous, ...change };
    this.draw(source);
    for (const l of this.listeners) l(this.state, previous, source);
  }

  private visibleVariant(): Variant {
    const narrow = this.svgs.get('narrow');
    return narrow && narrow.getClientRects().length > 0 ? 'narrow' : 'wide';
  }

  /** Plans and patches everything that depends on the state. */
  private draw(source?: string, first = false): void {
    const bench = this.dataset.bench ? performance.now() : 0;
    const variant = this.variant;
    const svg = this.svgs.get(variant);
    this.plan = planNetwork(this.data, this.state, variant);
    if (svg) this.patchSvg(svg, variant);
    this.drawn = variant;
    const day = this.plan.day;
    const time = this.piece('.net-date time');
    if (time) {
      time.setAttribute('datetime', day);
      time.textContent = this.plan.dayLabel;
    }
    // The table, the list and the URL follow once the date settles (a quarter of a second), so
    // stepping, playing or dragging through dates stays within a frame even when hundreds of ties
    // change (a history write costs milliseconds, and browsers throttle fast ones).
    if (first) this.drawTable();
    else {
      clearTimeout(this.tableTimer);
      this.tableTimer = setTimeout(() => {
        this.drawTable();
        this.writeUrl();
      }, SETTLE_MS);
    }
    const embed = this.piece<HTMLTextAreaElement>('textarea[data-field="embed"]');
    if (embed) {
      // Same code as the server's, for the date shown (src and title are attribute-escaped there).
      const src = `${embed.dataset.embedSrc}${stateToSearch({ ...this.state, period: null })}`.replace(/&/g, '&amp;');
      embed.value = embed.value
        .replace(/src="[^"]*"/, `src="${src}"`)
        .replace(
          /title="[^"]*"/,
          `title="${(embed.dataset.embedTitle ?? '').replace(/[&"<]/g, '')} on ${this.plan.dayLabel}"`,
        );
    }
    const chrono = this.piece<HTMLAnchorElement>('a[data-link="chronology"]');
    if (chrono)
      chrono.href = `${this.dataset.chronology}?from=${day.slice(0, 7)}&to=${day.slice(0, 7)}${this.state.group ? `&groups=${this.state.group}` : ''}`;
    this.renderPanel();
    if (!first && source !== 'units') {
      const live = this.piece('.net-live');
      if (live)
        live.textContent = `${labelOf(day)}: ${this.plan.rows.length === 1 ? 'one relationship' : `${this.plan.rows.length} relationships`}.`;
    }
    if (bench) performance.measure('net:render', { start: bench });
  }

  private tree(variant: Variant): VNode {
    return renderNetwork(this.plan, {
      idPrefix: `${this.id}-${variant}`,
      title: this.dataset.title ?? 'Network',
      interactive: true,
    });
  }

  /**
   * Patches one SVG to the plan: title and zones in place, ties and groups by key, leaving alone
   * every element whose planned edge or node is unchanged; keeps keyboard focus on its item.
   */
  private patchSvg(svg: SVGSVGElement, variant: Variant): void {
    const focused = (document.activeElement as Element | null)?.closest?.('g[data-id]');
    const focusKey = focused && svg.contains(focused) ? focused.getAttribute('data-id') : null;
    const [title, zones, edges, nodes] = this.tree(variant).children as VNode[];
    svg.setAttribute('data-day', this.plan.day);
    const layers = this.layersOf(svg);
    const text = String(title!.children[0] ?? '');
    if (layers.title && layers.title.textContent !== text) layers.title.textContent = text;
    if (layers.zones) patchElement(layers.zones, zones!, true);
    updatePool(layers.edges!, edges!.children, edgeRanks(this.data, this.state.rollUp));
    updateList(layers.nodes!, nodes!.children, true);
    if (focusKey && document.activeElement !== focused)
      svg.querySelector<SVGGElement>(`g[data-id="${CSS.escape(focusKey)}"]`)?.focus();
  }

  /**
   * The server drew the default view: make its ties and groups keyboard targets and record which
   * planned element each shows, instead of redrawing them.
   */
  private adoptServerSvg(): void {
    const variant = this.variant;
    this.plan = planNetwork(this.data, this.state, variant);
    const svg = this.svgs.get(variant);
    const [, , edges, nodes] = this.tree(variant).children as VNode[];
    for (const layer of [edges!, nodes!])
      for (const child of layer.children) {
        if (typeof child === 'string') continue;
        const el = svg?.querySelector(`g[data-id="${CSS.escape(String(child.attrs['data-id']))}"]`);
        if (!el) continue;
        el.setAttribute('role', 'button');
        el.setAttribute('tabindex', '-1');
        adopt(el, child);
      }
    this.drawn = variant;
    const body = this.querySelector('.net-table tbody');
    for (const row of renderRows(this.plan)) {
      if (typeof row === 'string') continue;
      const tr = body?.querySelector(`tr[data-id="${CSS.escape(String(row.attrs['data-id']))}"]`);
      if (tr) adopt(tr, row);
    }
  }

  /** Writes the state to the page URL (pages that own it), in place. */
  private writeUrl(): void {
    if (!this.dataset.url) return;
    const url = `${location.pathname}${stateToSearch(this.state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  /** Brings the table, its caption and the list of reports that open nothing to the current plan. */
  private drawTable(): void {
    const caption = this.piece('.net-table-title');
    if (caption) caption.textContent = tableCaption(this.plan);
    const body = this.piece('.net-table tbody');
    if (body) updateList(body, renderRows(this.plan));
    const list = this.piece('.net-links');
    if (list) updateList(list, renderLinks(this.plan));
  }

  /** Opens an edge's or a group's details (ids as in data-id: period id, or "group:<id>"). */
  open(id: string): void {
    if (id.startsWith('group:')) this.update({ group: id.slice(6), period: null }, 'open');
    else this.update({ period: id }, 'open');
    this.querySelector<HTMLElement>('.net-panel:not([hidden])')?.focus();
  }

  private renderPanel(): void {
    const panel = this.piece('.net-panel');
    if (!panel) return;
    const level = Number(this.dataset.headingLevel ?? 2) + 1;
    const tree = this.state.period
      ? periodDetails(this.data, this.plan, this.state.period, level)
      : this.state.group
        ? groupDetails(this.data, this.plan, this.state.group, level)
        : null;
    if (!tree) {
      if (!panel.hidden) panel.hidden = true;
      if (panel.firstChild) panel.replaceChildren();
      return;
    }
    panel.replaceChildren(create(document, tree));
    panel.hidden = false;
  }

  private onClick = (e: Event): void => {
    const t = e.target as Element;
    const action = t.closest('[data-action]')?.getAttribute('data-action');
    const openId = t.closest('[data-open]')?.getAttribute('data-open');
    if (openId) this.open(openId);
    else if (action === 'close') {
      this.update({ period: null, group: this.state.period ? this.state.group : null }, 'close');
      this.svgs.get(this.drawn ?? 'wide')?.focus();
    } else if (action === 'svg' || action === 'png') {
      void import('./export').then((m) => m.download(this, action));
    }
  };
}

if (!customElements.get('network-chart')) customElements.define('network-chart', NetworkChart);
