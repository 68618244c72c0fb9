process.env.CHRONOLOGY_CACHE='off';
const { citeEvent } = await import('./cite.mjs');
const ev = (i) => ({ id: `event-${i}`, title: `Synthetic pledge event-${i}`, date: { label: '3 May 2010' } });
let t = performance.now();
for (let i = 0; i < 5; i++) citeEvent(ev(i), `https://x/events/event-${i}/`);
console.log('first 5', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (let i = 5; i < 205; i++) citeEvent(ev(i), `https://x/events/event-${i}/`);
console.log('per item', ((performance.now() - t) / 200).toFixed(2), 'ms');
