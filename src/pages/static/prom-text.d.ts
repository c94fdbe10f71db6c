// Types of prom-text.js (a browser module the dashboard loads as is; its unit test imports it).
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
export interface Scrape {
  samples: Map<string, Sample[]>;
  types: Map<string, string>;
  help: Map<string, string>;
}
type Where = (labels: Record<string, string>) => boolean;
export function parsePrometheusText(text: string): Scrape;
export function isExported(s: Scrape, names: string[]): boolean;
export function hasSamples(s: Scrape, names: string[]): boolean;
export function total(s: Scrape, name: string, where?: Where): number;
export function byLabel(s: Scrape, name: string, label: string, where?: Where): Map<string, number>;
export function buckets(s: Scrape, name: string, where?: Where): [number, number][];
export function bucketDelta(later: [number, number][], earlier: [number, number][]): [number, number][];
export function quantile(q: number, cumulative: [number, number][]): number | undefined;
