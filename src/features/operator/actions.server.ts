/** The operator's forms (verification, featured products, categories, rates, operators), as Astro Actions. */
export const operatorActions = {};
