/**
 * How codes and slugs are written, in one data-free place that the browser scripts (search, 404,
 * analyzer) can import without pulling in the registry.
 */
import type { EnhancedClass } from '../registry/types';

/** The concrete form of an enhanced code in a class: concrete('x.7.1', '5') = '5.7.1'. */
export function concrete(code: string, cls: EnhancedClass): string {
  return `${cls}${code.slice(1)}`;
}

/** How a code or slug is printed: 550, X.7.1 (X.7.x), or 5.7.1 for a concrete class. */
export function displayCode(code: string, cls?: EnhancedClass): string {
  if (!code.startsWith('x.')) return code;
  return cls ? concrete(code, cls) : `X${code.slice(1)}`;
}
