/** Writes a Design as a format-v1 file (flat: one module per container, links at the top level). */
import { parse, stringify } from 'yaml';
import type { Catalog } from '../../catalog/index.js';
import type { Component, Design, Link, Segment } from '../../model/index.js';
import { portsOf } from './convert.js';
import type { ComponentDecl, DesignFile, LinkDecl, ModuleDecl, SegmentDecl } from './file-schema.js';

const moduleName = (containerId: string): string => containerId.replace(/[^A-Za-z0-9_-]/g, '-');

function componentDecl(c: Component, catalog: Catalog): ComponentDecl {
  const decl: ComponentDecl = { id: c.name, part: c.part };
  if (c.pciBusId !== null) decl.pciBusId = c.pciBusId;
  if (c.numaNode !== null) decl.numaNode = c.numaNode;
  if (JSON.stringify(portsOf(c.part, undefined, catalog, {})) !== JSON.stringify(c.ports)) {
    decl.ports = c.ports.map((p) => ({
      name: p.name,
      protocol: p.protocol,
      ...(p.altProtocols.length ? { altProtocols: p.altProtocols } : {}),
      lanes: p.lanes,
      ...(p.maxGen !== null ? { maxGen: p.maxGen } : {}),
      ...(p.laneRateGbps !== null ? { laneRateGbps: p.laneRateGbps } : {}),
      role: p.role,
      ...(p.bifurcation ? { bifurcation: p.bifurcation } : {}),
      ...(p.partition !== null ? { partition: p.partition } : {}),
    }));
  }
  if (Object.keys(c.infos).length) decl.infos = c.infos;
  return decl;
}

function segmentDecl(s: Segment, link: Link): SegmentDecl {
  switch (s.type) {
    case 'package':
      return {
        package:
          s.component === link.from.component
            ? 'from'
            : s.component === link.to.component
              ? 'to'
              : s.component,
      };
    case 'trace':
      return { trace: { material: s.material, lengthMm: s.lengthMm } };
    case 'via':
      return { via: s.count };
    case 'connector':
      return { connector: s.part };
    case 'cable':
      return { cable: { part: s.part, lengthMm: s.lengthMm } };
    case 'add-in-card':
      return 'add-in-card';
    case 'loss':
      return { loss: { lossDb: s.lossDb, ...(s.note ? { note: s.note } : {}) } };
    case 'device':
      return { device: s.component };
  }
}

function linkDecl(l: Link): LinkDecl {
  const derivedId = `${l.from.component}.${l.from.port}~${l.to.component}.${l.to.port}`;
  const decl: LinkDecl = {
    from: `${l.from.component}.${l.from.port}`,
    to: `${l.to.component}.${l.to.port}`,
    protocol: l.protocol,
    width: l.width,
  };
  if (l.id !== derivedId) decl.id = l.id;
  if (l.gen !== null) decl.gen = l.gen;
  if (l.laneRateGbps !== null) decl.laneRateGbps = l.laneRateGbps;
  if (l.channel.length) decl.channel = l.channel.map((s) => segmentDecl(s, l));
  if (l.reported) decl.reported = l.reported;
  if (l.capable) decl.capable = l.capable;
  return decl;
}

/** The format-v1 object of a design; loading it gives back an equal Design (ids, ports, links, channels). */
export function designToFormatObject(design: Design, catalog: Catalog): DesignFile {
  const modules: Record<string, ModuleDecl> = {};
  const byContainer = new Map<string | null, Component[]>();
  for (const c of design.components)
    byContainer.set(c.container, [...(byContainer.get(c.container) ?? []), c]);
  const instancesOf = (parent: string | null) =>
    design.containers
      .filter((k) => k.parent === parent)
      .map((k) => ({ id: k.name, module: moduleName(k.id), level: k.level }));
  for (const k of design.containers) {
    const mod: ModuleDecl = { level: k.level };
    const comps = byContainer.get(k.id) ?? [];
    if (comps.length) mod.components = comps.map((c) => componentDecl(c, catalog));
    const inst = instancesOf(k.id);
    if (inst.length) mod.instances = inst;
    modules[moduleName(k.id)] = mod;
  }
  const file: DesignFile = { formatVersion: 1, name: design.name };
  if (design.description) file.description = design.description;
  const s = design.settings;
  file.settings = {
    cablePreference: s.cablePreference,
    ...(s.recommendedMarginPct !== null ? { recommendedMarginPct: s.recommendedMarginPct } : {}),
    ...(s.rackPowerW !== null ? { rackPowerW: s.rackPowerW } : {}),
  };
  if (Object.keys(modules).length) file.modules = modules;
  const top = byContainer.get(null) ?? [];
  if (top.length) file.components = top.map((c) => componentDecl(c, catalog));
  const inst = instancesOf(null);
  if (inst.length) file.instances = inst;
  if (design.links.length) file.links = design.links.map(linkDecl);
  return file;
}

export function designToYaml(design: Design, catalog: Catalog, header?: string): string {
  return formatV1Yaml(designToFormatObject(design, catalog), header);
}

/**
 * The one serializer of format v1: a file object (flat from designToFormatObject, or the planner's compact file
 * with modules and `repeat`) as YAML, each line of `header` as a comment above it.
 */
export function formatV1Yaml(file: DesignFile | Record<string, unknown>, header?: string): string {
  const body = stringify(file, { lineWidth: 0 });
  return header
    ? header
        .split('\n')
        .map((l) => `# ${l}`)
        .join('\n') +
        '\n' +
        body
    : body;
}

/** The `modules:` declarations of a format-v1 file as written (the planner copies a preset's); null when none. */
export function moduleDeclsOf(text: string): Record<string, unknown> | null {
  return (parse(text) as { modules?: Record<string, unknown> } | null)?.modules ?? null;
}
