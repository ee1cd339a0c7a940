import { describe, expect, it } from 'vitest';
import { classifyMapError, MapFailure } from './map-renderer';

describe('what a map error means for the pane', () => {
  it('names the worker whenever the error is about it, before or after the map loaded', () => {
    expect(classifyMapError('Worker failed to load: HTTP 404', undefined, false)).toBe('worker');
    expect(classifyMapError('worker terminated', 'incidents', true)).toBe('worker');
  });

  it('names the basemap when one of its own sources failed, even after load', () => {
    expect(classifyMapError('HTTP 404 basemap/countries.json', 'countries', false)).toBe('basemap');
    expect(classifyMapError('AJAXError: Not Found (404)', 'borders', true)).toBe('basemap');
  });

  it('blames the style for anything else before the map first loaded', () => {
    expect(classifyMapError('style is not valid', undefined, false)).toBe('style');
    expect(classifyMapError('image missing', 'incidents', false)).toBe('style');
  });

  it('keeps a working map for a later error of anything but the worker or basemap', () => {
    expect(classifyMapError('Image "marker" could not be loaded', undefined, true)).toBeNull();
    expect(classifyMapError('tile error', 'detail', true)).toBeNull();
  });

  it('carries the part for the pane and the detail for developers', () => {
    const failure = new MapFailure('basemap', 'HTTP 404');
    expect(failure.part).toBe('basemap');
    expect(failure.message).toBe('basemap: HTTP 404');
    expect(failure).toBeInstanceOf(Error);
  });
});
