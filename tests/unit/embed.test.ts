import { describe, expect, it } from 'vitest';
import { EMBED_SOURCE, embedCode, FALLBACK_HEIGHT, isResizeMessage, RESIZE_SCRIPT } from '../../src/lib/embed';

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

describe('resize script', () => {
  it('also reports on window resize and does not wait for animation frames (paused in frames out of view)', () => {
    expect(RESIZE_SCRIPT).toContain("addEventListener('resize', queue)");
    expect(RESIZE_SCRIPT).not.toContain('requestAnimationFrame');
    // It sends one message type only.
    expect(RESIZE_SCRIPT.match(/postMessage/g)).toHaveLength(1);
    expect(RESIZE_SCRIPT).toContain("type: 'resize'");
  });
});
