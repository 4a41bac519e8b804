import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const webRoot = import.meta.dirname;
// The API the dev server forwards to; override to point at a backend on another port.
const apiTarget = process.env.CLOSELOOP_API_URL ?? 'http://127.0.0.1:3000';

const inPackage = (id: string, pkg: RegExp) => new RegExp(`node_modules[\\\\/]${pkg.source}[\\\\/]`).test(id);
const REACT = /(react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+)/;

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: resolve(webRoot, '../dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so they get chunks of their own that stay cached
        // across releases. Only what the first screen needs ('$initial') is grouped; library code used
        // by one page alone (the table, the date picker) stays with that page's lazily loaded chunks.
        // Dependencies of a group are pulled into it, so the groups that others depend on come first.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: (id) => inPackage(id, REACT), priority: 30 },
            {
              name: 'vendor-ui',
              test: (id) => id.includes('node_modules') && !inPackage(id, /antd/),
              tags: ['$initial'],
              priority: 20,
            },
            { name: 'vendor-antd', test: (id) => inPackage(id, /antd/), tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
