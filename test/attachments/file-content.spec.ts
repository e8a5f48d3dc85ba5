import { createHash } from 'node:crypto';
import { FileContent } from '../../src/attachments/file-content';

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
});
