import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { staticDataPlugin } from './src/build/static-data-plugin.ts';
import { staticPagesPlugin } from './src/build/static-pages-plugin.ts';

export default defineConfig({
  // Relative base so the built app works from any sub-path of a static host.
  base: './',
  plugins: [react(), staticDataPlugin(import.meta.dirname), staticPagesPlugin(import.meta.dirname)],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests run thousands of cases; a busy 2-core machine needs more than the 5 s default.
    testTimeout: 30_000,
  },
});
