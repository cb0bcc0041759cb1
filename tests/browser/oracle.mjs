// An independent scoring oracle for the browser tests: reads a quiz file from
// disk and scores an answer sheet by the rules written in docs/quiz-format.md
// ("How scoring works", bands, patterns), without any of the app's code.
//
// A sheet is a string with one character per question, in question order,
// the same characters a keyboard user presses: '1'–'5' for the points of the
// scale and '0' for "Not sure". (A missing character counts as skipped.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUILTIN_QUIZ_PATH = path.join(here, '..', '..', 'content', 'candor.quiz.json');

/** The built-in quiz (or another quiz file), parsed. */
export function loadQuiz(file = BUILTIN_QUIZ_PATH) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** 1–5 → 0, 25, 50, 75, 100, turned around for reverse items; anything else is left out. */
function itemScore(question, key) {
  if (!/^[1-5]$/.test(key ?? '')) return null;
  const raw = (Number(key) - 1) * 25;
  return question.reverse ? 100 - raw : raw;
}

/** The band a rounded score falls in (bands cover 0–100 exactly once). */
function bandOf(dimension, rounded) {
  return dimension.bands.find((band) => band.min <= rounded && rounded <= band.max);
}

/** Whether every condition of a pattern holds; a condition on an unscored dimension is false. */
function patternMatches(pattern, rounded) {
  return pattern.when.every(({ dimension, below, at_least: atLeast }) => {
    const score = rounded[dimension];
    if (score === null || score === undefined) return false;
    return below !== undefined ? score < below : score >= atLeast;
  });
}

/**
 * Scores `sheet` against `quiz`. Returns
 * `{ dimensions: { [name]: { id, score, headline } }, overall, archetype }`
 * where `score` is the rounded 0–100 score or null ("not enough answers"),
 * `headline` its band's headline (null when unscored), `overall` the rounded
 * mean of the scored dimensions (null when none) and `archetype` the name of
 * the first pattern whose conditions hold.
 */
export function scoreSheet(quiz, sheet) {
  const exact = {};
  const rounded = {};
  const dimensions = {};
  for (const dimension of quiz.dimensions) {
    let total = 0;
    let weights = 0;
    let answered = 0;
    let items = 0;
    quiz.questions.forEach((question, i) => {
      if (question.dimension !== dimension.id) return;
      items += 1;
      const score = itemScore(question, sheet[i]);
      if (score === null) return;
      const weight = question.weight ?? 1;
      answered += 1;
      total += score * weight;
      weights += weight;
    });
    // "Fewer than half of its items answered shows not enough answers."
    const scored = answered > 0 && answered * 2 >= items;
    exact[dimension.id] = scored ? total / weights : null;
    rounded[dimension.id] = scored ? Math.round(exact[dimension.id]) : null;
    const band = scored ? bandOf(dimension, rounded[dimension.id]) : null;
    dimensions[dimension.name] = { id: dimension.id, score: rounded[dimension.id], headline: band ? band.headline : null };
  }
  const scoredValues = Object.values(exact).filter((value) => value !== null);
  const overall = scoredValues.length ? Math.round(scoredValues.reduce((a, b) => a + b, 0) / scoredValues.length) : null;
  const archetype = quiz.patterns.find((pattern) => patternMatches(pattern, rounded)).name;
  return { dimensions, overall, archetype };
}

/**
 * The change column of a report for `now` against `before` (two results of
 * `scoreSheet`): `{ [name]: '+13' | '-5' | '+0' | '—' }`.
 */
export function changes(now, before) {
  const result = {};
  for (const [name, { score }] of Object.entries(now.dimensions)) {
    const then = before.dimensions[name].score;
    if (score === null || then === null) {
      result[name] = '—';
    } else {
      const delta = score - then;
      result[name] = delta >= 0 ? `+${delta}` : `-${-delta}`;
    }
  }
  return result;
}

/**
 * Builds a sheet from a rule per question: `pick(question, index)` returns
 * how agreeable the answer should be, as the key pressed for a normal item;
 * reverse items get the mirrored key so that "5" always means the strongest
 * habit. Return '0' for "Not sure".
 */
export function sheetByStrength(quiz, pick) {
  return quiz.questions
    .map((question, i) => {
      const key = String(pick(question, i));
      if (key === '0') return '0';
      return question.reverse ? String(6 - Number(key)) : key;
    })
    .join('');
}

/**
 * Builds a sheet from strengths per dimension: `{ [dimension id]: [k, k, …] }`
 * gives, for each of that dimension's questions in quiz order, the key for a
 * normal item ('0' for Not sure); reverse items get the mirrored key.
 */
