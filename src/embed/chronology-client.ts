/**
 * The chronology embeds' browser code (the chart and event embeds), bundled into one classic script by src/lib/client-bundle.ts
 * (served as /embed/client-<hash>.js): the chart's own client entry, and links to the full view
 * that carry the view on screen.
 */
// The chart's client entry: the one line to change if it moves.
import '../charts/chronology/client/index';
import { keepViewInFullViewLinks } from './full-view';

keepViewInFullViewLinks(document);
