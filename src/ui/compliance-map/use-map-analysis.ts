// The analysis of the map on screen, worked out after the page has painted. The analysis of a map of
// thousands of steps takes up to a second, so the page first shows "Working out the findings…" and its
// links and forms, then the findings. The last result is kept by map and `updatedAt`, so moving between the
// map's pages does not work it out again; a saved change gives a new `updatedAt` and a fresh analysis.
//
// Why not a Web Worker: the desktop app's content security policy and the file:// build make workers one
// more thing to configure and test on locked-down machines, and the analysis runs once per saved change,
// not while the person types; the pages with text fields (what-if) analyse only the trial map, also after
// painting. If maps grow beyond the bench's 2,000 steps a side, moving `analyseMap` to a worker is the
// next step: it takes and returns plain data.
import { useEffect, useState } from 'react';
import { analyseMap, type AnalyseOptions } from '../../domain/compliance-map/analyse-map';
import type { MapAnalysis } from '../../domain/compliance-map/analysis-types';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';

let last: { key: string; analysis: MapAnalysis } | null = null;

const keyOf = (map: ComplianceMap): string => `${map.id}@${map.updatedAt}`;

export interface MapAnalysisState {
  /** The latest analysis of this map, or null before the first one is worked out. */
  analysis: MapAnalysis | null;
  /** True while the analysis of the map as it is now is being worked out (`analysis` is then the one before). */
  working: boolean;
}

/**
 * The analysis of `map`. After a saved change, the analysis of the map as it was stays on screen until the
 * new one is ready, so lists the person is working through (suggestions) keep their place.
 */
export function useMapAnalysis(map: ComplianceMap): MapAnalysisState {
  const key = keyOf(map);
  const [result, setResult] = useState<{ key: string; analysis: MapAnalysis } | null>(last);
  useEffect(() => {
    if (last?.key === key) {
      const analysis = last.analysis;
      setResult((r) => (r?.key === key ? r : { key, analysis }));
      return;
    }
    // A timer, not a microtask, so the browser paints the page (and its "working out" line) first.
    const timer = window.setTimeout(() => {
      const analysis = analyseMap(map);
      last = { key, analysis };
      setResult({ key, analysis });
    }, 0);
    return () => window.clearTimeout(timer);
    // A new object with the same key is the same map: the check above returns before any work.
  }, [map, key]);
  if (last?.key === key) return { analysis: last.analysis, working: false };
  // Only an analysis of the same map is shown while working: never another project's.
  const sameMap = result !== null && result.key.startsWith(`${map.id}@`);
  return { analysis: sameMap ? result.analysis : null, working: true };
}

/**
 * The analysis of a map that is not stored (a what-if trial), worked out after painting, without
 * suggestions; `key` names the trial so it is worked out again only when the trial changes. Nothing is
 * worked out while `enabled` is false (no changes tried: the map's own analysis serves).
 */
export function useTrialAnalysis(map: ComplianceMap, key: string, enabled = true): MapAnalysis | null {
  const [result, setResult] = useState<{ key: string; analysis: MapAnalysis } | null>(null);
  const done = result?.key === key;
  useEffect(() => {
    if (done || !enabled) return;
    const options: AnalyseOptions = { suggestions: false };
    const timer = window.setTimeout(() => setResult({ key, analysis: analyseMap(map, options) }), 0);
    return () => window.clearTimeout(timer);
  }, [map, key, done, enabled]);
  return result?.key === key ? result.analysis : null;
}
