/**
 * How each category looks. Colour is never the only signal: every category
 * also has a short symbol shown on markers, timeline items and in the legend.
 * Colours keep at least 3:1 contrast against the basemap's land colour.
 */
import type { CategoryId } from '../data/vocabulary';

export interface CategoryStyle {
  color: string;
  /** One or two characters drawn inside markers and badges. */
  symbol: string;
  group: 'pressure' | 'liberty' | 'violence' | 'mobilisation' | 'context';
}

export const CATEGORY_STYLE: Record<CategoryId, CategoryStyle> = {
  summons: { color: '#a35200', symbol: 'S', group: 'pressure' },
  'content-removal': { color: '#7d5d00', symbol: 'R', group: 'pressure' },
  'registration-denial': { color: '#8a4b24', symbol: 'Rg', group: 'pressure' },
  detention: { color: '#c0392b', symbol: 'D', group: 'liberty' },
  prosecution: { color: '#8e2f66', symbol: 'P', group: 'liberty' },
  sentence: { color: '#5b2a86', symbol: 'Sn', group: 'liberty' },
  deportation: { color: '#8a1fa0', symbol: 'Dp', group: 'liberty' },
  disappearance: { color: '#2c3e50', symbol: '?', group: 'violence' },
  killing: { color: '#6e0000', symbol: '✕', group: 'violence' },
  violence: { color: '#b03a00', symbol: 'V', group: 'violence' },
  protest: { color: '#1b63a0', symbol: 'Pr', group: 'mobilisation' },
  shutdown: { color: '#006b6b', symbol: 'Sh', group: 'mobilisation' },
  military: { color: '#5d4037', symbol: 'M', group: 'context' },
  statement: { color: '#4a5563', symbol: 'St', group: 'context' },
  international: { color: '#2e6b30', symbol: 'I', group: 'context' },
  disinformation: { color: '#5e5e00', symbol: 'Di', group: 'context' },
};
