/** Golden outputs of `rackwire compare` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('compare', [
  cmd('compare-h100-mi300x-ualink', 'compare builtin:hgx-h100-8 builtin:mi300x-8 builtin:ualink-8'),
  cmd(
    'compare-h100-mi300x-ualink-json',
    'compare builtin:hgx-h100-8 builtin:mi300x-8 builtin:ualink-8 --json',
  ),
  cmd(
    'compare-scaleup-fabrics',
    'compare builtin:hgx-b200-8 builtin:scorpio-gen6-16 builtin:pcie-l40s-8 builtin:gb200-nvl72',
  ),
  cmd('compare-same-design', 'compare builtin:hgx-h100-8 builtin:hgx-h100-8'),
  cmd(
    'compare-prices',
    'compare builtin:hgx-h100-8 builtin:hgx-h200-8 --prices test/fixtures/bom/prices-missing.yaml',
  ),
  cmd('compare-accelerators-64', 'compare builtin:hgx-h100-8 builtin:mi300x-8 --accelerators 64'),
  cmd(
    'compare-accelerators-64-json',
    'compare builtin:hgx-h100-8 builtin:gb200-nvl72 --accelerators 64 --json',
  ),
  cmd('compare-rack-cxl', 'compare examples/rack-4x-hgx.yaml examples/cxl-memory-server.yaml'),
]);