export function sheetByDimension(quiz, table) {
  const seen = {};
  return sheetByStrength(quiz, (question) => {
    seen[question.dimension] = (seen[question.dimension] ?? -1) + 1;
    const key = table[question.dimension]?.[seen[question.dimension]];
    if (key === undefined) throw new Error(`no answer given for ${question.id} (${question.dimension})`);
    return key;
  });
}

/**
 * The overall score read the other way (mean of the rounded dimension scores).
 * docs/quiz-format.md does not say which; tests pick sheets where both agree.
 */
export function overallFromRounded(result) {
  const scores = Object.values(result.dimensions).map(({ score }) => score).filter((score) => score !== null);
  return scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
}

// ---------------------------------------------------------------------------
// Share codes, written from the format described in src/core/share_code.rs
// and src/core/fingerprint.rs, without any of the app's code: lets tests
// make any number of valid codes and read the codes the app shows.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** CRC-32 (IEEE 802.3, reflected) of some bytes. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** base64url without padding. */
export function base64urlEncode(bytes) {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(acc >> bits) & 63];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE64URL[(acc << (6 - bits)) & 63];
  return out;
}

/** Strict base64url without padding; null for a bad character, an impossible length or set trailing bits. */
export function base64urlDecode(text) {
  if (text.length % 4 === 1) return null;
  const out = [];
  let acc = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE64URL.indexOf(char);
    if (value < 0) return null;
    acc = (acc << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
      acc &= (1 << bits) - 1;
    }
  }
  return acc === 0 ? Uint8Array.from(out) : null;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;

/** FNV-1a, 64-bit, over byte chunks; a text field is its UTF-8 bytes and a 0xff separator. */
class Fnv {
  constructor() {
    this.h = FNV_OFFSET;
  }

  bytes(bytes) {
    for (const byte of bytes) this.h = ((this.h ^ BigInt(byte)) * FNV_PRIME) & MASK64;
    return this;
  }

  field(text) {
    return this.bytes(new TextEncoder().encode(text)).bytes([0xff]);
  }

  f64(value) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    return this.bytes(new Uint8Array(view.buffer));
  }

  fold16() {
    const h = this.h;
    return Number((h ^ (h >> 16n) ^ (h >> 32n) ^ (h >> 48n)) & 0xffffn);
  }
}

/** The quiz's fingerprint: `{ quiz, content }`, two 16-bit hashes (of the id, and of what gives answers their meaning: structure and scoring, no wording). */
export function fingerprint(quiz) {
  const h = new Fnv().field(quiz.version);
  h.field(quiz.scale.not_sure !== undefined && quiz.scale.not_sure !== null ? 'not-sure' : '');
  for (const dimension of quiz.dimensions) {
    h.field(dimension.id);
    for (const band of dimension.bands) h.bytes([band.min, band.max]);
  }
  for (const question of quiz.questions) {
    h.field(question.id).field(question.dimension).bytes([question.reverse ? 1 : 0]).f64(question.weight ?? 1);
  }
  for (const pattern of quiz.patterns) {
    h.field(pattern.id);
    for (const condition of pattern.when) {
      const below = condition.below !== undefined;
      h.field(condition.dimension).bytes([below ? 0 : 1]).f64(below ? condition.below : condition.at_least);
    }
  }
  return { quiz: new Fnv().field(quiz.id).fold16(), content: h.fold16() };
}

/** Sheet character → answer code: '1'–'5' the point, '0' Not sure (6), anything else skipped (0). */
function answerCode(key) {
  if (/^[1-5]$/.test(key ?? '')) return Number(key);
  return key === '0' ? 6 : 0;
}

const ANSWER_KEYS = ['-', '1', '2', '3', '4', '5', '0'];

/**
 * The share code of `sheet` (a sheet as above; '-' or a missing character
 * is a skipped question) for `quiz`, with an optional display name.
 * `fp` overrides the quiz's fingerprint (to make codes of other quizzes).
 */
export function encodeCode(quiz, sheet, name = '', fp = fingerprint(quiz)) {
  const count = quiz.questions.length;
  const packed = new Uint8Array(Math.ceil((count * 3) / 8));
  for (let i = 0; i < count; i += 1) {
    const code = answerCode(sheet[i]);
    for (let k = 0; k < 3; k += 1) {
      if (code & (4 >> k)) {
        const bit = i * 3 + k;
        packed[bit >> 3] |= 0x80 >> (bit % 8);
      }
    }
  }
  const body = [fp.quiz >> 8, fp.quiz & 0xff, fp.content >> 8, fp.content & 0xff, ...packed, ...new TextEncoder().encode(name.trim())];
  const crc = crc32([...new TextEncoder().encode('C1'), ...body]);
  return `C1${base64urlEncode([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff])}`;
}

