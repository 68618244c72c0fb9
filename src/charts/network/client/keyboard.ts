/**
 * Keyboard behaviour of the figure: one tab stop (the visible SVG); arrow keys move the cursor
 * through the ties and then the groups in reading order (Home and End jump), Enter or Space opens
 * the details, Escape closes them. The focused item is a real focus target with a full name.
 */
import type { NetworkController } from './controller';

/** The items of the visible SVG, in order: edges, then nodes (ties not on the date are pooled hidden, and skipped). */
function items(svg: SVGSVGElement): SVGGElement[] {
  return Array.from(svg.querySelectorAll<SVGGElement>('.edges > g[data-id]:not([display="none"]), .nodes > g[data-id]'));
}

/** Attaches keyboard navigation to the SVGs; `open(id)` shows an item's details. Returns a cleanup. */
export function attachKeyboard(c: NetworkController, svgs: SVGSVGElement[], open: (id: string) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const list = items(svg);
    if (list.length === 0) return;
    const current = (e.target as Element).closest?.('g[data-id]') as SVGGElement | null;
    let i = current ? list.indexOf(current) : -1;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        i = Math.min(list.length - 1, i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        i = i < 0 ? 0 : Math.max(0, i - 1);
        break;
      case 'Home':
        i = 0;
        break;
      case 'End':
        i = list.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (current) {
          e.preventDefault();
          open(current.getAttribute('data-id')!);
        }
        return;
      case 'Escape':
        if (c.state.period || c.state.group) {
          e.preventDefault();
          c.update({ period: null, group: null }, 'keyboard');
          svg.focus();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    list[i]!.focus();
  };
  const onClick = (e: MouseEvent) => {
    const target = (e.target as Element).closest('g[data-id]');
    if (target) open(target.getAttribute('data-id')!);
  };
  for (const svg of svgs) {
    svg.setAttribute('tabindex', '0');
    svg.addEventListener('keydown', onKey);
    svg.addEventListener('click', onClick);
  }
  return () => {
    for (const svg of svgs) {
      svg.removeEventListener('keydown', onKey);
      svg.removeEventListener('click', onClick);
    }
  };
}
