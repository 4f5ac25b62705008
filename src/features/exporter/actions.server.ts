/** The exporter's forms (sign-in, profile, products, inbox), as Astro Actions. */
export const exporterActions = {};
