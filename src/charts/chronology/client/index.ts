/**
 * The chart's one client entry (stable path: src/charts/chronology/client/index.ts): defines
 * <chrono-chart>. Pages load it with a module script; embeds may inline it.
 */
import { ChronoChart } from './element';

if (!customElements.get('chrono-chart')) customElements.define('chrono-chart', ChronoChart);
