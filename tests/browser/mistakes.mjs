// The five mistakes a coach made writing their first quiz file (issue 14),
// each in a copy of the example quiz, with what Candor says about it: shared
// by the checker's tests and the embedding journey's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ONBOARDING_PATH = path.join(here, '..', '..', 'content', 'onboarding-readiness.quiz.json');
export const ONBOARDING_TEXT = readFileSync(ONBOARDING_PATH, 'utf8');
export const onboarding = () => JSON.parse(ONBOARDING_TEXT);
export const json = (quiz) => JSON.stringify(quiz, null, 2);

/** The five mistakes a coach made writing their first quiz file, and what Candor says about each. */
export function mistakes() {
  const misspelt = onboarding();
  misspelt.questions[1].revrese = misspelt.questions[1].reverse;
  delete misspelt.questions[1].reverse;
  const quoted = onboarding();
  quoted.questions[2].weight = '2';
  const reference = onboarding();
  reference.questions[3].dimension = 'handof';
  let comma = json(onboarding());
  const end = comma.indexOf(']', comma.indexOf('"sources": [', comma.indexOf('"questions"')));
  comma = `${comma.slice(0, end).trimEnd()},\n${comma.slice(end)}`;
  const missing = onboarding();
  delete missing.questions[4].text;
  return [
    {
      name: 'misspelt.quiz.json',
      text: json(misspelt),
      message: 'question 2 (o2), revrese: unknown field "revrese"; did you mean "reverse"? ($.questions[1].revrese)',
    },
    {
      name: 'quoted.quiz.json',
      text: json(quoted),
      message: 'question 3 (o3), weight: expected a number; found the text "2": remove the quotes ($.questions[2].weight)',
    },
    {
      name: 'reference.quiz.json',
      text: json(reference),
      message:
        'question 4 (o4), dimension: no dimension has the id "handof"; the ids you can use: expectations, handoff, assertiveness ($.questions[3].dimension)',
    },
    { name: 'comma.quiz.json', text: comma, message: 'not valid JSON: a comma before `]` on line 204; remove the comma' },
    { name: 'missing.quiz.json', text: json(missing), message: 'question 5 (o5): missing field "text" ($.questions[4])' },
  ];
}

