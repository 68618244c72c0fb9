/**
 * The network embed's browser code, bundled into one classic script by src/lib/client-bundle.ts
 * (served as /embed/client-<hash>.js): the network's own client entry, and links to the full view
 * that carry the view on screen.
 */
// The network's client entry: the one line to change if it moves.
import '../charts/network/client/element';
import { keepViewInFullViewLinks } from './full-view';

keepViewInFullViewLinks(document);
