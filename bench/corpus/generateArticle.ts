import type { GeneratedCompany } from './companies.js';
import { DATE_FORMATS, dateLine, isoDate, randomMoment, type DateFormat, type DateLine, type Moment } from './dates.js';
import { Draft, type GoldArticle } from './draft.js';
import { goldCompany } from './goldCompany.js';
import type { Market } from './markets.js';
import { personName } from './people.js';
import { fillerSentences, proseContext } from './prose.js';
import { createRandom, hashSeed, type Random } from './random.js';
import { renderDoc, type Format } from './render.js';
import { makeSnapshot } from './snapshot.js';
import { asia } from './styles/asia.js';
import { german } from './styles/german.js';
import { india } from './styles/india.js';
import type { Style, StyleContext } from './styles/style.js';
import { uk } from './styles/uk.js';
import { usWire } from './styles/usWire.js';

export interface GeneratedArticle {
  /** File name (no directory): `bench_00042.txt`, `.html` or `.md`. */
  file: string;
  text: string;
  gold: GoldArticle;
}

function chooseStyle(market: Market, r: Random): Style {
  if (market === 'us') return r.chance(0.75) ? usWire : german;
  if (market === 'de') return german;
  if (market === 'uk') return uk;
  if (market === 'in') return india;
  return asia;
}

interface ArticleDate {
  line: DateLine;
  moment: Moment | null;
  asOf: string | null;
  format: DateFormat;
}

const DATED_FORMATS = DATE_FORMATS.filter((f) => f !== 'none');

function chooseDate(style: Style, r: Random): ArticleDate {
  if (r.chance(0.1)) return { line: { line: null, published: null }, moment: null, asOf: null, format: 'none' };
  const moment = randomMoment(r);
  const format = r.chance(0.12) ? r.pick(DATED_FORMATS) : r.pick(style.dateFormats);
  return { line: dateLine(format, moment, personName(r.pick), r), moment, asOf: isoDate(moment), format };
}

/** Adds neutral paragraphs between the lead and the closing blocks until the body reaches `target` characters. */
function padBody(draft: Draft, ctx: StyleContext, target: number): void {
  const size = (): number => draft.blocks.reduce((n, b) => n + (b.type === 'ul' ? b.items.join('').length : b.type === 'aside' ? b.lines.join('').length : b.text.length) + 1, 0);
  const end = draft.blocks.findIndex((b) => b.type === 'aside');
  let last = end < 0 ? draft.blocks.length : end;
  while (size() < target) {
    draft.blocks.splice(ctx.random.int(1, Math.max(1, last)), 0, { type: 'p', text: fillerSentences(ctx.prose, ctx.random.int(2, 4)).join(' ') });
    last++;
  }
}

/** Preferably a company from the same market, as a real rival would be. */
function chooseRival(companies: readonly GeneratedCompany[], at: number, r: Random): GeneratedCompany {
  const subject = companies[at] as GeneratedCompany;
  let rival = subject;
  for (let i = 0; i < 20 && (rival === subject || rival.market !== subject.market); i++) rival = r.pick(companies);
  return rival === subject ? (companies[(at + 1) % companies.length] as GeneratedCompany) : rival;
}

function chooseFormat(r: Random): Format {
  const u = r.next();
  return u < 0.08 ? 'html' : u < 0.16 ? 'md' : 'txt';
}

/** Article `index` of the corpus for `seed`: independent of how many others are generated. */
export function generateArticle(index: number, seed: number, companies: readonly GeneratedCompany[]): GeneratedArticle {
  const r = createRandom(hashSeed(seed, 'article', index));
  const at = r.int(0, companies.length - 1);
  const subject = companies[at] as GeneratedCompany;
  const rival = chooseRival(companies, at, r);
  const style = chooseStyle(subject.market, r);
  const snap = makeSnapshot(style === german && subject.market === 'us' && r.chance(0.5) ? 'de' : subject.market, r);
  const date = chooseDate(style, r);
  const draft = new Draft(goldCompany(subject), date.asOf);
  const ctx: StyleContext = { random: r, subject, rival, moment: date.moment, draft, snap, prose: proseContext(subject, r) };
  const title = style.write(ctx);
  padBody(draft, ctx, r.int(2200, 4800));
  const format = chooseFormat(r);
  const file = `bench_${String(index).padStart(5, '0')}.${format}`;
  const text = renderDoc({ title, date: date.line, glueDate: style.glueDate && date.format === 'german', blocks: draft.blocks }, format);
  return { file, text, gold: { file, published: date.line.published, companies: draft.companies, facts: draft.facts } };
}
