/** Text output of a collective on a design: the nccl-tests table, then (with --explain) the time split. */
import type { DesignCollectiveResult } from '../sim/index.js';
import { renderCollectiveExplain, renderCollectiveTable } from './collective-table.js';

export function renderDesignCollective(r: DesignCollectiveResult, explain: boolean): string {
  const cal =
    r.stepLatencyUs > 0 ? `, +${r.stepLatencyUs} us calibrated ${r.latencyTier} latency per step` : '';
  const table = renderCollectiveTable(
    r,
    `${r.fabricDescription}; placement: ${r.placement.description}${cal}`,
  );
  return explain ? table + renderCollectiveExplain(r) : table;
}
