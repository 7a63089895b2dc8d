/** Replaced at build time by esbuild's `define`; the fallback serves tests run from source. */
declare const __RAPPORT_VERSION__: string | undefined;

export const RAPPORT_VERSION: string = typeof __RAPPORT_VERSION__ === 'string' ? __RAPPORT_VERSION__ : '0.0.0-dev';
