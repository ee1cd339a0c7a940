import { describe, expect, it } from 'vitest';
import { chunkUrl, failedPart, isChunkFailure } from './load-failure';

const chunk = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost:4173/assets/map-view-C2ZKMfV2.js',
);

describe('load failures', () => {
  it('recognises a chunk that did not load, in the wording of each browser', () => {
    expect(isChunkFailure(chunk)).toBe(true);
    expect(isChunkFailure(new TypeError('error loading dynamically imported module: /assets/x.js'))).toBe(true);
    expect(isChunkFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkFailure(new Error('Unable to preload CSS for ./assets/map-view.css'))).toBe(true);
    expect(isChunkFailure(new Error('GPUInitializationError'))).toBe(false);
    expect(isChunkFailure('a string')).toBe(false);
  });

  it('finds the chunk address to check', () => {
    expect(chunkUrl(chunk)).toBe('http://localhost:4173/assets/map-view-C2ZKMfV2.js');
    expect(chunkUrl(new Error('Unable to preload CSS for ./assets/map-view.css'))).toBe('./assets/map-view.css');
    expect(chunkUrl(new Error('no address'))).toBeNull();
  });

  it('names what failed: a part the renderer named, else the pane code or the pane', () => {
    expect(failedPart(Object.assign(new Error('x'), { part: 'worker' }), 'map')).toBe('worker');
    expect(failedPart(chunk, 'map')).toBe('mapCode');
    expect(failedPart(chunk, 'timeline')).toBe('timelineCode');
    expect(failedPart(new Error('boom'), 'timeline')).toBe('timeline');
    expect(failedPart(null, 'map')).toBe('map');
  });
});
