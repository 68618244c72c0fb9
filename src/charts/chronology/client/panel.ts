/**
 * The details panel of the selected event: beside the chart on wide screens, a sheet at the
 * bottom of the screen otherwise (chart.css). It opens in view with the event's mark, takes focus
 * (its heading) and is announced; it gives the event's support and provenance, lists each source's
 * date wording, presentation status, origin and quotation (in the source's language and
 * direction), and the disagreements. While it is open its tab stops come right after the chart's
 * (before the key of numbered events), and Escape anywhere in the chart component, or ×, closes
 * it and returns focus to the chart, its cursor on the event. Links in the key of numbered events
 * open the event here instead of leaving the page.
 */
import { routes } from '../../../lib/routes';
import { textDirection } from '../../../lib/text-direction';
import { SUPPORT_WORDS } from '../layout/encoding';
import { whoOf } from '../render/svg';
import type { ChartController } from './controller';
import { cleanupAll, el, listen } from './dom';
import { announce } from './keyboard';

/** Wires the panel; returns the cleanup. */
export function attachPanel(ctrl: ChartController): () => void {
  const panel = ctrl.host.querySelector<HTMLElement>('.chrono-panel');
  if (!panel) return () => {};
  const level = Math.min(5, Math.max(2, Number(ctrl.host.dataset.headingLevel) || 2));
  const hn = (n: number) => `h${Math.min(6, n)}` as 'h3';
  const sourceTitle = new Map(ctrl.chart.data.sources.map((s) => [s.id, s.title]));

  const close = () => {
    // The cursor stays on the event (select keeps `active`): focus returns to it.
    ctrl.select(null, 'pointer');
    ctrl.svg()?.focus({ preventScroll: true });
  };

  // The tab order while the panel is open (panel-tabs.ts), loaded when it first opens.
  let tabs: typeof import('./panel-tabs') | undefined;

  const fill = (id: string) => {
    const ev = ctrl.byId.get(id)!;
    const closeButton = el('button', '×', { type: 'button', class: 'chrono-close', 'aria-label': 'Close details' });
    closeButton.addEventListener('click', close);
    const heading = el(hn(level), ev.title, { tabindex: '-1', id: `${ctrl.chart.spec.id}-panel-title` });
    const summary = el('p', '', { class: 'chrono-panel-summary' });
    const provenance = el('p', '', { class: 'meta', dir: 'auto' });
    const citations = el('ul');
    const parts: Node[] = [
      closeButton,
      heading,
      el('p', `${ev.typeLabel} · ${ev.dateLabel} · ${SUPPORT_WORDS[ev.status] ?? ev.status}`, { class: 'meta' }),
      el('p', whoOf(ev, ctrl.groups, ' → '), { dir: 'auto' }),
      provenance,
      summary,
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
    if (ev.relationship) {
      // The network as it stood at the end of the event's window (relationship events only).
      more.append(' · ', el('a', 'The network on this date', { href: `${routes.network()}?at=${ev.end}` }));
    }
    parts.push(more);
    panel.replaceChildren(...parts);
    panel.setAttribute('aria-labelledby', heading.id);
    panel.hidden = false;
    ctrl.host.classList.add('has-panel');
    // Summary and quotations come with the details, loaded on first use.
    citations.append(el('li', 'Loading…'));
    ctrl.options
      .details()
      .then((all) => {
        const details = all[id];
        if (ctrl.state.event !== id || !details) {
          if (!details) citations.replaceChildren(el('li', 'See the event page for each source’s account.'));
          return;
        }
        summary.textContent = details.summary;
        provenance.textContent = details.provenance;
        citations.replaceChildren(
          ...details.citations.map((c) => {
            const li = el('li');
            const anchor = c.anchor ? `#${encodeURIComponent(c.anchor)}` : '';
            li.append(
              el('a', sourceTitle.get(c.source) ?? c.source, { href: `${routes.source(c.source)}${anchor}` }),
              ` — dated “${c.dateText}”; ${c.status}${c.attribution ? `, according to ${c.attribution}` : ''}.`,
            );
            // The quote in its source's language and direction (an Arabic quote reads right to left).
            const quote = el('blockquote', undefined, { lang: c.lang ?? 'en', dir: textDirection(c.lang) });
            quote.append(el('p', c.quote));
            li.append(quote);
            return li;
          }),
        );
      })
      .catch(() => citations.replaceChildren(el('li', 'The sources could not be loaded: see the event page.')));
  };

  /** Brings the event's mark and the panel into view (the sheet covers the bottom of the screen). */
  const reveal = () => {
    const id = ctrl.state.event;
    const mark = id ? ctrl.svg()?.querySelector(`[data-id="${CSS.escape(id)}"] .sym`) : null;
    if (!mark) return;
    const sheet = getComputedStyle(panel).position === 'fixed';
    const box = mark.getBoundingClientRect();
    const bottom = sheet ? panel.getBoundingClientRect().top : innerHeight;
    const top = 8;
    if (box.top < top || box.bottom > bottom - 8) {
      const target = sheet ? (bottom - top) / 3 : innerHeight / 3;
      scrollBy({ top: box.top - target, behavior: 'instant' as ScrollBehavior });
    }
    if (!sheet) {
      const p = panel.getBoundingClientRect();
      if (p.top > innerHeight - 80 || p.bottom < 80) panel.scrollIntoView({ block: 'nearest' });
    }
  };

  /**
   * The panel beside the chart narrows it (or closing it widens it): draw the variant for the new
   * width now, not when the ResizeObserver or the next frame runs. Browsers pause both in frames
   * scrolled out of view, and an embed opened on ?event= must have its final height before it
   * first reports it (src/lib/embed.ts).
   */
  const fitChart = () => {
    ctrl.remeasure();
    ctrl.pickVariant();
  };

  const cleanups: (() => void)[] = [
    ctrl.on((c) => {
      if (c.kind !== 'select') return;
      if (!c.id) {
        panel.hidden = true;
        panel.replaceChildren();
        ctrl.host.classList.remove('has-panel');
        fitChart();
        return;
      }
      const opening = panel.hidden;
      if (!tabs) void import('./panel-tabs').then((m) => (tabs = m));
      fill(c.id);
      fitChart();
      // After the layout settles around the open panel (beside the chart, the chart narrows).
      requestAnimationFrame(() => {
        ctrl.remeasure();
        reveal();
        // Opening moves focus to the heading (Enter too); arrows on the chart with the panel open keep it there.
        if (opening || c.by !== 'keyboard' || !ctrl.svg()?.matches(':focus')) {
          panel.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
        }
        announce(ctrl, `Details of ${ctrl.byId.get(c.id!)!.title} opened. Escape closes them.`);
      });
    }),
    listen(ctrl.host, 'keydown', (e: KeyboardEvent) => {
      if (panel.hidden || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement;
      if (target.closest('dialog')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      } else if (e.key === 'Tab' && tabs) {
        const order = tabs.tabOrder(ctrl.host, panel, ctrl.svg(), target);
        const at = order.indexOf(target);
        const next = order[at + (e.shiftKey ? -1 : 1)];
        if (at < 0 || !next) return;
        e.preventDefault();
        next.focus();
      }
    }),
    listen(ctrl.host, 'click', (e: MouseEvent) => {
      const link = (e.target as Element).closest?.('.chrono-key-list a[data-id]');
      const id = link?.getAttribute('data-id');
      if (!id || !ctrl.byId.has(id) || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      ctrl.select(id, 'link');
    }),
  ];
  return () => cleanupAll(cleanups);
}
