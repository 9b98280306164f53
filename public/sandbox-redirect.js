// In an iframe sandboxed without allow-same-origin, the page's module scripts and stylesheet
// cannot load (its origin is opaque, so they are cross-origin requests a static host refuses):
// open the sandbox build beside it instead, at the same view, and stop this page's requests
// before they fail. A classic script, so it loads there; first in <head>, so it runs first.
if (self.origin === 'null' && !/\/embed\/(index\.html)?$/.test(location.pathname)) {
  window.stop();
  location.replace('embed/' + location.search + location.hash);
}
