/**
 * Tab order in a chart component while its details panel is open (loaded when the panel first
 * opens: only keyboard use needs it). Pure DOM reading, no state.
 */

/**
 * The component's tab stops (and `current`, e.g. the focused panel heading) in the order Tab
 * should visit them: the panel's moved to right after the chart's `svg` (in the DOM the panel
 * comes after the figure and its key, for the layout). Beyond the component the browser's order
 * holds.
 */
export function tabOrder(host: Element, panel: Element, svg: Element | null, current: Element): HTMLElement[] {
  const all = [...host.querySelectorAll<HTMLElement>('a[href],button,input,summary,[tabindex]')].filter(
    (e) => (e.tabIndex >= 0 || e === current) && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
  );
  const rest = all.filter((e) => !panel.contains(e));
  rest.splice(rest.indexOf(svg as HTMLElement) + 1, 0, ...all.filter((e) => panel.contains(e)));
  return rest;
}
