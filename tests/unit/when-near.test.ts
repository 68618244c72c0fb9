/** whenNear (src/lib/when-near.ts): starts deferred work once, when a target first nears the viewport. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, whenNear } from '../../src/lib/when-near';

/** A stand-in IntersectionObserver whose instances the test drives by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean; target: Element }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(target: Element, isIntersecting: boolean) {
    this.callback([{ isIntersecting, target }]);
  }
}

class FakeElement {}

describe('whenNear', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.all = [];
  });

  const stub = () => {
    vi.stubGlobal('Element', FakeElement);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  };

  it('observes every target with the near margin and starts once, on the first that intersects', () => {
    stub();
    const a = new FakeElement() as Element;
    const b = new FakeElement() as Element;
    const start = vi.fn();
    whenNear([a, b], start);
    const [observer] = FakeObserver.all;
    expect(observer!.options.rootMargin).toBe(NEAR_MARGIN);
    expect(observer!.observed).toEqual([a, b]);
    observer!.fire(a, false);
    expect(start).not.toHaveBeenCalled();
    observer!.fire(b, true);
    observer!.fire(a, true);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer!.disconnected).toBe(true);
  });

  it('never starts once cancelled, nor with no targets', () => {
    stub();
    const start = vi.fn();
    const cancel = whenNear(new FakeElement() as Element, start, '0px');
    cancel();
    FakeObserver.all[0]!.fire(new FakeElement() as Element, true);
    whenNear([], start);
    expect(start).not.toHaveBeenCalled();
    expect(FakeObserver.all).toHaveLength(1);
  });

  it('starts at once where IntersectionObserver is missing', async () => {
    vi.stubGlobal('Element', FakeElement);
    vi.stubGlobal('IntersectionObserver', undefined);
    const start = vi.fn();
    whenNear(new FakeElement() as Element, start);
    await Promise.resolve();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
