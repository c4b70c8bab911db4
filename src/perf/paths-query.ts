/**
 * One `rackwire paths` question over a prepared design (its fabric built once by api/prepareDesign from the
 * physical check's trained link states): returns the requested result as data. The CLI and the web UI render it.
 */
import type { Catalog } from '../catalog/index.js';
import type { Design, DraftIssue } from '../model/index.js';
import type { Calibration } from './calibration.js';
import { selectDevices, type DeviceClass } from './devices.js';
import { explainPath, type PathExplanation } from './explain.js';
import { buildFabric, TIER, type Fabric } from './fabric.js';
import { designFindings, type DesignFindings } from './findings.js';
import { hostBandwidth, type HostBandwidth } from './host.js';
import { pathMatrices, type PathMatrices } from './matrices.js';
import { memoryTiers, type MemoryTiers } from './memory.js';
import { defaultProfile, type Profile } from './profile.js';
import type { TrainedMap } from './state.js';

export type PathsQuery =
  | { kind: 'matrices'; devices: readonly DeviceClass[] }
  | { kind: 'host'; devices: readonly DeviceClass[] }
  | { kind: 'memory' }
  | { kind: 'findings' }
  | { kind: 'explain'; src: string; dst: string };

export interface PathsQueryOptions {
  /** Default: `calibrated` with a calibration, else `nccl` (defaultProfile). */
  profile?: Profile;
}

/** What a question is asked of: the design and the fabric built from it (with its trained links and calibration). */
export interface PathsInput {
  design: Design;
  catalog: Catalog;
  fabric: Fabric;
  trained: TrainedMap;
  calibration: Calibration | null;
}

export type PathsResult = { profile: Profile; issues: DraftIssue[] } & (
  | {
      kind: 'matrices';
      matrices: PathMatrices;
      /** CPU socket each device hangs off (the class matrix's CPU affinity column); null when none. */
      cpuOf: Record<string, string | null>;
    }
  | { kind: 'host'; host: HostBandwidth }
  | { kind: 'memory'; memory: MemoryTiers }
  | { kind: 'findings'; findings: DesignFindings }
  | { kind: 'explain'; explain: PathExplanation }
);

/** Answers `q` for `design`; throws NotFoundError for an unknown device in `explain`. */
export function pathsQuery(input: PathsInput, q: PathsQuery, opts: PathsQueryOptions = {}): PathsResult {
  const { design, catalog, fabric: f, trained, calibration } = input;
  const profile = opts.profile ?? defaultProfile(calibration);
  switch (q.kind) {
    case 'explain': {
      const explain = explainPath(f, q.src, q.dst, profile);
      // Keep the other path available: the same pair on the design without the scale-up links the route used.
      const scaleUp = new Set(
        f.directedLinks.filter((d) => d.tier === TIER.scaleUp).flatMap((d) => d.linkIds),
      );
      if (explain.hops.some((h) => h.linkIds.some((id) => scaleUp.has(id)))) {
        const rest = { ...design, links: design.links.filter((l) => !scaleUp.has(l.id)) };
        const g = buildFabric(rest, catalog, { calibration, trained });
        const other = explainPath(g, q.src, q.dst, profile);
        if (other.hops.length) explain.alternatives.push(other);
      }
      return { kind: q.kind, profile, explain, issues: [...f.issues, ...explain.issues] };
    }
    case 'findings': {
      const findings = designFindings(f, trained);
      return { kind: q.kind, profile, findings, issues: [...f.issues, ...findings.issues] };
    }
    case 'memory': {
      const memory = memoryTiers(f);
      return { kind: q.kind, profile, memory, issues: memory.issues };
    }
    case 'host': {
      const host = hostBandwidth(f, selectDevices(design, q.devices), profile);
      return { kind: q.kind, profile, host, issues: host.issues };
    }
    case 'matrices': {
      const devices = selectDevices(design, q.devices);
      const host = hostBandwidth(f, devices, profile);
      const matrices = pathMatrices(f, devices, { profile });
      const cpuOf = Object.fromEntries(host.rows.map((r) => [r.device, r.cpu]));
      return { kind: q.kind, profile, matrices, cpuOf, issues: matrices.issues };
    }
  }
}
