/** Measures the first-load bundle of web/dist: the files index.html pulls in directly (entry script, modulepreloads, CSS), gzipped. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUDGET_BYTES = 150 * 1024;

export interface BundleReport {
  files: { file: string; raw: number; gzip: number }[];
  totalGzip: number;
  lazyGzip: number;
  withinBudget: boolean;
  text: string;
}

/** Files referenced by index.html (script src, link href to .js/.css) are the first load; every other .js/.css is lazy. */
export function reportBundleSize(distDir: string): BundleReport {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) refs.add(m[1]!);
  const gz = (file: string) => {
    const buf = fs.readFileSync(path.join(distDir, file));
    return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  };
  const files = [...refs].map(gz);
  files.push({ ...gz('index.html') });
  const totalGzip = files.reduce((s, f) => s + f.gzip, 0);
  const assets = fs.existsSync(path.join(distDir, 'assets')) ? fs.readdirSync(path.join(distDir, 'assets')) : [];
  const lazy = assets.map((a) => `assets/${a}`).filter((a) => /\.(js|css)$/.test(a) && !refs.has(a));
  const lazyGzip = lazy.reduce((s, f) => s + gz(f).gzip, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    'First-load bundle (gzip):',
    ...files.map((f) => `  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw  ${kb(f.gzip).padStart(9)} gz`),
    `  total first load: ${kb(totalGzip)} gz (budget ${kb(BUDGET_BYTES)})${totalGzip <= BUDGET_BYTES ? '' : '  OVER BUDGET'}`,
    `  lazy chunks: ${lazy.length}, ${kb(lazyGzip)} gz`,
  ];
  return { files, totalGzip, lazyGzip, withinBudget: totalGzip <= BUDGET_BYTES, text: lines.join('\n') };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? path.join(import.meta.dirname, 'dist');
  const report = reportBundleSize(dist);
  console.log(report.text);
  if (!report.withinBudget) process.exitCode = 1;
}
