// Pure steps of make-map-data.mjs, kept apart so test/ can check them on small inputs.

/** The polygons of a TopoJSON geometry: each a list of rings, each a list of arc references. */
export function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.arcs];
  if (geometry.type === "MultiPolygon") return geometry.arcs;
  throw new Error(`unexpected geometry type ${geometry.type} for ${geometry.properties?.name}`);
}

/** Undoes TopoJSON's quantisation and delta encoding: each arc as [lon, lat] points. */
export function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** The [west, south, east, north] box of a polygon's outer ring (its first). */
export function outerBox(polygon, lonLatArcs) {
  let box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ref of polygon[0]) {
    for (const [lon, lat] of lonLatArcs[ref < 0 ? ~ref : ref]) {
      box = [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
    }
  }
  return box;
}

function centreIn(box, area) {
  const lon = (box[0] + box[2]) / 2;
  const lat = (box[1] + box[3]) / 2;
  return lon >= area[0] && lon <= area[2] && lat >= area[1] && lat <= area[3];
}

/**
 * The shapes the generator ships, by ISO alpha-3: the package's countries with the adjustments
 * applied (territories split out of the state that Natural Earth draws them with, pieces merged
 * into the state ISO 3166 counts them in). Fails when an adjustment no longer finds its polygons,
 * so a new version of the data cannot silently drop a territory.
 */
export function shapesOf(topology, adjustments) {
  const lonLat = decodeArcs(topology);
  const shapes = new Map();
  for (const g of topology.objects.countries.geometries) {
    const a3 = g.properties.a3;
    if (shapes.has(a3)) throw new Error(`two shapes with alpha-3 ${a3}`);
    shapes.set(a3, { a3, numeric: String(g.id), name: g.properties.name, polygons: polygonsOf(g) });
  }
  for (const s of adjustments.splits) {
    const from = shapes.get(s.from);
    if (!from) throw new Error(`split ${s.a3}: no shape ${s.from}`);
    if (shapes.has(s.a3)) throw new Error(`split ${s.a3}: the data already has it`);
    const moved = from.polygons.filter((p) => s.boxes.some((b) => centreIn(outerBox(p, lonLat), b)));
    if (moved.length === 0) throw new Error(`split ${s.a3}: no polygon of ${s.from} lies in its boxes`);
    from.polygons = from.polygons.filter((p) => !moved.includes(p));
    shapes.set(s.a3, { a3: s.a3, numeric: s.numeric, name: s.name, polygons: moved });
  }
  for (const m of adjustments.merges) {
    const from = shapes.get(m.from);
    const into = shapes.get(m.into);
    if (!from || !into) throw new Error(`merge ${m.from} into ${m.into}: missing shape`);
    into.polygons = into.polygons.concat(from.polygons);
    shapes.delete(m.from);
  }
  return [...shapes.values()].sort((a, b) => (a.a3 < b.a3 ? -1 : a.a3 > b.a3 ? 1 : 0));
}

/**
 * The topology quantised again on a coarser grid of {@code step} degrees: Natural Earth's 1:50m
 * outlines are not more precise than a few kilometres, so finer steps only add digits. Shared
 * positions stay shared (each is rounded the same way); repeated positions within an arc go.
 */
export function requantize(topology, step) {
  const lonLat = decodeArcs(topology);
  const arcs = lonLat.map((arc) => {
    const grid = arc.map(([lon, lat]) => [Math.round((lon + 180) / step), Math.round((lat + 90) / step)]);
    const kept = grid.filter((p, i) => i === 0 || i === grid.length - 1 || p[0] !== grid[i - 1][0] || p[1] !== grid[i - 1][1]);
    if (kept.length > 2 && kept[kept.length - 1][0] === kept[kept.length - 2][0] && kept[kept.length - 1][1] === kept[kept.length - 2][1]) {
      kept.splice(kept.length - 2, 1);
    }
    return kept.map((p, i) => (i === 0 ? p : [p[0] - kept[i - 1][0], p[1] - kept[i - 1][1]]));
  });
  return { ...topology, transform: { scale: [step, step], translate: [-180, -90] }, arcs };
}

/** An arc as TopoJSON stores it: the first position absolute, then deltas, all quantised. */
export function encodeArc(arc) {
  return arc.map(([x, y]) => `${x} ${y}`).join(" ");
}

/** Polygons as "ring|ring" lists joined by "/"; a ring is arc references joined by ",", ~i written as -(i+1). */
export function encodePolygons(polygons) {
  return polygons.map((rings) => rings.map((ring) => ring.join(",")).join("|")).join("/");
}

/** The resource text: a header naming source, version and licence, then arcs, shapes and points. */
export function renderResource({ source, topology, shapes, points }) {
  const lines = [
    "# Country outlines for the maps of Relations Timeline.",
    "# Made by scripts/map-data/make-map-data.mjs; do not edit by hand, run the script again (see its README).",
    "# Format: tab-separated records. arcs: one per line, TopoJSON-quantised x y pairs, the first absolute and",
    "# the rest deltas. shapes: alpha-3, ISO numeric, name, polygons (see Polygons in the script's README).",
    "# points: alpha-3, ISO numeric, name, longitude, latitude of territories too small for the outlines.",
    `source\t${source.name}\t${source.version}\t${source.file}`,
    `licence\t${source.licence}`,
    `data\t${source.data}`,
    `transform\t${topology.transform.scale.join("\t")}\t${topology.transform.translate.join("\t")}`,
    `arcs\t${topology.arcs.length}`,
    ...topology.arcs.map(encodeArc),
    `shapes\t${shapes.length}`,
    ...shapes.map((s) => `${s.a3}\t${s.numeric}\t${s.name}\t${encodePolygons(s.polygons)}`),
    `points\t${points.length}`,
    ...points.map((p) => `${p.a3}\t${p.numeric}\t${p.name}\t${p.lon}\t${p.lat}`),
  ];
  return lines.join("\n") + "\n";
}
