/**
 * <network-chart>: enhances the server-rendered network. Reads the embedded data, takes the
 * state from the URL, and on every change plans the visible variant once and patches its SVG,
 * the date, the table and the list in place (keyed, so a date change touches only what changed).
 * Behaviours live in their own modules: date-control, keyboard, details (panel), export (loaded
 * on demand). URL sync writes ?at, ?group, ?period, ?units with replaceState.
 */
import { labelOf } from '../../../lib/chronology/dates';
import { patchElement } from '../../chronology/patch';
import type { NetworkData, Variant } from '../model';
import { planNetwork, type NetworkPlan } from '../plan';
import { renderNetwork } from '../render/svg';
import { renderLinks, renderRows, tableCaption } from '../render/table';
import { parseState, stateToSearch, type NetworkState } from '../state';
import type { NetworkController } from './controller';
import { attachDateControl } from './date-control';
import { groupDetails, periodDetails } from './details';
import { create, updateList } from './dom';
import { attachKeyboard } from './keyboard';

class NetworkChart extends HTMLElement implements NetworkController {
  root: HTMLElement = this;
  data!: NetworkData;
  state!: NetworkState;
  plan!: NetworkPlan;
  private svgs = new Map<Variant, SVGSVGElement>();
  private listeners = new Set<(s: NetworkState, p: NetworkState, source?: string) => void>();
  private cleanups: (() => void)[] = [];
  private drawn: Variant | null = null;

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
    this.draw(undefined, true);
    this.cleanups.push(attachDateControl(this), attachKeyboard(this, [...this.svgs.values()], (id) => this.open(id)));
    this.addEventListener('click', this.onClick);
    const figure = this.querySelector('.net-figure');
    if (figure && 'ResizeObserver' in window) {
      const ro = new ResizeObserver(() => {
        if (this.visibleVariant() !== this.drawn) this.draw();
      });
      ro.observe(figure);
      this.cleanups.push(() => ro.disconnect());
    }
  }

  disconnectedCallback(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.removeEventListener('click', this.onClick);
  }

  onChange(listener: (s: NetworkState, p: NetworkState, source?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(change: Partial<NetworkState>, source?: string): void {
    const previous = this.state;
    this.state = { ...previous, ...change };
    this.draw(source);
    if (this.dataset.url) history.replaceState(history.state, '', `${location.pathname}${stateToSearch(this.state)}${location.hash}`);
    for (const l of this.listeners) l(this.state, previous, source);
  }

  private visibleVariant(): Variant {
    const narrow = this.svgs.get('narrow');
    return narrow && narrow.getClientRects().length > 0 ? 'narrow' : 'wide';
  }

  /** Plans and patches everything that depends on the state. */
  private draw(source?: string, first = false): void {
    const bench = this.dataset.bench ? performance.now() : 0;
    const variant = this.visibleVariant();
    const svg = this.svgs.get(variant);
    this.plan = planNetwork(this.data, this.state, variant);
    const active = (document.activeElement as Element | null)?.closest?.('g[data-id]')?.getAttribute('data-id') ?? null;
    if (svg) patchElement(svg, renderNetwork(this.plan, { idPrefix: `${this.id}-${variant}`, title: this.dataset.title ?? 'Network', interactive: true, active }));
    this.drawn = variant;
    const day = this.plan.day;
    const time = this.querySelector('.net-date time');
    if (time) {
      time.setAttribute('datetime', day);
      time.textContent = this.plan.dayLabel;
    }
    const caption = this.querySelector('.net-table-title');
    if (caption) caption.textContent = tableCaption(this.plan);
    const body = this.querySelector('.net-table tbody');
    if (body) updateList(body, renderRows(this.plan));
    const list = this.querySelector('.net-links');
    if (list) updateList(list, renderLinks(this.plan));
    const chrono = this.querySelector<HTMLAnchorElement>('a[data-link="chronology"]');
    if (chrono) chrono.href = `${this.dataset.chronology}?from=${day.slice(0, 7)}&to=${day.slice(0, 7)}${this.state.group ? `&groups=${this.state.group}` : ''}`;
    this.renderPanel();
    if (!first && source !== 'units') {
      const live = this.querySelector('.net-live');
      if (live) live.textContent = `${labelOf(day)}: ${this.plan.rows.length === 1 ? 'one relationship' : `${this.plan.rows.length} relationships`}.`;
    }
    if (bench) performance.measure('net:render', { start: bench });
  }

  /** Opens an edge's or a group's details (ids as in data-id: period id, or "group:<id>"). */
  open(id: string): void {
    if (id.startsWith('group:')) this.update({ group: id.slice(6), period: null }, 'open');
    else this.update({ period: id }, 'open');
    this.querySelector<HTMLElement>('.net-panel:not([hidden])')?.focus();
  }

  private renderPanel(): void {
    const panel = this.querySelector<HTMLElement>('.net-panel');
    if (!panel) return;
    const level = Number(this.dataset.headingLevel ?? 2) + 1;
    const tree = this.state.period
      ? periodDetails(this.data, this.plan, this.state.period, level)
      : this.state.group
        ? groupDetails(this.data, this.plan, this.state.group, level)
        : null;
    if (!tree) {
      panel.hidden = true;
      panel.replaceChildren();
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
