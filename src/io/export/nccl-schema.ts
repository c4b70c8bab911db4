/**
 * What NCCL reads from an NCCL_TOPO_FILE, as a schema: every attribute NVIDIA/nccl requires (xmlGetAttrStr /
 * xmlGetAttrInt without a default) and the values it can parse, per element, plus the rules of its hand-written
 * parser (src/graph/xml.cc: double-quoted values under 256 characters, at most 16 attributes, no tabs, no `<?xml`).
 * Sources, NVIDIA/nccl at 5067397c: src/graph/xml.cc (parser, handlers), src/graph/topo.cc (ncclTopoAddCpu,
 * ncclTopoAddPci, ncclTopoAddGpu, ncclTopoAddNet, ncclTopoAddNvLinks), src/misc/utils.cc (busIdToInt64).
 */
import { z } from 'zod';
import { parseXml, type XmlNode } from '../import/xml.js';

const int = z.string().regex(/^-?(0x[0-9a-fA-F]+|\d+)$/, 'an integer (strtol)');
const hexId = z.string().regex(/^0x[0-9a-fA-F]{1,4}$/, 'a 16-bit hex id (0x10de)');
/** `dddd:bb:dd.f`: NCCL compares bus ids as strings (ncclTopoGetPciNode) and lspci / sysfs write them so. */
const busId = z
  .string()
  .regex(/^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/, 'a lower-case bus id dddd:bb:dd.f');
/** The NVLink target NCCL writes when the remote device is not visible (xml.cc ncclTopoGetXmlFromGpu). */
const hiddenTarget = z.literal('fffffff:ffff:ff');
/** kvDictPciGen keys (topo.cc), or the empty string NCCL writes itself when sysfs has no speed (read as Gen3). */
const linkSpeed = z.enum([
  '',
  '2.5 GT/s',
  '5 GT/s',
  '8 GT/s',
  '16 GT/s',
  '32 GT/s',
  '2.5 GT/s PCIe',
  '5.0 GT/s PCIe',
  '8.0 GT/s PCIe',
  '16.0 GT/s PCIe',
  '32.0 GT/s PCIe',
  '64.0 GT/s PCIe',
]);
const pciClass = z.string().regex(/^0x[0-9a-f]{6}$/, 'a 24-bit class code 0x060400');

const Cpu = z.looseObject({
  numaid: int,
  /** Absent: NCCL fills arch, vendor, familyid and modelid from the live CPU (xml.cc ncclTopoGetXmlFromCpu). */
  arch: z.enum(['x86_64', 'arm64', 'ppc64']).optional(),
  vendor: z.enum(['GenuineIntel', 'AuthenticAMD', 'CentaurHauls', '  Shanghai  ']).optional(),
  familyid: int.optional(),
  modelid: int.optional(),
  affinity: z
    .string()
    .regex(/^[0-9a-f]{8}(,[0-9a-f]{8})*$/, 'a cpumask (ffffffff,0000ffff)')
    .optional(),
});
const Pci = z.looseObject({
  busid: busId,
  class: pciClass,
  link_speed: linkSpeed,
  /** NCCL writes "" when sysfs has no width and reads it (strtol: 0) as x16. */
  link_width: z.union([int, z.literal('')]),
  vendor: hexId.optional(),
  device: hexId.optional(),
  subsystem_vendor: hexId.optional(),
  subsystem_device: hexId.optional(),
});
const Gpu = z.looseObject({ dev: int, sm: int, rank: int, gdr: z.enum(['0', '1']) });
const Nvlink = z.looseObject({ target: z.union([busId, hiddenTarget]), count: int, tclass: pciClass });
const Net = z.looseObject({
  dev: int,
  name: z.string().min(1).optional(),
  speed: int.optional(),
  port: int.optional(),
  latency: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .optional(),
  guid: z
    .string()
    .regex(/^0x[0-9a-f]+$/)
    .optional(),
  maxconn: int.optional(),
  gdr: z.enum(['0', '1']).optional(),
});

