// Entry of the LWC host app (compiled by test/hosts/build.js with @lwc/rollup-plugin, native shadow).
import { createElement } from 'lwc';
import App from 'x/app';

/** Mount the app; it loads the library from `libraryUrl` after its first render, as loadScript does. */
export function mount(target, libraryUrl) {
  const app = createElement('x-app', { is: App });
  app.libraryUrl = libraryUrl;
  target.appendChild(app);
  return app;
}
