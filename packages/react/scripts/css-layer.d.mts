import type { Plugin } from "vite";

export declare const CSS_LAYER: string;
export declare function inLayer(css: string): string;
export declare function cssLayerPlugin(): Plugin;
