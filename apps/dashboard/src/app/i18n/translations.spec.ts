import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadTranslations } from './bundled-translation-loader';
import { flatten, placeholders, referencedKeys } from './translation-keys';

const workspaceRoot = resolve(__dirname, '../../../../..');
const i18nDir = join(workspaceRoot, 'apps/dashboard/src/i18n');
const dashboardLibs = join(workspaceRoot, 'libs/dashboard');
const sourceRoots = [
  join(workspaceRoot, 'apps/dashboard/src'),
  ...readdirSync(dashboardLibs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dashboardLibs, entry.name, 'src')),
];

/** Every file of a language, merged as the loader merges them (each area owns a top-level key). */
function language(lang: 'en' | 'fr'): Record<string, unknown> {
  const files = readdirSync(i18nDir).filter((name) => name === `${lang}.json` || name.endsWith(`.${lang}.json`));
  return Object.assign({}, ...files.map((name) => JSON.parse(readFileSync(join(i18nDir, name), 'utf8'))));
}

const en = language('en');
const fr = language('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    const isSource = /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name);
    return isSource ? [path] : [];
  });
}

const enKeys = flatten(en);
const frKeys = flatten(fr);
const namespaces = new Set(Object.keys(en));

describe('translation files', () => {
  it('are all loaded by the dashboard', async () => {
    expect(await loadTranslations('en')).toEqual(en);
    expect(await loadTranslations('fr')).toEqual(fr);
  });

  it('have the same keys in English and French', () => {
    const onlyInEn = [...enKeys.keys()].filter((key) => !frKeys.has(key));
    const onlyInFr = [...frKeys.keys()].filter((key) => !enKeys.has(key));
    expect({ onlyInEn, onlyInFr }).toEqual({ onlyInEn: [], onlyInFr: [] });
  });

  it('contain only non-empty strings', () => {
    const bad = [...enKeys, ...frKeys].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it('use the same interpolation parameters in both languages', () => {
    const mismatches = [...enKeys]
      .filter(([key]) => frKeys.has(key))
      .filter(
        ([key, value]) =>
          placeholders(String(value)).join() !== placeholders(String(frKeys.get(key))).join(),
      )
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('define every key used in the dashboard sources', () => {
    const files = sourceRoots.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const file of files) {
      for (const key of referencedKeys(readFileSync(file, 'utf8'), namespaces)) {
        if (typeof enKeys.get(key) !== 'string') {
          missing.push(`${relative(workspaceRoot, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('translation key helpers', () => {
  it('flatten nested objects to dotted keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', 'y'],
      ['e', 'z'],
    ]);
  });

  it('find placeholders', () => {
    expect(placeholders('{{start}} – {{ end }} of {{total}}')).toEqual(['end', 'start', 'total']);
    expect(placeholders('none')).toEqual([]);
  });

  it('find keys in templates and TypeScript, ignoring other dotted strings', () => {
    const source = `
      <h1>{{ 'admin.users.title' | translate }}</h1>
      <p>{{ 'ui.x' | translate: { n: 1 } }}</p>
      <intake-message-page titleKey="ui.forbidden.title" />
      const KEYS = { a: 'common.roles.admin' };
      import { x } from './lib/auth.service';
      const storage = 'intake.language';
      const selector = '.cdk-overlay-container';
    `;
    expect([...referencedKeys(source, new Set(['admin', 'ui', 'common']))].sort()).toEqual([
      'admin.users.title',
      'common.roles.admin',
      'ui.forbidden.title',
      'ui.x',
    ]);
  });
});
