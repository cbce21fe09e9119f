/**
 * Fills the {name} placeholders of a UI string that was rendered at build time with placeholder
 * values ("Nothing found for “{q}”") with what only the browser knows (the query, the code).
 */
export function fillTemplate(template: string | undefined, values: Record<string, string>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
