/** Vite build for the chat UI: root web/, output web/dist/, /api proxied to the server in dev; prints the first-load gzip size. */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { reportBundleSize } from './report-bundle-size.ts';

const root = import.meta.dirname;

/** After a build, print the gzipped size of what the first page load fetches (entry + its static imports + CSS). */
function firstLoadReport(): Plugin {
  return {
    name: 'first-load-report',
    apply: 'build',
    closeBundle() {
      const report = reportBundleSize(path.join(root, 'dist'));
      console.log(report.text);
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), firstLoadReport()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
});
