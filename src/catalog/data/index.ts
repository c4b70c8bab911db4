/** The built-in catalog, assembled from one data file per subject. */
import type { CatalogFile } from '../schema.js';
import { pcieStandards } from './pcie.js';
import { connectors, guidance, materials } from './physical.js';
import { otherStandards } from './standards.js';
import { cables } from './cables.js';
import { parts } from './parts/index.js';
import { rulesOfThumb } from './rules-of-thumb.js';
import { pathFiguresCatalog } from './path-figures.js';
import { ncclTuningCatalog } from './nccl-tuning.js';
import { rackGeometryCatalog } from './rack-geometry.js';

export const builtinCatalogFile: CatalogFile = {
  catalogVersion: 1,
  standards: [
    ...pcieStandards,
    ...otherStandards,
    ...(pathFiguresCatalog.standards ?? []),
    ...(ncclTuningCatalog.standards ?? []),
    ...(rackGeometryCatalog.standards ?? []),
  ],
  materials,
  connectors,
  cables,
  parts,
  guidance: [
    ...guidance,
    ...rulesOfThumb,
    ...(pathFiguresCatalog.guidance ?? []),
    ...(ncclTuningCatalog.guidance ?? []),
    ...(rackGeometryCatalog.guidance ?? []),
  ],
};
