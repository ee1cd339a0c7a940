/**
 * How each category looks. Colour is never the only signal: every category
 * also has a symbol shown on markers, timeline items and in the legend.
 * Symbols are shared by every language (an English initial would mean nothing
 * to a Kazakh reader) and come from blocks that common system fonts cover, so
 * the map can draw them without font files; the category's name in the
 * reader's language stands beside them in the legend, filters and tooltips.
 * Colours keep at least 3:1 contrast against the basemap's land colour.
 */
import type { CategoryId } from '../data/vocabulary.ts';
import type { DatePrecision } from '../lib/edtf.ts';

export interface CategoryStyle {
  color: string;
  /** One character drawn inside markers and badges; see data/GLOSSARY.md. */
  symbol: string;
  group: 'pressure' | 'liberty' | 'violence' | 'mobilisation' | 'context';
}

export const CATEGORY_STYLE: Record<CategoryId, CategoryStyle> = {
  summons: { color: '#a35200', symbol: '!', group: 'pressure' },
  'content-removal': { color: '#7d5d00', symbol: '⌫', group: 'pressure' },
  'registration-denial': { color: '#8a4b24', symbol: '⊘', group: 'pressure' },
  detention: { color: '#c0392b', symbol: '▥', group: 'liberty' },
  prosecution: { color: '#8e2f66', symbol: '§', group: 'liberty' },
  sentence: { color: '#5b2a86', symbol: '⚖', group: 'liberty' },
  deportation: { color: '#8a1fa0', symbol: '⇥', group: 'liberty' },
  disappearance: { color: '#2c3e50', symbol: '?', group: 'violence' },
  killing: { color: '#6e0000', symbol: '✕', group: 'violence' },
  violence: { color: '#b03a00', symbol: '✱', group: 'violence' },
  protest: { color: '#1b63a0', symbol: '⚑', group: 'mobilisation' },
  shutdown: { color: '#006b6b', symbol: '∅', group: 'mobilisation' },
  military: { color: '#5d4037', symbol: '▲', group: 'context' },
  statement: { color: '#4a5563', symbol: '¶', group: 'context' },
  international: { color: '#2e6b30', symbol: '⊕', group: 'context' },
  disinformation: { color: '#5e5e00', symbol: '≠', group: 'context' },
  allegation: { color: '#6b4f7a', symbol: '‽', group: 'context' },
  surveillance: { color: '#3d5a73', symbol: '◉', group: 'pressure' },
};

/**
 * How the overview strip colours a date's precision, firmest first: dark blue
 * for a day, lighter blue for a month, amber for a year, amber hatching for a
 * range. Each keeps 3:1 against the strip's background; the hatching and the
 * legend's counts tell them apart without hue.
 */
export const PRECISION_STYLE: Record<DatePrecision, { color: string }> = {
  day: { color: '#1b3a5c' },
  month: { color: '#2f77b5' },
  year: { color: '#a35c00' },
  range: { color: '#a35c00' },
};
