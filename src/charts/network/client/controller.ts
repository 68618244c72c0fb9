/**
 * What every behaviour of <network-chart> can ask of the element: the data, the current state,
 * and a way to change it. Behaviours (date control, keyboard, URL, details, export) each take
 * this interface and return a cleanup function.
 */
import type { NetworkData } from '../model';
import type { NetworkPlan } from '../plan';
import type { NetworkState } from '../state';

/** The element as its behaviours see it. */
export interface NetworkController {
  readonly root: HTMLElement;
  readonly data: NetworkData;
  /** The current state (read-only: change it with `update`). */
  readonly state: NetworkState;
  /** The plan of the visible variant, for the current state. */
  readonly plan: NetworkPlan;
  /** Applies a change of state and redraws; `source` says who asked (behaviours skip their own echo). */
  update(change: Partial<NetworkState>, source?: string): void;
  /** Subscribes to state changes (after each redraw). */
  onChange(listener: (state: NetworkState, previous: NetworkState, source?: string) => void): () => void;
}
