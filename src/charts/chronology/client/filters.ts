/**
 * The filter form (groups, kinds of event, statuses, sources): changes apply at once (a history
 * entry each), the checkboxes follow the state (Back, links), "Show everything" clears them.
 */
import type { ChartState } from '../state';
import type { ChartController } from './controller';
import { cleanupAll, listen } from './dom';

const FIELDS = { groups: 'groups', types: 'types', status: 'statuses', sources: 'sources' } as const;

/** The filters a form's checkboxes describe (a list with every box checked is no filter). */
export function filtersFromForm(form: ParentNode, state: ChartState): ChartState {
  const next: ChartState = { ...state };
  for (const [name, key] of Object.entries(FIELDS)) {
    const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    if (boxes.length === 0) continue;
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    (next[key] as string[] | null) = checked.length === boxes.length ? null : checked.sort();
  }
  return next;
}

/** Wires the filter form; returns the cleanup. */
export function attachFilters(ctrl: ChartController): () => void {
  const details = ctrl.host.querySelector<HTMLElement>('.chrono-filters');
  const form = ctrl.host.querySelector<HTMLElement>('.chrono-filter-fields');
  if (!details || !form) return () => {};
  details.hidden = false;
  const sync = () => {
    for (const [name, key] of Object.entries(FIELDS)) {
      const chosen = ctrl.state[key] as string[] | null;
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
        box.checked = !chosen || chosen.includes(box.value);
    }
  };
  const cleanups = [
    listen(form, 'change', () => ctrl.update(filtersFromForm(form, ctrl.state), 'push')),
    ctrl.on((c) => {
      if (c.kind === 'state') sync();
    }),
  ];
  const clear = ctrl.host.querySelector('[data-action="clear-filters"]');
  if (clear)
    cleanups.push(
      listen(clear, 'click', () =>
        ctrl.update({ ...ctrl.state, groups: null, types: null, statuses: null, sources: null }, 'push'),
      ),
    );
  sync();
  return () => cleanupAll(cleanups);
}
