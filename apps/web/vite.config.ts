import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Chunk groups (Vite 8 bundles with Rolldown: `rolldownOptions.output.codeSplitting`, not manualChunks).
// antd is by far the largest dependency and changes rarely, so it gets its own long-cached chunk; React,
// the router and react-query form a second one; each feature page is a lazy chunk of its own.
const nm = (pattern: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${pattern})[\\\\/]`);

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    // `npm start` (or `node --import tsx apps/api/src/server.ts`) listens on 3000; API_URL points elsewhere.
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react-vendor', test: nm('react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack'), priority: 30 },
            { name: 'antd-icons', test: nm('@ant-design[\\\\/]icons|@ant-design[\\\\/]icons-svg'), priority: 25 },
            // antd's own code and the rc-component primitives it is built on: two halves of one library, split
            // so neither passes the size warning; both are needed by the first screen (the login form). The
            // primitives go first: a group also takes its members' dependencies, so "antd" would swallow them.
            { name: 'antd', test: nm('antd|@ant-design'), priority: 20 },
            {
              name: 'antd-rc',
              test: nm('@rc-component|rc-[^\\\\/]+|@emotion|stylis|dayjs|@babel[\\\\/]runtime|classnames|clsx'),
              priority: 22,
            },
            { name: 'vendor', test: nm('.+?'), priority: 10 },
          ],
        },
      },
    },
  },
});
