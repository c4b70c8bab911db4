// Import benchmarks: a 10 MB hwloc XML (target: under 2 s), and the real samples (NCCL dump, lspci -vv, nvidia-smi).
import { readFileSync } from 'node:fs';
import { builtinCatalog } from '../src/catalog/index.js';
import { importText } from '../src/io/import/index.js';
import { exportNcclXml } from '../src/io/export/index.js';
import { generateHwloc } from '../test/fixtures/import/hwloc-gen.js';
import type { Bench } from './types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../test/fixtures/import/${name}`, import.meta.url), 'utf8');
const opts = () => ({ catalog: builtinCatalog(), pciIds: null });
/** 4 packages x 12000 cores x 2 PUs and 4 x 32 switch branches: 10.3 MB of XML. */
const big = { packages: 4, coresPerPackage: 12000, rootPortsPerPackage: 32 };

export const benches: Bench[] = [
  {
    name: 'import: hwloc XML, 10 MB',
    params: { ...big, bytes: generateHwloc(big).length },
    setup: () => generateHwloc(big),
    run: (text) => {
      importText(text as string, { ...opts(), name: 'big.xml' });
    },
    repeat: 5,
  },
  {
    name: 'import: NCCL topology dump (8x H200, partial)',
    params: {},
    setup: () => fixture('h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt'),
    run: (text) => {
      importText(text as string, opts());
    },
    repeat: 20,
  },
  {
    name: 'import: lspci -tv + -vvv (Threadripper workstation)',
    params: {},
    setup: () => fixture('puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt'),
    run: (text) => {
      importText(text as string, opts());
    },
    repeat: 20,
  },
  {
    name: 'export: NCCL XML of an imported 8-GPU node',
    params: {},
    setup: () => importText(fixture('formats-nvidia-smi-topo-m.txt'), opts()).design,
    run: (design) => {
      exportNcclXml(design as Parameters<typeof exportNcclXml>[0], builtinCatalog());
    },
    repeat: 20,
  },
];
