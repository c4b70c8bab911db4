/** The speed and width a link runs at: the physical check's trained state, else the reported, else the designed. */
import type { Component, Design, Link } from '../model/index.js';
import type { Catalog, Part } from '../catalog/index.js';
import { findPart } from '../catalog/index.js';

/** Trained state per link id, as `analyzePhysical(design, catalog).links` gives it. */
export interface TrainedLink {
  gen: number | null;
  width: number;
  /** Latency the link's in-channel devices and cables add, one way (ns). */
  addedLatencyNs?: number;
}
export type TrainedMap = ReadonlyMap<string, TrainedLink>;

export interface LinkRunState {
  gen: number | null;
  width: number;
  /** Where the state came from, for explanations. */
  from: 'trained' | 'reported' | 'designed';
  addedLatencyNs: number | null;
}

/** Look-ups over a design that every perf module needs. */
export interface DesignIndex {
  design: Design;
  catalog: Catalog;
  component: Map<string, Component>;
  part: (componentId: string) => Part | undefined;
  /** Model path of a link for issues (`links[<index>]`, the form io's locator maps to file:line:column). */
  linkPath: (link: Link) => string;
}

export function indexDesign(design: Design, catalog: Catalog): DesignIndex {
  const component = new Map(design.components.map((c) => [c.id, c]));
  const parts = new Map<string, Part | undefined>();
  const part = (id: string): Part | undefined => {
    if (!parts.has(id)) {
      const c = component.get(id);
      parts.set(id, c ? findPart(catalog, c.part) : undefined);
    }
    return parts.get(id);
  };
  const linkIndex = new Map(design.links.map((l, i) => [l, i]));
  const linkPath = (l: Link): string => `links[${linkIndex.get(l) ?? design.links.indexOf(l)}]`;
  return { design, catalog, component, part, linkPath };
}

const portMaxGen = (ix: DesignIndex, ref: Link['from']): number | null =>
  ix.component.get(ref.component)?.ports.find((p) => p.name === ref.port)?.maxGen ?? null;

/** The state a link runs at (issue #5: trained, else reported, else designed gen or the lower port maximum). */
export function linkRunState(ix: DesignIndex, link: Link, trained?: TrainedMap): LinkRunState {
  const t = trained?.get(link.id);
  if (t && t.gen !== null)
    return { gen: t.gen, width: t.width, from: 'trained', addedLatencyNs: t.addedLatencyNs ?? null };
  if (link.reported) return { ...link.reported, from: 'reported', addedLatencyNs: null };
  const a = portMaxGen(ix, link.from);
  const b = portMaxGen(ix, link.to);
  const portGen = a === null ? b : b === null ? a : Math.min(a, b);
  return { gen: link.gen ?? portGen, width: link.width, from: 'designed', addedLatencyNs: null };
}
