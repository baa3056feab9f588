// One self-contained script for <script src> pasting: defines every element
// and exposes the models as `RevopsElements.models`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: `${root}components/index.ts`,
      formats: ['iife'],
      name: 'RevopsElements',
      fileName: () => 'revops-elements.iife.js',
    },
  },
});
