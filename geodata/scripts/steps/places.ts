/** Named places (rivers, plants, parks, repair clusters, linear works) and national stations from geodata/sources. */
import type { LineString, Point } from 'geojson';
import placesJson from '../../sources/named-places.json';
import stationsJson from '../../sources/stations-national.json';

export interface NamedPlace {
  id: string;
  kind: 'river' | 'lake' | 'plant' | 'park' | 'repair-cluster' | 'linear-work';
  name: string;
  nameEn: string;
  geometry: LineString | Point;
  source: string;
  note?: string;
  level?: string;
}

export interface NationalStation {
  id: string;
  name: string;
  nameEn: string;
  coordinates: [number, number];
  districtCode: string;
}

export function loadNamedPlaces(): NamedPlace[] {
  return (placesJson as { places: NamedPlace[] }).places;
}

export function loadNationalStations(): NationalStation[] {
  return (stationsJson as unknown as { stations: NationalStation[] }).stations;
}

export const NATIONAL_STATIONS_NOTE = (stationsJson as { description: string }).description;
