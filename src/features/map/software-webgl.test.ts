import { describe, expect, it } from 'vitest';
import { softwareRendered } from './software-webgl';

/** A canvas whose WebGL2 context names this renderer (null: no WebGL2; undefined name: the browser hides it). */
function canvasWith(renderer: string | null | undefined) {
  const UNMASKED_RENDERER_WEBGL = 0x9246;
  return {
    getContext: ((kind: string) =>
      kind !== 'webgl2' || renderer === null
        ? null
        : {
            getExtension: (name: string) =>
              name === 'WEBGL_debug_renderer_info' && renderer !== undefined ? { UNMASKED_RENDERER_WEBGL } : null,
            getParameter: (p: number) => (p === UNMASKED_RENDERER_WEBGL ? renderer : null),
          }) as unknown as HTMLCanvasElement['getContext'],
  };
}

describe('softwareRendered', () => {
  it('knows the CPU renderers of Chromium and Mesa', () => {
    expect(
      softwareRendered(canvasWith('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')),
    ).toBe(true);
    expect(softwareRendered(canvasWith('llvmpipe (LLVM 15.0.6, 256 bits)'))).toBe(true);
  });

  it('leaves a GPU, a hidden renderer and no WebGL2 alone', () => {
    expect(softwareRendered(canvasWith('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)'))).toBe(
      false,
    );
    expect(softwareRendered(canvasWith(undefined))).toBe(false);
    expect(softwareRendered(canvasWith(null))).toBe(false);
  });
});
