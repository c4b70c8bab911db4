/** The built-in catalog, assembled from one data file per subject. */
import type { CatalogFile } from '../schema.js';
import { pcieStandards } from './pcie.js';
import { connectors, guidance, materials } from './physical.js';
import { otherStandards } from './standards.js';
import { cables } from './cables.js';
import { parts } from './parts/index.js';
import { perfGuidance } from './guidance-perf.js';
import { perfExtraCatalog } from './perf-extra.js';
import { simExtraCatalog } from './sim-extra.js';
import { planExtraCatalog } from './plan-extra.js';

export const builtinCatalogFile: CatalogFile = {
  catalogVersion: 1,
  standards: [
    ...pcieStandards,
    ...otherStandards,
    ...(perfExtraCatalog.standards ?? []),
    ...(simExtraCatalog.standards ?? []),
    ...(planExtraCatalog.standards ?? []),
  ],
  materials,
  connectors,
  cables,
  parts,
  guidance: [
    ...guidance,
    ...perfGuidance,
    ...(perfExtraCatalog.guidance ?? []),
    ...(simExtraCatalog.guidance ?? []),
    ...(planExtraCatalog.guidance ?? []),
  ],
};
