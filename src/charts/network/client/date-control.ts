/**
 * Date behaviour: the slider (one step a day; its value text is the date), the date field, the
 * previous/next change buttons and Page Up/Page Down, and "Play changes", which steps through the
 * change days (more slowly, and without fades, when the reader prefers reduced motion).
 */
import { labelOf } from '../../../lib/chronology/dates';
import { nextChange, previousChange } from '../../../lib/relations/query';
import { clampDay, dayAt, dayIndex } from '../state';
import type { NetworkController } from './controller';

/** Attaches the date controls; returns a cleanup. */
export function attachDateControl(c: NetworkController): () => void {
  const root = c.root;
  const [first, last] = c.data.domain;
  const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
  const field = root.querySelector<HTMLInputElement>('input[data-field="date"]');
  const play = root.querySelector<HTMLButtonElement>('[data-action="play"]');
  const prev = root.querySelector<HTMLButtonElement>('[data-action="prev"]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;
  slider.max = String(dayIndex(first, last));
  const days = c.data.changeDays;
  let timer: ReturnType<typeof setInterval> | undefined;

  const sync = () => {
    const day = c.state.at;
    slider.value = String(dayIndex(first, day));
    slider.setAttribute('aria-valuetext', labelOf(day));
    if (field && field.value !== day) field.value = day;
    prev.disabled = previousChange(days, day) === null;
    next.disabled = nextChange(days, day) === null;
  };
  const step = (dir: 1 | -1) => {
    const day = dir > 0 ? nextChange(days, c.state.at) : previousChange(days, c.state.at);
    if (day) c.update({ at: day }, 'step');
    return day;
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play?.setAttribute('aria-pressed', 'false');
    if (play) play.textContent = 'Play changes';
  };
  const reduced = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const onSlider = () => c.update({ at: dayAt(first, Number(slider.value)) }, 'slider');
  const onField = () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(field!.value)) c.update({ at: clampDay(field!.value, c.data.domain) }, 'field');
  };
  const onPlay = () => {
    if (timer !== undefined) return stop();
    // From the start when already at the last change.
    if (nextChange(days, c.state.at) === null && days[0]) c.update({ at: days[0] }, 'play');
    play!.setAttribute('aria-pressed', 'true');
    play!.textContent = 'Pause';
    timer = setInterval(
      () => {
        if (!step(1)) stop();
      },
      reduced() ? 2000 : 900,
    );
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    const t = e.target as HTMLElement;
    if (t.closest('.net-panel') || t.tagName === 'TEXTAREA') return;
    e.preventDefault();
    stop();
    step(e.key === 'PageDown' ? 1 : -1);
  };
  const onPrev = () => {
    stop();
    step(-1);
  };
  const onNext = () => {
    stop();
    step(1);
  };

  slider.addEventListener('input', onSlider);
  field?.addEventListener('change', onField);
  play?.addEventListener('click', onPlay);
  prev.addEventListener('click', onPrev);
  next.addEventListener('click', onNext);
  root.addEventListener('keydown', onKey);
  const off = c.onChange(sync);
  sync();
  return () => {
    stop();
    off();
    slider.removeEventListener('input', onSlider);
    field?.removeEventListener('change', onField);
    play?.removeEventListener('click', onPlay);
    prev.removeEventListener('click', onPrev);
    next.removeEventListener('click', onNext);
    root.removeEventListener('keydown', onKey);
  };
}
