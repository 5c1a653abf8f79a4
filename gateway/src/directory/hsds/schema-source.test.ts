import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const SCHEMA_DIR = path.join(__dirname, 'schema');
const source = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'SOURCE.json'), 'utf8')) as {
  commit: string;
  files: Record<string, { upstream: string; gitBlob: string }>;
};

/** What `git hash-object` gives: the id of the same content in the specification's repository. */
const gitBlob = (content: Buffer) => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');

const contentOf = (file: string) => {
  const raw = fs.readFileSync(path.join(SCHEMA_DIR, file));
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
};

describe('the HSDS schemas kept in the project', () => {
  it.each(Object.entries(source.files))('%s is the specification’s file, unchanged', (file, { gitBlob: expected }) => {
    expect(gitBlob(contentOf(file))).toBe(expected);
  });

  it('holds every file of the folder in SOURCE.json, and nothing else', () => {
    const present = (dir: string): string[] =>
      fs.readdirSync(path.join(SCHEMA_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.posix.join(dir, entry.name);
        return entry.isDirectory() ? present(relative) : [relative];
      });
    const files = present('.').filter((file) => !['README.md', 'SOURCE.json'].includes(file));
    expect(files.sort()).toEqual(Object.keys(source.files).sort());
  });
});
