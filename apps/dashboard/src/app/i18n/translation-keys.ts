/**
 * Helpers for the translation-file tests (kept out of the spec so they can be tested too).
 */
export type TranslationTree = { [key: string]: string | TranslationTree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. Non-string leaves are reported with their type. */
export function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    result.set(prefix, tree);
    return result;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [nested, leaf] of flatten(value, path)) {
        result.set(nested, leaf);
      }
    } else {
      result.set(path, value);
    }
  }
  return result;
}

/** Interpolation parameters of a message: `'{{a}} of {{ b }}'` → `['a', 'b']`. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
}

/**
 * Translation keys referenced in a source file:
 *  - a quoted key piped through `translate` in templates, and
 *  - any quoted dotted literal whose first segment is one of `namespaces` (route titles,
 *    dialog data, key inputs of components, key maps in TypeScript).
 */
export function referencedKeys(source: string, namespaces: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const match of source.matchAll(/'([A-Za-z][\w-]*(?:\.[\w-]+)+)'\s*\|\s*translate\b/g)) {
    keys.add(match[1]);
  }
  for (const match of source.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) {
    if (namespaces.has(match[1].split('.')[0])) {
      keys.add(match[1]);
    }
  }
  return keys;
}
