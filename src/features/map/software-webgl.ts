/** Whether the map's WebGL is drawn without a GPU, and what the map does about it. */

/**
 * WebGL without a GPU (SwiftShader, llvmpipe) shades every pixel on the CPU,
 * and the page waits for each frame before it can show it: drawn at this
 * share of the screen's resolution (56% of the pixels), a frame costs less,
 * for slightly softer lines and names. A GPU draws at full resolution.
 */
export const SOFTWARE_PIXEL_RATIO = 0.75;

/** True when the canvas's WebGL2 is drawn without a GPU, as its renderer's name says (where the browser tells it). */
export function softwareRendered(canvas: Pick<HTMLCanvasElement, 'getContext'>): boolean {
  // The map's own context: asking the canvas again returns it, without a second one.
  const gl = canvas.getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
