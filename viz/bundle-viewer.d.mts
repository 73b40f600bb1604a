/** The map viewer bundled in memory from viz/src. */
export function bundleViewer(): Promise<{ script: string; style: string }>;
