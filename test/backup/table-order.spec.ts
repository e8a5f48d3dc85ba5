import { parentsFirst } from '../../src/backup/table-order';

describe('parentsFirst (the loading order of a restore)', () => {
  it('puts every table after the tables its foreign keys point to, whatever the input order', () => {
    const tables = [
      { name: 'dossier_events', parents: ['dossiers'] },
      { name: 'dossiers', parents: ['agencies', 'procedures'] },
      { name: 'procedures', parents: ['agencies'] },
      { name: 'agencies', parents: [] },
      { name: 'notes', parents: ['somewhere_else'] }, // a parent outside the list is no constraint
    ];
    expect(parentsFirst(tables).map((t) => t.name)).toEqual(['agencies', 'procedures', 'dossiers', 'dossier_events', 'notes']);
    expect(parentsFirst([...tables].reverse()).map((t) => t.name)).toEqual(['notes', 'agencies', 'procedures', 'dossiers', 'dossier_events']);
  });

  it('names a cycle instead of looping', () => {
    expect(() => parentsFirst([{ name: 'a', parents: ['b'] }, { name: 'b', parents: ['a'] }])).toThrow('Foreign keys form a cycle: a → b → a');
  });
});
