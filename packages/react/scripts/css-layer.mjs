// The one cascade layer of the widgets' stylesheet. dist/styles.css wraps every widget stylesheet in it
// (build-css.mjs); Storybook and the browser tests, which import the source stylesheets one by one, wrap them the
// same way through this Vite plugin, so that a story or a test sees the cascade a host app gets — including an
// unlayered host rule beating a widget's ordinary rule (the "Under Host Reset" stories).
export const CSS_LAYER = "chinhquyenso";

const WIDGET_CSS = /[\\/]packages[\\/]react[\\/]src[\\/].*\.css$/;

/** Wraps CSS text in the layer. */
export function inLayer(css) {
  return `@layer ${CSS_LAYER} {\n${css}}\n`;
}

/** Vite plugin: every stylesheet under packages/react/src is served inside the layer. */
export function cssLayerPlugin() {
  return {
    name: "cqs-css-layer",
    enforce: "pre",
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      if (!WIDGET_CSS.test(file)) return undefined;
      return { code: inLayer(code), map: null };
    },
  };
}
