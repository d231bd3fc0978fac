// Preflight for `npm install` and `npm start`: one clear line, not a stack trace, when Node is too old.
// Plain JavaScript that any Node parses; the minimum is read from package.json "engines".
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const [major, minor] = wanted.replace(/^>=\s*/, '').split('.').map(Number);
const [haveMajor, haveMinor] = process.versions.node.split('.').map(Number);
if (haveMajor < major || (haveMajor === major && haveMinor < (minor || 0))) {
  console.error(`This project needs Node.js ${wanted} (24 LTS recommended); this is Node.js ${process.versions.node}. Install a newer Node and run the command again.`);
  process.exit(1);
}
