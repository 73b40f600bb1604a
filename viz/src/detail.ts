/**
 * Level-of-detail thresholds. The map is drawn on one canvas at every size
 * (one code path, crisp at any devicePixelRatio); what changes with size and
 * zoom is how much is drawn, decided here.
 */
export const LABELS = {
  /** At or above this zoom, every node on screen may be labelled and nodes block labels. */
  zoomedInScale: 0.75,
  /** Graphs up to this many nodes label every node that has room, even zoomed out. */
  allBelow: 300,
  /** Zoomed out on a bigger graph, only nodes with at least this many dependents are labelled. */
  hubDependents: 2,
  maxPlaced: 400,
  /** Labels on a big graph seen whole: its hubs only. */
  overviewPlaced: 40,
  /** Candidates measured per frame, so a 5,000-node frame stays cheap. */
  maxTried: 2500,
  maxWidth: 360,
} as const;

export const EDGES = {
  /** Edges are curves below this count, straight lines above (a quarter of the path cost). */
  curvedBelow: 6000,
} as const;

/** Team outlines are drawn only on nodes at least this big on screen. */
export const OUTLINE_MIN_RADIUS = 4;
