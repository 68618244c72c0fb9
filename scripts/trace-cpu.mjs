/**
 * Main-thread CPU time from a Chromium trace, cut into intervals by User Timing marks: what each
 * frame or change cost the page's main thread in CPU time (trace events' `tdur`), which, unlike
 * wall-clock frame intervals, other processes on a shared machine do not inflate.
 *   const trace = JSON.parse((await browser.stopTracing()).toString());
 *   cpuIntervals(trace, 'bench:frame') → [{ cpu, script, style, layout, paint }, …] (ms)
 *   cpuUntil(trace, 'chrono:ready') → { cpu, script, style, layout, paint } of everything before that mark
 * Start the trace with TRACE_CATEGORIES. Each interval runs from one mark named `mark` to the
 * next; top-level tasks (RunTask) on the renderer's main thread are counted in the interval they
 * start in; script, style (UpdateLayoutTree), layout and paint (PrePaint, Paint, Layerize,
 * Commit) are the CPU of those events inside them. Throws when the trace has no thread times.
 */

/** The categories cpuIntervals needs. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const SCRIPT = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'EvaluateScript', 'v8.compile']);

/** Per interval between successive `mark`s: main-thread CPU (ms) in total and by kind of work. */
export function cpuIntervals(trace, mark) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const marks = events
    .filter((e) => e.name === mark && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b' || e.ph === 'e'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const unique = marks.filter((t, i) => i === 0 || t !== marks[i - 1]);
  const tasks = events
    .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  if (tasks.length > 0 && !tasks.some((e) => e.tdur !== undefined)) throw new Error('trace-cpu: the trace has no thread times (tdur)');
  const out = unique.slice(0, -1).map(() => ({ cpu: 0, script: 0, style: 0, layout: 0, paint: 0 }));
  const at = (ts) => {
    let lo = 0;
    let hi = unique.length - 1;
    if (ts < unique[0] || ts >= unique[hi]) return -1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (unique[mid] <= ts) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  // Script events nest (an event dispatch inside a frame callback): count only the outermost.
  let scriptEnd = -Infinity;
  for (const e of tasks) {
    const i = at(e.ts);
    if (i < 0) continue;
    const ms = (e.tdur ?? 0) / 1000;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') out[i].cpu += ms;
    else if (SCRIPT.has(e.name)) {
      if (e.ts >= scriptEnd) {
        out[i].script += ms;
        scriptEnd = e.ts + e.dur;
      }
    } else if (e.name === 'UpdateLayoutTree') out[i].style += ms;
    else if (e.name === 'Layout') out[i].layout += ms;
    else if (PAINT.has(e.name)) out[i].paint += ms;
  }
  return out;
}

/**
 * Main-thread CPU (ms), in total and by kind, of the tasks that started before the first mark
 * named `mark` (a page load traced from before navigation: everything until that point, the task
 * that set the mark included). Throws when the mark is not in the trace.
 */
export function cpuUntil(trace, mark) {
  const events = trace.traceEvents ?? trace;
  const at = events.find((e) => e.name === mark && e.cat?.includes('user_timing'))?.ts;
  if (at === undefined) throw new Error(`trace-cpu: no mark ${mark} in the trace`);
  const start = events.filter((e) => e.ts !== undefined && e.ts > 0).reduce((m, e) => Math.min(m, e.ts), Infinity);
  return cpuIntervals(
    [...events, { name: 'trace-cpu:start', ph: 'I', ts: start - 1 }, { name: 'trace-cpu:start', ph: 'I', ts: at + 1 }],
    'trace-cpu:start',
  )[0];
}
