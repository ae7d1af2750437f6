import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The vocabulary is data, edited by hand a term at a time: a term written twice in one list is
// an oversight (the second copy changes nothing, and hides which one a later edit should touch).
describe('vocabulary files', () => {
  for (const language of ['fr', 'en']) {
    it(`${language}.json holds no term twice in one list`, () => {
      const file = JSON.parse(readFileSync(join(__dirname, '../../server/src/engine/vocabulary', `${language}.json`), 'utf8')) as unknown;
      const twice: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (Array.isArray(value)) {
          const seen = new Set<string>();
          for (const term of value) {
            if (typeof term !== 'string') continue;
            if (seen.has(term)) twice.push(`${path}: ${term}`);
            seen.add(term);
          }
        } else if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
        }
      };
      visit(file, '');
      assert.deepEqual(twice, []);
    });
  }
});
