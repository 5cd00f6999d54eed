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

function absolute(arc) {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
}

function deltas(points) {
  return points.map((p, i) => (i === 0 ? [...p] : [p[0] - points[i - 1][0], p[1] - points[i - 1][1]]));
}

/**
 * Cuts the rings that cross the antimeridian (Russia's Chukotka, Fiji, Antarctica in the 1:50m
 * data, which expects a spherical renderer to clip them) into rings on either side of it, so a
 * flat projection draws them without a band across the world. Needs the grid of
 * {@link requantize}: longitude 180 is grid x 360 / step, longitude -180 is x 0.
 */
export function cutAtAntimeridian(topology) {
  const step = topology.transform.scale[0];
  const east = Math.round(360 / step);
  const points = topology.arcs.map(absolute);
  // Each crossing arc is replaced by its pieces; the first piece keeps the arc's index.
  const pieces = new Map();
  const count = points.length;
  const push = (piece, p) => {
    const last = piece[piece.length - 1];
    if (last[0] !== p[0] || last[1] !== p[1]) piece.push(p);
  };
  for (let i = 0; i < count; i++) {
    const arc = points[i];
    const cut = [[arc[0]]];
    for (let k = 1; k < arc.length; k++) {
      const [x0, y0] = arc[k - 1];
      const [x1, y1] = arc[k];
      if (Math.abs(x1 - x0) > east / 2) {
        const eastward = x1 < x0; // leaving longitude 180 for -180
        const unwrapped = eastward ? x1 + east : x1 - east;
        const edge = eastward ? east : 0;
        // A position on 180 followed by one on -180 is the same place written twice.
        const t = unwrapped === x0 ? 0 : (edge - x0) / (unwrapped - x0);
        const y = Math.round(y0 + t * (y1 - y0));
        push(cut[cut.length - 1], [edge, y]);
        cut.push([[east - edge, y]]);
      }
      push(cut[cut.length - 1], [x1, y1]);
    }
    if (cut.length === 1) continue;
    // An arc that starts or ends on the antimeridian leaves a piece of one position there.
    const [head, ...rest] = cut.filter((piece) => piece.length > 1);
    points[i] = head;
    pieces.set(i, [i, ...rest.map((piece) => points.push(piece) - 1)]);
  }
  const meridian = (from, to) => {
    // Along the edge of the map, a degree at a time: a meridian is curved in most projections.
    const path = [from];
    const lat = Math.round(1 / step);
    const sign = Math.sign(to[1] - from[1]);
    for (let y = from[1] + sign * lat; sign * (to[1] - y) > 0; y += sign * lat) path.push([from[0], y]);
    path.push(to);
    return path;
  };
  const closing = (end, start) => {
    if (end[0] === start[0]) return meridian(end, start);
    // A ring round a pole (Antarctica): down the edge, along the pole line, up the other edge.
    const pole = end[1] < Math.round(90 / step) ? 0 : Math.round(180 / step);
    const along = [];
    const lon = Math.round(1 / step);
    const sign = Math.sign(start[0] - end[0]);
    for (let x = end[0] + sign * lon; sign * (start[0] - x) > 0; x += sign * lon) along.push([x, pole]);
    return [...meridian(end, [end[0], pole]), ...along, ...meridian([start[0], pole], start)];
  };
  const endOf = (ref) => (ref < 0 ? points[~ref][0] : points[ref][points[ref].length - 1]);
  const startOf = (ref) => (ref < 0 ? points[~ref][points[~ref].length - 1] : points[ref][0]);
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  for (const g of topology.objects.countries.geometries) {
    const polygons = polygonsOf(g);
    const out = [];
    for (const polygon of polygons) {
      const crossing = polygon[0].some((ref) => pieces.has(ref < 0 ? ~ref : ref));
      if (!crossing) {
        out.push(polygon);
        continue;
      }
      // Antarctica's "hole" is the South Pole as a ring of one position: the cut ring goes round it instead.
      const holes = polygon.slice(1).filter((ring) => ring.reduce((n, ref) => n + points[ref < 0 ? ~ref : ref].length, 0) > 3);
      if (holes.length > 0) throw new Error(`${g.properties.a3}: a polygon with holes crosses the antimeridian`);
      const refs = polygon[0].flatMap((ref) => {
        const list = pieces.get(ref < 0 ? ~ref : ref);
        if (!list) return [ref];
        return ref < 0 ? list.map((p) => ~p).reverse() : list;
      });
      // Chains between jumps across the map; the ring is rotated to begin just after a jump.
      const jumps = refs.map((ref, k) => !same(endOf(ref), startOf(refs[(k + 1) % refs.length])));
      const first = jumps.indexOf(true) + 1;
      const chains = [];
      for (let k = 0; k < refs.length; k++) {
        const at = (first + k) % refs.length;
        if (k === 0 || jumps[(at - 1 + refs.length) % refs.length]) chains.push([]);
        chains[chains.length - 1].push(refs[at]);
      }
      if (chains.length > 2) throw new Error(`${g.properties.a3}: a ring crosses the antimeridian more than twice`);
      for (const chain of chains) {
        const end = endOf(chain[chain.length - 1]);
        const start = startOf(chain[0]);
        if (!same(end, start)) chain.push(points.push(closing(end, start)) - 1);
        out.push([chain]);
      }
    }
    if (g.type === "Polygon" && out.length > 1) g.type = "MultiPolygon";
    g.arcs = g.type === "Polygon" ? out[0] : out;
  }
  return { ...topology, arcs: points.map(deltas) };
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