/**
 * Reads a code (no fingerprint check): `{ fp, sheet, name }`, `sheet` in the
 * characters above; null when it is not a well-formed, intact version-1 code.
 */
export function decodeCode(code, questionCount) {
  if (!code.startsWith('C1')) return null;
  const payload = base64urlDecode(code.slice(2));
  if (!payload || payload.length < 8) return null;
  const body = payload.slice(0, -4);
  const crc = crc32([...new TextEncoder().encode('C1'), ...body]);
  const stored = ((payload.at(-4) << 24) | (payload.at(-3) << 16) | (payload.at(-2) << 8) | payload.at(-1)) >>> 0;
  if (crc !== stored) return null;
  const packedLength = Math.ceil((questionCount * 3) / 8);
  const bit = (i) => (body[4 + (i >> 3)] >> (7 - (i % 8))) & 1;
  let sheet = '';
  for (let i = 0; i < questionCount; i += 1) {
    const value = (bit(i * 3) << 2) | (bit(i * 3 + 1) << 1) | bit(i * 3 + 2);
    if (value > 6) return null;
    sheet += ANSWER_KEYS[value];
  }
  return {
    fp: { quiz: (body[0] << 8) | body[1], content: (body[2] << 8) | body[3] },
    sheet,
    name: new TextDecoder().decode(body.slice(4 + packedLength)) || null,
  };
}

// ---------------------------------------------------------------------------
// Teams

/**
 * The team picture of several sheets (in member order), by the rules of the
 * team view: per dimension the members' rounded scores, how many are scored,
 * the average (the mean of the rounded scores, rounded half up), min, max and
 * spread; the dimensions by spread, widest first (ties in quiz order, unscored
 * last); and each member's archetype.
 */
export function scoreTeam(quiz, sheets) {
  const results = sheets.map((sheet) => scoreSheet(quiz, sheet));
  const dimensions = quiz.dimensions.map(({ name }) => {
    const scores = results.map((result) => result.dimensions[name].score);
    const got = scores.filter((score) => score !== null);
    const sum = got.reduce((a, b) => a + b, 0);
    const n = got.length;
    const [min, max] = n ? [Math.min(...got), Math.max(...got)] : [null, null];
    return {
      name,
      scores,
      scored: n,
      average: n ? Math.floor((2 * sum + n) / (2 * n)) : null,
      min,
      max,
      spread: n ? max - min : null,
    };
  });
  const byDisagreement = dimensions
    .map((dimension, index) => ({ dimension, index }))
    .sort((a, b) => (b.dimension.spread ?? -1) - (a.dimension.spread ?? -1) || a.index - b.index)
    .map(({ dimension }) => dimension.name);
  return { dimensions, byDisagreement, archetypes: results.map((result) => result.archetype), results, sheets };
}

/**
 * The rows of the team CSV (without CRLFs): header, then one row per member
 * with their scores, style, each answer as given (the key's point, the
 * quiz's "Not sure", or nothing), `date` and the quiz version; `named[m]`
 * says member `m`'s label is a name, which the CSV isolates.
 */
export function teamCsvRows(quiz, team, labels, named = [], date = new Date().toISOString().slice(0, 10)) {
  const header = ['member', ...quiz.dimensions.map(({ name }) => name), 'style', ...quiz.questions.map(({ text }) => text), 'date', 'quiz version'];
  const answer = (key) => (key === '0' ? quiz.scale.not_sure : key === '-' ? '' : key);
  const rows = labels.map((label, m) => [
    label,
    ...team.dimensions.map(({ scores }) => (scores[m] === null ? '' : String(scores[m]))),
    team.archetypes[m],
    ...[...team.sheets[m]].map(answer),
    date,
    quiz.version,
  ]);
  return [header, ...rows].map((cells, r) => cells.map((cell, c) => csvField(cell, c === 0 && named[r - 1])).join(','));
}

/** A name isolated (FSI…PDI), so a right-to-left name cannot reorder the text around it. */
export const isolate = (name) => `\u2068${name}\u2069`;

function csvField(text, name = false) {
  const shown = name ? isolate(text) : text;
  let field = /^[=+\-@\t\r]/.test(text) ? `'${shown}` : shown;
  if (/[",\r\n]/.test(text)) field = `"${field.replaceAll('"', '""')}"`;
  return field;
}

/**
 * `count` distinct answer sheets for `quiz`, drawn from a seeded generator
 * (the same seed gives the same sheets): each answer one of the five points,
 * Not sure ('0') or skipped ('-').
 */
export function randomSheets(quiz, count, seed = 1) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const keys = ['1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '0', '-'];
  const sheets = new Set();
  while (sheets.size < count) {
    sheets.add(quiz.questions.map(() => keys[Math.floor(next() * keys.length)]).join(''));
  }
  return [...sheets];
}
