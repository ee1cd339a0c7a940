/** The basemap's colours, shared by both maps and the static pages' locator maps, so all three look alike. */
export const BASEMAP_COLORS = {
  water: '#cfe0ec',
  land: '#f4f1ea',
  focus: '#fbf9f4',
  border: '#8a8478',
  coast: '#9fb6c6',
  label: '#2b2b2b',
  halo: '#ffffff',
} as const;
