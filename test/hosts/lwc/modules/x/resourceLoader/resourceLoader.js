// What `loadScript` from `lightning/platformResourceLoader` does on the platform: append a <script>
// for the static resource's URL to the document once, and resolve when it has run.
const loading = new Map();

export function loadScript(_component, url) {
  if (!loading.has(url))
    loading.set(
      url,
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${url}`));
        document.head.appendChild(script);
      }),
    );
  return loading.get(url);
}
