import { join } from 'node:path';
import { findFontsDir } from './fonts';
import { mm, resolvePage } from './page';

describe('page setup', () => {
  it('defaults to A5 portrait', () => {
    const p = resolvePage();
    expect(p.size).toBe('A5');
    expect(p.width).toBeCloseTo(mm(148), 5);
    expect(p.height).toBeCloseTo(mm(210), 5);
  });

  it('turns A4 landscape and takes margins in mm', () => {
    const p = resolvePage({ size: 'A4', orientation: 'landscape', marginsMm: { left: 25 } });
    expect(p.width).toBeCloseTo(841.89, 1);
    expect(p.height).toBeCloseTo(595.28, 1);
    expect(p.margins.left).toBeCloseTo(mm(25), 5);
    expect(p.margins.top).toBeCloseTo(mm(15), 5);
  });

  it('follows Nghị định 30/2020 margins on A4 portrait', () => {
    const p = resolvePage({ size: 'A4' });
    expect([p.margins.top, p.margins.right, p.margins.bottom, p.margins.left].map((v) => Math.round(v / mm(1)))).toEqual([20, 15, 20, 30]);
  });
});

describe('fonts folder', () => {
  const root = join(__dirname, '..', '..', '..');
  it('is found from src and from the compiled dist/src', () => {
    expect(findFontsDir(__dirname)).toBe(join(root, 'assets', 'fonts'));
    expect(findFontsDir(join(root, 'dist', 'src', 'documents', 'layout'))).toBe(join(root, 'assets', 'fonts'));
  });
  it('fails clearly when missing', () => {
    expect(() => findFontsDir('/')).toThrow(/assets\/fonts/);
  });
});
