// `npm start`: the demo pages (gallery, mock CRM record, paste-only intranet
// page), served from the project root so the intranet page can load the built
// IIFE from /dist like any static page. `/` redirects to the gallery.
import { defineConfig, type Plugin } from 'vite';

const toGallery: Plugin = {
  name: 'revops-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  root: '.',
  publicDir: false,
  plugins: [toGallery],
  server: { port: 5173, host: true, strictPort: false },
});
