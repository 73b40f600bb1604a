/**
 * A FileSource (the library's public interface) that lists files in reverse
 * order and answers reads after a varying number of event-loop turns, so reads
 * finish in another order than they started. A scan must not care.
 */
export function reversedSource(name, files) {
  return {
    name,
    listFiles: async () => Object.keys(files).sort().reverse(),
    async readFile(relativePath) {
      for (let turns = hashOf(relativePath) % 3; turns > 0; turns--)
        await new Promise((resolve) => setImmediate(resolve));
      const content = files[relativePath];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${relativePath}`), { code: 'ENOENT' });
      return content;
    },
  };
}

const hashOf = (text) => [...text].reduce((hash, character) => (hash * 31 + character.charCodeAt(0)) >>> 0, 7);
