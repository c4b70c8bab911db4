/** Text and JSON of one `rackwire paths` result (src/perf/paths-query.ts), whichever question it answers. */
import type { Design } from '../model/index.js';
import type { PathsResult } from '../perf/index.js';
import { renderClassMatrix } from './paths-class.js';
import { renderExplain } from './paths-explain.js';
import { renderFindings } from './paths-findings.js';
import { renderHostBandwidth } from './paths-host.js';
import { matricesJson } from './paths-json.js';
import { renderBandwidth, renderLatency } from './paths-matrix.js';
import { renderMemoryTiers } from './paths-memory.js';

export type MatrixView = 'class' | 'bw' | 'latency';

export interface RenderedPaths {
  text: string;
  /** Fields of the command's JSON object (the issues are added by the caller). */
  json: Record<string, unknown>;
}

/** `view` picks the text matrix; the JSON always carries all matrices. */
export function renderPaths(r: PathsResult, view: MatrixView, design: Design): RenderedPaths {
  switch (r.kind) {
    case 'explain':
      return { text: renderExplain(r.explain), json: { explain: { ...r.explain, issues: undefined } } };
    case 'findings':
      return { text: renderFindings(r.findings), json: { findings: { ...r.findings, issues: undefined } } };
    case 'memory':
      return { text: renderMemoryTiers(r.memory), json: { memory: r.memory.sockets } };
    case 'host':
      return { text: renderHostBandwidth(r.host), json: { profile: r.profile, host: r.host.rows } };
    case 'matrices': {
      const m = r.matrices;
      const text =
        view === 'class'
          ? renderClassMatrix(m, design, (d) => r.cpuOf[d] ?? null)
          : view === 'bw'
            ? renderBandwidth(m)
            : renderLatency(m);
      return { text, json: matricesJson(m) };
    }
  }
}
