/**
 * Fails when modules import each other in a circle (a ⇄ b, or a → b → c → a), in src/,
 * scripts/ and test/. Static and dynamic imports and re-exports count, type-only ones too:
 * a circle of types still ties the modules' meanings together. Uses the TypeScript compiler
 * the project already has to find and resolve imports exactly as the type check does.
 *
 *   npx tsx scripts/check/import-cycles.ts   (npm run check:cycles; part of npm test)
 */
import path from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
if (!configPath) throw new Error('tsconfig.json not found');
const config = ts.parseJsonConfigFileContent(
  ts.readConfigFile(configPath, ts.sys.readFile).config,
  ts.sys,
  path.dirname(configPath),
);

const files = config.fileNames.filter((f) => !f.includes('/node_modules/'));
const known = new Set(files.map((f) => path.resolve(f)));
const graph = new Map<string, string[]>();
for (const file of files) {
  const from = path.resolve(file);
  const info = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
  const targets: string[] = [];
  for (const ref of info.importedFiles) {
    const resolved = ts.resolveModuleName(ref.fileName, from, config.options, ts.sys).resolvedModule
      ?.resolvedFileName;
    if (resolved && known.has(path.resolve(resolved))) targets.push(path.resolve(resolved));
  }
  graph.set(from, targets);
}

// Tarjan's strongly connected components: every component of more than one module (or a
// module importing itself) is a circle.
let index = 0;
const order = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const circles: string[][] = [];
function visit(v: string): void {
  order.set(v, index);
  low.set(v, index);
  index++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!order.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
  }
  if (low.get(v) !== order.get(v)) return;
  const component: string[] = [];
  let w: string | undefined;
  do {
    w = stack.pop();
    if (w === undefined) break;
    onStack.delete(w);
    component.push(w);
  } while (w !== v);
  if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component);
}
for (const v of graph.keys()) if (!order.has(v)) visit(v);

if (circles.length === 0) {
  console.log(`import-cycles: ${graph.size} modules, no import circle`);
} else {
  for (const c of circles) {
    const names = c.map((f) => path.relative(root, f)).sort();
    console.error(`import circle between ${names.length} modules:\n  ${names.join('\n  ')}`);
  }
  console.error(
    `import-cycles: ${circles.length} circle(s); break each by moving what both sides need into a module below them`,
  );
  process.exitCode = 1;
}
