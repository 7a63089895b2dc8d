/**
 * 1. vCard parse throughput: Rapport's reader against ical.js on the same 3.0 file, both
 * from memory so the disk is not measured. Ours does more (it builds validated-shape
 * drafts); ical.js builds jCard arrays. Target: ours ≥ 1.0x ical.js cards/s. Throughput
 * needs no 100k cards: both parse the same first 20k cards of the file.
 */
import fs from 'node:fs';
import { readVcardRecords } from '../../main/interchange/vcard/index';
import { interleave, summarise, timeAsync, timeSync } from '../lib/measure';
import { ratioOf } from '../lib/results';
import type { Suite } from '../lib/suite';

interface IcalModule {
  parse(text: string): unknown;
}

/** ical.js is an optional dev dependency: without it the benchmark says so and measures ours. */
async function loadIcal(): Promise<IcalModule | null> {
  const name = 'ical.js';
  try {
    const loaded: unknown = await import(name);
    const candidate = (loaded as { default?: unknown }).default ?? loaded;
    return typeof (candidate as IcalModule).parse === 'function' ? (candidate as IcalModule) : null;
  } catch {
    return null;
  }
}

const CHUNK = 256 * 1024;
const CARDS = 20_000;

/** The text up to and including the n-th END:VCARD. */
function firstCards(text: string, count: number): string {
  let at = 0;
  for (let seen = 0; seen < count; seen += 1) {
    const end = text.indexOf('END:VCARD', at);
    if (end < 0) return text;
    at = text.indexOf('\n', end) + 1 || text.length;
  }
  return text.slice(0, at);
}

function* chunks(bytes: Buffer): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

export const vcardParse: Suite = async ({ scale, dataSet, record }) => {
  const set = await dataSet(scale.medium);
  const whole = fs.readFileSync(set.vcard, 'utf8');
  const text = firstCards(whole, CARDS);
  const bytes = Buffer.from(text, 'utf8');
  const ical = await loadIcal();
  let cards = 0;
  const samples = await interleave(
    scale.bulkRepeats + 1,
    async () => {
      const { ms, value } = await timeAsync(async () => {
        let count = 0;
        for await (const output of readVcardRecords(chunks(bytes))) if (output.kind !== 'failed') count += 1;
        return count;
      });
      cards = value;
      return ms;
    },
    ical ? () => timeSync(() => ical.parse(text)).ms : null,
  );
  const ours = summarise(samples.ours);
  const baseline = ical ? { ...summarise(samples.baseline), name: 'ical.js' } : null;
  const ratio = ratioOf(ours, baseline);
  record({
    benchmark: '1 vCard parse',
    case: '3.0 file, from memory',
    contacts: cards,
    ours,
    baseline,
    ratio,
    figure: { name: 'cards/s', value: cards / (ours.medianMs / 1000) },
    target: 'ours ≥ 1.0x ical.js cards/s',
    // Faster means a ratio of times at or below 1.
    met: ratio === null ? null : ratio <= 1,
    note: ical ? `ical.js ${(cards / ((baseline?.medianMs ?? 1) / 1000)).toFixed(0)} cards/s` : 'ical.js is not installed: baseline not measured',
  });
};