/** Children NCCL's handlers read under each element (xml.cc); others it skips with "Ignoring element". */
const CHILDREN: Record<string, string[]> = {
  system: ['cpu'],
  cpu: ['pci', 'nic'],
  pci: ['pci', 'gpu', 'nic', 'pcilink'],
  gpu: ['nvlink', 'c2c'],
  nic: ['net'],
  nvlink: [],
  net: [],
};
const SCHEMA: Record<string, z.ZodType> = { cpu: Cpu, pci: Pci, gpu: Gpu, nvlink: Nvlink, net: Net };

/**
 * Problems NCCL would have with `xml`, each as `path: message`; empty when NCCL reads every element. Beyond the
 * per-element schema: `<system version="1">`, Intel and Zhaoxin CPUs need familyid/modelid and x86 CPUs a vendor,
 * each bus id once, a GPU-class NVLink target names a GPU in the file, a `<gpu>` sits in a GPU-class `<pci>`.
 */
export function ncclXmlProblems(xml: string): string[] {
  const out: string[] = [];
  if (xml.includes('\t')) out.push("the file holds a tab: NCCL's parser only skips spaces and newlines");
  if (/^\s*<\?xml/.test(xml)) out.push("an <?xml ...?> prolog: NCCL's parser cannot read it");
  for (const m of xml.matchAll(/<([a-z]+)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>/g))
    if ((m[2]!.match(/="/g) ?? []).length > 16) out.push(`<${m[1]}> has more than 16 attributes`);
  for (const m of xml.matchAll(/="([^"]*)"/g))
    if (m[1]!.length > 255) out.push(`a value longer than 255 characters: ${m[1]!.slice(0, 40)}...`);
  const { roots, issues } = parseXml(xml);
  out.push(...issues.filter((i) => i.severity !== 'info').map((i) => i.message));
  const system = roots.find((r) => r.name === 'system');
  if (!system) return [...out, 'no <system> element'];
  if (system.attrs.version !== '1') out.push('<system> needs version="1" (NCCL_TOPO_XML_VERSION)');
  const busIds = new Map<string, string>();
  const gpus = new Set<string>();
  const targets: [string, string][] = [];
  const walk = (n: XmlNode, path: string): void => {
    const schema = SCHEMA[n.name];
    if (schema) {
      const r = schema.safeParse(n.attrs);
      if (!r.success)
        for (const i of r.error.issues) out.push(`${path}: ${i.path.join('.') || n.name}: ${i.message}`);
    }
    if (n.name === 'cpu' && n.attrs.arch === 'x86_64') {
      if (!n.attrs.vendor) out.push(`${path}: an x86_64 <cpu> needs vendor`);
      if (
        ['GenuineIntel', 'CentaurHauls', '  Shanghai  '].includes(n.attrs.vendor ?? '') &&
        (!n.attrs.familyid || !n.attrs.modelid)
      )
        out.push(`${path}: an Intel or Zhaoxin <cpu> needs familyid and modelid`);
    }
    if (n.name === 'pci' && n.attrs.busid) {
      const seen = busIds.get(n.attrs.busid);
      if (seen) out.push(`${path}: bus id ${n.attrs.busid} already used at ${seen}`);
      busIds.set(n.attrs.busid, path);
      if (n.children.some((c) => c.name === 'gpu')) {
        if (!n.attrs.class?.startsWith('0x03'))
          out.push(`${path}: a <gpu> under a non-GPU class ${n.attrs.class}`);
        gpus.add(n.attrs.busid);
      }
    }
    if (n.name === 'nvlink' && n.attrs.tclass?.startsWith('0x03') && n.attrs.target)
      targets.push([path, n.attrs.target]);
    const allowed = CHILDREN[n.name] ?? [];
    n.children.forEach((c, k) => {
      if (!allowed.includes(c.name)) out.push(`${path}: <${c.name}> is not read by NCCL under <${n.name}>`);
      walk(c, `${path}/${c.name}[${k}]`);
    });
  };
  walk(system, 'system');
  for (const [path, t] of targets)
    if (!gpus.has(t)) out.push(`${path}: NVLink target ${t} is not a GPU of the file`);
  return out;
}
