import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import {
  EMBED_SANDBOX,
  EMBED_SOURCE,
  embedCode,
  FALLBACK_HEIGHT,
  HEIGHT_LIMITS,
  hostScript,
  isResizeMessage,
  RESIZE_SCRIPT,
} from '../../src/lib/embed';

describe('embed resize protocol', () => {
  const ok = { source: EMBED_SOURCE, version: 1, type: 'resize', height: 640 };
  it('accepts the documented message', () => {
    expect(isResizeMessage(ok)).toBe(true);
  });
  it('rejects anything else', () => {
    for (const bad of [
      null,
      'resize',
      { ...ok, source: 'other' },
      { ...ok, version: 2 },
      { ...ok, type: 'navigate' },
      { ...ok, height: '640' },
      { ...ok, height: 640.5 },
      { ...ok, height: 10 },
      { ...ok, height: 1e9 },
      { ...ok, height: Number.NaN },
    ]) {
      expect(isResizeMessage(bad)).toBe(false);
    }
  });
});

describe('embed code', () => {
  const code = embedCode({
    src: 'https://site.example/embed/chronology/?from=2014-01-01&to=2015-06-30&types=pledge',
    title: 'Chronology "of" <alliances>',
    kind: 'chronology',
    script: 'https://site.example/embed.js',
  });

  it('is a lazy, sandboxed, titled iframe with the fallback height, and the resizing script', () => {
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/^<iframe .*><\/iframe>$/);
    expect(iframe).toContain(
      'src="https://site.example/embed/chronology/?from=2014-01-01&amp;to=2015-06-30&amp;types=pledge"',
    );
    expect(iframe).toContain('title="Chronology &quot;of&quot; &lt;alliances&gt;"');
    expect(iframe).toContain(`height="${FALLBACK_HEIGHT.chronology}"`);
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(iframe).not.toContain('allow-same-origin');
    expect(script).toBe('<script src="https://site.example/embed.js" async></script>');
  });

  it('uses the event fallback height for event embeds', () => {
    expect(
      embedCode({ src: 'https://s/embed/events/x/', title: 'X', kind: 'event', script: 'https://s/embed.js' }),
    ).toContain(`height="${FALLBACK_HEIGHT.event}"`);
  });
});

/** Runs a browser script in a fresh V8 context with the given globals; returns them. */
function run(script: string, globals: Record<string, unknown>): Record<string, unknown> {
  const context = vm.createContext({ URL, Math, JSON, Promise, ...globals });
  vm.runInContext(script, context);
  return context;
}

describe('resize script (the sender in every embed page)', () => {
  /** A fake frame document: height, load state, timers and observers under the test's control. */
  function frame() {
    const sent: unknown[] = [];
    const listeners: Record<string, (() => void)[]> = {};
    const timers: (() => void)[] = [];
    const state = { height: 900, readyState: 'loading', fontsReady: Promise.resolve() };
    const window: Record<string, unknown> = {
      parent: { postMessage: (data: unknown, target: string) => sent.push({ data, target }) },
      addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
    };
    const document = {
      get readyState() {
        return state.readyState;
      },
      fonts: { ready: state.fontsReady },
      documentElement: { getBoundingClientRect: () => ({ height: state.height }) },
    };
    const timeouts: (() => void)[] = [];
    run(RESIZE_SCRIPT, {
      window,
      document,
      setInterval: (fn: () => void) => timers.push(fn),
      setTimeout: (fn: () => void) => timeouts.push(fn),
    });
    /** Runs the settling checks until none is pending (the height holds). */
    const settle = () => {
      for (let i = 0; i < 100 && timeouts.length > 0; i++) timeouts.shift()!();
    };
    const fire = async (type: string) => {
      for (const fn of listeners[type] ?? []) fn();
      await new Promise((r) => setTimeout(r, 0));
      settle();
    };
    const tick = () => timers.forEach((fn) => fn());
    return { sent, state, fire, tick, listeners, settle };
  }

  it('reports nothing before the page has loaded, then its height once styles and fonts are in', async () => {
    const f = frame();
    expect(f.sent).toEqual([]);
    f.state.height = 1234.2;
    await f.fire('load');
    expect(f.sent).toEqual([{ data: { source: EMBED_SOURCE, version: 1, type: 'resize', height: 1235 }, target: '*' }]);
  });

  it('waits for the height to settle after load, so a panel opened just after load is in the first report', async () => {
    const f = frame();
    for (const fn of f.listeners.load ?? []) fn();
    await new Promise((r) => setTimeout(r, 0));
    f.state.height = 1500; // the chart opens its details panel a moment later
    f.settle();
    expect(f.sent).toEqual([{ data: { source: EMBED_SOURCE, version: 1, type: 'resize', height: 1500 }, target: '*' }]);
  });

  it('keeps checking on a timer (browsers pause observers in frames out of view), and never repeats a height', async () => {
    const f = frame();
    await f.fire('load');
    f.tick();
    expect(f.sent).toHaveLength(1);
    f.state.height = 700;
    f.tick();
    f.tick();
    expect(f.sent.map((m) => (m as { data: { height: number } }).data.height)).toEqual([900, 700]);
    // …and on resize events, while they fire.
    f.state.height = 650;
    await f.fire('resize');
    expect(f.sent).toHaveLength(3);
  });

  it('caps the height, skips implausible ones, and posts one message type only', async () => {
    const f = frame();
    f.state.height = 50;
    await f.fire('load');
    expect(f.sent).toEqual([]);
    f.state.height = 99_999;
    f.tick();
    expect((f.sent[0] as { data: { height: number } }).data.height).toBe(HEIGHT_LIMITS.max);
    expect(RESIZE_SCRIPT.match(/postMessage/g)).toHaveLength(1);
    expect(RESIZE_SCRIPT).not.toContain('requestAnimationFrame');
  });
});

