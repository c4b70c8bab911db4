/** A perf.PathsInput for an in-memory design, built the way api/prepareDesign builds it (physical layer, trained links, fabric). */
import type { Catalog } from '../../src/catalog/index.js';
import type { Calibration, Design } from '../../src/model/index.js';
import { buildFabric, trainedFromPhy, type PathsInput } from '../../src/perf/index.js';
import { analyzePhysical } from '../../src/phy/index.js';

export function pathsInput(
  design: Design,
  catalog: Catalog,
  calibration: Calibration | null = null,
): PathsInput {
  const trained = trainedFromPhy(analyzePhysical(design, catalog).links);
  return {
    design,
    catalog,
    trained,
    calibration,
    fabric: buildFabric(design, catalog, { calibration, trained }),
  };
}
