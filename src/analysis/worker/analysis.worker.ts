/// <reference lib="webworker" />
/** Web Worker entry: exposes the analysis API with comlink. Spawned by client.ts. */
import * as Comlink from 'comlink';
import { createAnalysisApi } from './api';

Comlink.expose(createAnalysisApi());
