import { createHash } from 'node:crypto';
import { FileContent, FileContentCollector } from '../../src/attachments/file-content';

describe('FileContent (an upload kept as the chunks it came in)', () => {
  const chunks = [Buffer.from('%P'), Buffer.from('DF-1'), Buffer.from('.7\nrest of the file')];
  const whole = Buffer.concat(chunks);

  it('gives the first bytes across chunk boundaries, all of them when the file is shorter', () => {
    const content = FileContent.ofChunks(chunks);
    expect(content.length).toBe(whole.length);
    expect(content.head(5).toString()).toBe('%PDF-');
    expect(content.head(1000)).toEqual(whole);
    expect(FileContent.ofChunks([]).head(8)).toEqual(Buffer.alloc(0));
  });

  it('hashes and joins the chunks as one file', () => {
    const content = FileContent.ofChunks(chunks);
    expect(content.sha256()).toBe(createHash('sha256').update(whole).digest('hex'));
    expect(content.toBuffer()).toEqual(whole);
    expect(FileContent.of(whole).toBuffer()).toBe(whole); // one buffer: no copy
  });

  it('keeps large chunks as they came and joins runs of small ones into blocks of 64 KB', () => {
    const collector = new FileContentCollector();
    const large = Buffer.alloc(60 * 1024, 1);
    collector.add(large);
    for (let i = 0; i < 40; i++) collector.add(Buffer.alloc(2 * 1024, i)); // a slow client's packets
    collector.add(Buffer.alloc(20 * 1024, 2));
    const content = collector.finish();
    expect(content.chunks[0]).toBe(large);
    expect(content.chunks.map((c) => c.length)).toEqual([60 * 1024, 64 * 1024, 16 * 1024, 20 * 1024]);
    expect(content.length).toBe(160 * 1024);
    expect(content.toBuffer().subarray(60 * 1024, 62 * 1024)).toEqual(Buffer.alloc(2 * 1024, 0));
  });
});