describe("/embed.js (the host page's script)", () => {
  const SITE = 'https://chronology.example';
  /** A host page with iframes; returns the page's height for each frame after a message. */
  function host(frames: { src: string; sandbox?: string }[], scriptSrc = `${SITE}/embed.js`) {
    let onMessage: ((e: unknown) => void) | undefined;
    const els = frames.map((f) => ({
      contentWindow: {},
      style: { height: '' },
      getAttribute: (name: string) => (name === 'src' ? f.src : name === 'sandbox' ? (f.sandbox ?? null) : null),
    }));
    const window = {
      addEventListener: (type: string, fn: (e: unknown) => void) => {
        if (type === 'message') onMessage = fn;
      },
    };
    const document = {
      baseURI: 'https://host.example/report/',
      currentScript: { src: scriptSrc },
      getElementsByTagName: () => els,
    };
    run(hostScript([SITE]), { window, document });
    const post = (
      i: number,
      origin: string,
      data: unknown = { source: EMBED_SOURCE, version: 1, type: 'resize', height: 777 },
    ) => {
      els[i]!.style.height = '';
      onMessage!({ data, origin, source: els[i]!.contentWindow });
      return els[i]!.style.height;
    };
    return { post, els, onMessage: (e: unknown) => onMessage!(e) };
  }

  it('resizes our frame when the message comes from the origin of its src', () => {
    const h = host([{ src: `${SITE}/embed/chronology/?from=2014` }]);
    expect(h.post(0, SITE)).toBe('777px');
    expect(h.post(0, 'https://evil.example')).toBe('');
    expect(h.post(0, 'null')).toBe('');
  });

  it('expects "null" from a frame sandboxed without allow-same-origin (an opaque origin), the site otherwise', () => {
    const h = host([
      { src: `${SITE}/embed/chronology/`, sandbox: EMBED_SANDBOX },
      { src: `${SITE}/embed/chronology/`, sandbox: 'allow-scripts allow-same-origin' },
    ]);
    expect(h.post(0, 'null')).toBe('777px');
    expect(h.post(0, SITE)).toBe('');
    expect(h.post(1, SITE)).toBe('777px');
    expect(h.post(1, 'null')).toBe('');
  });

  it('ignores frames that are not ours, even speaking our protocol from their own origin', () => {
    const h = host([{ src: 'https://other.example/widget/' }, { src: '/local-frame' }]);
    expect(h.post(0, 'https://other.example')).toBe('');
    expect(h.post(1, 'https://host.example')).toBe('');
  });

  it('also trusts the origin embed.js itself was loaded from', () => {
    const mirror = 'https://mirror.example';
    const h = host([{ src: `${mirror}/embed/events/x/` }], `${mirror}/embed.js`);
    expect(h.post(0, mirror)).toBe('777px');
  });

  it('ignores messages of another shape, an implausible height, or not from a frame', () => {
    const h = host([{ src: `${SITE}/embed/chronology/` }]);
    for (const data of [
      null,
      'resize',
      { source: EMBED_SOURCE, version: 2, type: 'resize', height: 500 },
      { source: EMBED_SOURCE, version: 1, type: 'resize', height: 10 },
      { source: EMBED_SOURCE, version: 1, type: 'resize', height: 500.5 },
    ])
      expect(h.post(0, SITE, data)).toBe('');
    h.onMessage({ data: { source: EMBED_SOURCE, version: 1, type: 'resize', height: 500 }, origin: SITE, source: {} });
    expect(h.els[0]!.style.height).toBe('');
  });
});
