// The portal is a static web application: `vite build` writes `dist/`, which any static server
// serves (`serve.mjs`, as `scripts/run.sh` does). Nothing is fetched from another origin: no CDN
// fonts or scripts, and the chain's endpoint and spec come from `config.json` beside the page.
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the build works from any directory it is served from.
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // The OCDS mapping is shared with `tools/ocds-export`; its imports resolve to the portal's
    // own packages.
    dedupe: ['@noble/hashes'],
    alias: { '@ocds': new URL('../tools/ocds-export', import.meta.url).pathname },
  },
  server: { fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
