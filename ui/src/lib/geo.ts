// The world map's geometry: Natural Earth 1:110m land (world-atlas), projected once.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json';

/** Where each region's data centre is (longitude, latitude). */
export const REGION_COORDS: Record<string, [number, number]> = {
  'us-east': [-77.5, 39.0], // northern Virginia
  'us-west': [-120.5, 45.6], // Oregon
  'eu-west': [-6.26, 53.35], // Dublin
  'eu-central': [8.68, 50.11], // Frankfurt
  'asia-pacific': [103.82, 1.35], // Singapore
  'sa-east': [-46.63, -23.55], // São Paulo
};

export const MAP_W = 960;
export const MAP_H = 500;

let cache: { land: string; graticule: string; points: Record<string, [number, number]>; project: (lon: number, lat: number) => [number, number] } | null = null;

export function worldGeometry() {
  if (cache) return cache;
  const projection = geoNaturalEarth1().fitExtent([[8, 8], [MAP_W - 8, MAP_H - 8]], { type: 'Sphere' });
  const path = geoPath(projection);
  // world-atlas ships the TopoJSON as plain JSON; its shape is `Topology` with a `land` object.
  const topo = land110 as unknown as Topology<{ land: GeometryObject }>;
  const landGeo = feature(topo, topo.objects.land);
  const points: Record<string, [number, number]> = {};
  for (const [r, c] of Object.entries(REGION_COORDS)) points[r] = projection(c) as [number, number];
  const project = (lon: number, lat: number) => (projection([lon, lat]) ?? [0, 0]) as [number, number];
  cache = { land: path(landGeo) ?? '', graticule: path(geoGraticule10()) ?? '', points, project };
  return cache;
}
