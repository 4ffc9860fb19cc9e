// Builds the renderer (the React app) for both the desktop shell and the browser build.
// `base: './'` and a hash router let the same output load from Electron's custom protocol
// and from a plain web server.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Headers for the browser build served on 127.0.0.1: the page's own Content-Security-Policy (read from
 * its meta tag, so there is one policy) plus what a meta tag cannot say: no framing by other sites.
 */
function browserBuildHeaders(): Record<string, string> {
  const html = readFileSync(new URL('./src/ui/index.html', import.meta.url), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('src/ui/index.html has no Content-Security-Policy meta tag.');
  return {
    'Content-Security-Policy': `${policy.replace(/\s+/g, ' ').trim()}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export default defineConfig({
  root: 'src/ui',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: browserBuildHeaders() },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
