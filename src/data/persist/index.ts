export {
  createLayerStore,
  saveLayer,
  listLayers,
  loadLayer,
  removeLayer,
  storageEstimate,
  toPersistError,
  PersistError,
  DEFAULT_DB_NAME,
  type LayerStore,
  type PersistErrorCode,
  type StoredLayerMeta,
} from './layer-store';
