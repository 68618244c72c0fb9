import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const CSL = require('citeproc');
const Orig = CSL.Engine; let n = 0;
const { citeEvent } = await import('./cite.mjs');
const eng = require('@citation-js/plugin-csl/lib/engines.js');
const origFetch = eng.fetchEngine;
for (let i = 0; i < 10; i++) citeEvent({ id: `event-${i}`, title: `T ${i}`, date: { label: 'x' } }, `https://x/${i}/`);
