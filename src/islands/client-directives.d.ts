import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on first focus, pointer or touch: see focus-directive.ts. */
    'client:focus'?: boolean;
  }
}
