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
