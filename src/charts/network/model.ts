/**
 * The network's data as shipped to the page (embedded JSON) and read by the plan on the server,
 * in the browser and in exports: groups with fixed positions per layout variant and their names
 * over time, periods with their bounds as plain days, the events and quotes behind them, and the
 * days on which anything changes. Built once at build time by payload.ts.
 */
import type { GroupName } from '../../lib/chronology/types';
import type { LabelSide } from './layout/labels';
import type { RelationKind } from '../../lib/relations/kinds';

/** A layout variant: the wide one for desktops, the narrow (portrait) one for phones. */
export type Variant = 'wide' | 'narrow';

/** Radius of a node's circle in viewBox px, by level (an organisation is drawn larger). */
export const NODE_RADIUS = { organisation: 6, local: 4 } as const;

/** Font size of the groups' labels in each variant, in viewBox px (network.css `.node .label`). */
export const LABEL_FONT_PX: Record<Variant, number> = { wide: 11.5, narrow: 11 };

/** Width and height of each variant's viewBox, in px. */
export const VARIANT_SIZE: Record<Variant, { width: number; height: number }> = {
  wide: { width: 960, height: 620 },
  narrow: { width: 360, height: 760 },
};

/** A node: one group, at the same place on every date. */
export interface NetworkGroup {
  id: string;
  /** The group's main name (titles, links). */
  name: string;
  shortName: string;
  /** Names over time, for the name in use on the date shown. */
  names: GroupName[];
  lineage: string;
  level: 'organisation' | 'local';
  /** For a local unit: the organisation it is a unit of (for the roll-up toggle). */
  unitOf?: string;
  /** Position per variant, in viewBox px (centre of the node). */
  pos: Record<Variant, [number, number]>;
  /** Side of its node the label sits on, per variant (layout/labels.ts). */
  side: Record<Variant, LabelSide>;
}

/** A period, with its bounds as plain days. */
export interface NetworkPeriod {
  id: string;
  pair: string;
  a: string;
  b: string;
  kind: RelationKind;
  directed: boolean;
  from?: string;
  to?: string;
  status: string;
  support: string;
  level: 'organisation' | 'local';
  /** Start window: may hold from s0, holds from s1. */
  s0: string;
  s1: string;
  /** End window (closed periods): holds through e0, may hold through e1. */
  e0?: string;
  e1?: string;
  /** Open end: the last day the evidence reaches. */
  asOf?: string;
  /** "from 25 June 2014, ongoing as of 25 June 2014 (last report)". */
  label: string;
  /** Events behind it, in time order, with their role. */
  events: { id: string; role: 'opens' | 'confirms' | 'closes' }[];
  /** One line per disagreement it carries ("End: Sources give dates that cannot both be right."). */
  conflicts: string[];
  /** After a roll-up: the local units it came through. */
  via?: string[];
}

/** A report that opened nothing (denied or speculation only). */
export interface NetworkLink {
  id: string;
  a: string;
  b: string;
  kind: RelationKind;
  directed: boolean;
  from?: string;
  to?: string;
  event: string;
  s0: string;
  e1: string;
  label: string;
  reason: 'denied' | 'speculative';
}

/** An event as the details panel shows it. */
export interface NetworkEvent {
  title: string;
  /** Date label ("25 June 2014"). */
  date: string;
  status: string;
  claims: { source: string; anchor: string; quote: string; status: string }[];
}

/** Everything the network draws. */
export interface NetworkData {
  /** First and last day of the slider. */
  domain: [string, string];
  /** The date shown without ?at= (and without JavaScript). */
  defaultDay: string;
  /** Days on which some period's state changes (sorted). */
  changeDays: string[];
  groups: NetworkGroup[];
  periods: NetworkPeriod[];
  links: NetworkLink[];
  events: Record<string, NetworkEvent>;
  /** Source id → short title. */
  sources: Record<string, string>;
  /** Lineage id → label, in display order. */
  lineages: Record<string, string>;
}
