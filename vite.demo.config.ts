// `npm start`: the demo pages (gallery, mock CRM record, paste-only intranet page).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${root}demo`,
  publicDir: false,
  server: { port: 5173, open: false, fs: { allow: [root] } },
  resolve: { alias: { '/dist/': `${root}dist/` } },
  build: {
    outDir: `${root}dist-demo`,
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${root}demo/index.html`,
        crm: `${root}demo/crm.html`,
        intranet: `${root}demo/intranet.html`,
      },
    },
  },
});
