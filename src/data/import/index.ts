/** Public API of the importer for the UI (see README.md). The parsers themselves stay private. */
export { importFile, type ImportFileControls, type ImportInput, type ImportWorkerLike } from './client';
export { importBytes } from './import-bytes';
export { preflight, ACCEPT_ATTRIBUTE, ACCEPTED_EXTENSIONS, LARGE_FILE_BYTES } from './detect';
export { BEIJING_BBOX } from './geometry';
export { REPLACEMENT_RULES, validateReplacement } from './replaces';
export { MAX_STRING_CHARS } from './sanitize';
export type * from './types';
export { ImportFailure } from './types';
