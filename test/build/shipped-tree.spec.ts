import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The shipped tree is the product: test helpers, samples and fixtures live under test/. */
describe('shipped tree', () => {
  const sources = filesUnder(join(root, 'src')).map((file) => relative(root, file));

  it('has no test-only folder under src', () => {
    expect(sources.filter((file) => /\/(testing|samples|fixtures|__mocks__)\//.test(file))).toEqual([]);
  });

  it('has no source file of src that imports from test/', () => {
    const reachingIn = sources.filter((file) => file.endsWith('.ts') && /from '(\.\.\/)+test\//.test(readFileSync(join(root, file), 'utf8')));
    expect(reachingIn).toEqual([]);
  });
});
