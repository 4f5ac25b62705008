// Re-runs the current script with the project's own Node (from the `node`
// package in node_modules) when the system Node is older than Astro needs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureModernNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  const local = path.join(ROOT, 'node_modules', '.bin', 'node');
  if (!existsSync(local)) {
    console.error(`Node ${process.versions.node} is too old (need >= 22.12). Run \`npm install\` first: it installs Node 24 into node_modules.`);
    process.exit(1);
  }
  const result = spawnSync(local, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${path.dirname(local)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  process.exit(result.status ?? 1);
}
