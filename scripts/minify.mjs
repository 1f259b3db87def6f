// Minifies one file of the release build: reads it on stdin, writes it on stdout.
//   node scripts/minify.mjs js|script|css [name]
// js: an ES module (the wasm-bindgen glue, the split loader, index.html's start script), by
//     terser: whitespace and comments out, local names shortened; exports, imports and
//     property names (the wasm module's imports are looked up by name) untouched.
// script: a classic script (index.html's inline ones): the same, its global names untouched.
// css: a stylesheet, by lightningcss: whitespace and comments out, values shortened. No
//     browser targets: nothing is rewritten for older browsers (nesting, @layer, :has() stay).
// A failure exits non-zero with the tool's message, and the build stops (scripts/build).
import { transform } from "lightningcss";
import { minify } from "terser";

const [kind, name = "stdin"] = process.argv.slice(2);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const source = Buffer.concat(chunks);

if (kind === "js" || kind === "script") {
  const result = await minify(source.toString("utf8"), {
    module: kind === "js",
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  process.stdout.write(result.code);
} else if (kind === "css") {
  const { code, warnings } = transform({ filename: name, code: source, minify: true });
  for (const w of warnings) console.error(`minify: ${name}: ${w.message}`);
  process.stdout.write(code);
} else {
  console.error("usage: node scripts/minify.mjs js|script|css [name] < file > file.min");
  process.exit(2);
}
