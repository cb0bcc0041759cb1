//! Quiz files (`validate::parse_quiz`, and `strict::read_quiz` giving the same
//! quiz or none, with everything built on an accepted
//! quiz run once) and reports (`report::build_report`, `scoring::score`) on any
//! answer sheet of the built-in quiz.

use candor::core::answers::Answer;
use candor::core::builtin::BUILTIN_QUIZ_JSON;
use candor::core::catalogue::{CheckerTexts, ProblemTexts};
use candor::core::fingerprint::fingerprint;
use candor::core::language::Lang;
use candor::core::lint::lint;
use candor::core::outcomes::outcomes;
use candor::core::quiz::Quiz;
use candor::core::report::{build_report, statement_scores, Report, STRONG, WEAK};
use candor::core::scoring::{score, DimensionScore, Scores};
use candor::core::share_code::{decode, encode, SharedResult};

use super::{answer_of, at, ctx, ensure, on_scale, owned, split_bar, Entry, Failure, Outcome};
use crate::rng::Rng;

/// The quiz format's field names, so random objects look like quiz parts.
const QUIZ_KEYS: &[&str] = &[
    "schema",
    "id",
    "version",
    "title",
    "intro",
    "minutes",
    "language",
    "scale",
    "labels",
    "not_sure",
    "sources",
    "author",
    "date",
    "dimensions",
    "name",
    "description",
    "discussion",
    "bands",
    "min",
    "max",
    "headline",
    "advice",
    "text",
    "questions",
    "dimension",
    "reverse",
    "weight",
    "patterns",
    "when",
    "below",
    "at_least",
    "summary",
    "try_first",
    "reflections",
    "prompt",
];

const FORMAT_DOC: &str = include_str!("../../../docs/quiz-format.md");

/// The first ```json block of `docs/quiz-format.md`, the minimal example.
pub(super) fn doc_example() -> &'static str {
    let start = FORMAT_DOC.find("```json\n").expect("a ```json block") + "```json\n".len();
    let len = FORMAT_DOC[start..].find("\n```").expect("a closed block");
    &FORMAT_DOC[start..start + len + 1]
}

// ---------------------------------------------------------------------------
// quiz-file
// ---------------------------------------------------------------------------

pub fn quiz_file_entry() -> Entry {
    let onboarding = include_bytes!("../../../content/onboarding-readiness.quiz.json");
    let mut tokens: Vec<Vec<u8>> = QUIZ_KEYS
        .iter()
        .map(|k| format!("\"{k}\":").into_bytes())
        .collect();
    tokens.extend(owned(&[
        b"\"schema\": 1,",
        b"{\"id\":\"x\"}",
        b"\"2024-02-29\"",
        b"\"2023-02-29\"",
        b"\"en-GB\"",
        b"\"reverse\": true,",
        b"\"weight\": 0,",
        b"\"when\": [],",
        b"{\"dimension\":\"listening\",\"below\":50}",
        b"{\"min\":0,\"max\":100}",
    ]));
    Entry {
        max_len: 256 * 1024,
        // Small seeds are cheaper to run, so they are mutated most.
        seeds: vec![
            (doc_example().as_bytes().to_vec(), 6),
            (onboarding.to_vec(), 3),
            (BUILTIN_QUIZ_JSON.as_bytes().to_vec(), 1),
        ],
        tokens,
        alphabet: b"{}[]\":, \n0123456789-.eabcdefghijklmnopqrstuvwxyz",
        keys: QUIZ_KEYS,
        values: owned(&[
            b"\"listening\"",
            b"\"dickey\"",
            b"\"l1\"",
            b"\"x\"",
            b"[\"dickey\"]",
            b"[\"Never\",\"Rarely\",\"Sometimes\",\"Often\",\"Always\"]",
        ]),
        stress_one_in: 64 * 1024,
        ..Entry::new(
            "quiz-file",
            "validate::parse_quiz = strict::read_quiz (+ fingerprint, build_report, share codes, lint, outcomes)",
            run_quiz_file,
        )
    }
}

fn run_quiz_file(input: &[u8]) -> Outcome {
    let got = at("validate::parse_quiz", || {
        candor::core::validate::parse_quiz(input)
    });
    // What readers use first: the same quiz, or none.
    let strict = at("strict::read_quiz", || {
        candor::core::strict::read_quiz(input)
    });
    ensure!(
        strict.as_ref() == got.as_ref().ok(),
        "strict::read_quiz agrees with validate::parse_quiz",
        "strict: {}, full: {}",
        if strict.is_some() {
            "a quiz"
        } else {
            "no quiz"
        },
        if got.is_ok() { "a quiz" } else { "problems" }
    );
    let quiz = match got {
        Ok(quiz) => quiz,
        Err(problems) => {
            ensure!(
                !problems.is_empty(),
                "parse_quiz refuses a file without saying why",
                "no problems listed"
            );
            for p in &problems {
                let _ = at("Problem::to_string", || p.to_string());
                let _ = at("Problem::explain", || {
                    p.explain(ProblemTexts::of(Lang::En), Lang::En)
                });
            }
            return Ok(false);
        }
    };
    check_quiz(&quiz)?;
    check_checker(&quiz)?;
    // Everything built on a quiz, once, with sheets derived from the input.
    let n = quiz.questions.len();
    let sheet: Vec<Answer> = (0..n)
        .map(|i| Answer::from_code(((i * 5 + input.len()) % 7) as u8).unwrap_or_default())
        .collect();
    let before: Vec<Answer> = (0..n)
        .map(|i| Answer::from_code(((i * 3 + 1) % 7) as u8).unwrap_or_default())
        .collect();
    let report = at("report::build_report", || {
        build_report(&quiz, &sheet, Some(&before))
    });
    check_report(&quiz, &sheet, Some(&before), &report)?;
    let fp = at("fingerprint::fingerprint", || fingerprint(&quiz));
    let code = at("share_code::encode", || encode(fp, &sheet, Some("Ana")));
    let back = code
        .as_ref()
        .map(|code| at("share_code::decode", || decode(code, fp, n)));
    let want = SharedResult {
        answers: sheet.clone(),
        name: Some("Ana".into()),
    };
    ensure!(
        matches!(&back, Ok(Ok(r)) if *r == want),
        "a sheet of an accepted quiz does not survive a share code",
        "{code:?} read back as {back:?}"
    );
    Ok(true)
}

/// The checker's view of an accepted quiz: every warning said in full, in
/// time, and an archetype for every simple answer sheet.
fn check_checker(quiz: &Quiz) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let warnings = at("lint::lint", || lint(quiz));
    let took = started.elapsed();
    ensure!(
        took < std::time::Duration::from_secs(5),
        "the checker's warnings take too long",
        "{took:?} for {} questions",
        quiz.questions.len()
    );
    // A `{name}` in a message is one the quiz's own texts hold, never one
    // the catalogue's template left unfilled.
    let own = format!("{quiz:?}");
    for lang in Lang::ALL {
        for w in &warnings {
            let text = at("Warning::message", || {
                w.message(quiz, CheckerTexts::of(lang), lang)
            });
            let unfilled = text.split('{').skip(1).find_map(|rest| {
                let name = rest.split_once('}')?.0;
                let placeholder = format!("{{{name}}}");
                (!name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                    && !own.contains(&placeholder))
                .then_some(placeholder)
            });
            ensure!(
                unfilled.is_none(),
                "a warning leaves a placeholder unfilled",
                "{unfilled:?} in {text}"
            );
        }
    }
    let found = at("outcomes::outcomes", || outcomes(quiz));
    ensure!(
        found.archetypes.len() == quiz.patterns.len()
            && found
                .sheets
                .iter()
                .all(|s| s.archetype < quiz.patterns.len()),
        "the outcomes leave out an archetype or name one that is not there",
        "{found:?}"
    );
    Ok(())
}

/// What the rest of the code relies on in a validated quiz: references in
/// range, bands covering 0–100, a default pattern last.
fn check_quiz(quiz: &Quiz) -> Result<(), Failure> {
    let (dims, sources, questions) = (
        quiz.dimensions.len(),
        quiz.sources.len(),
        quiz.questions.len(),
    );
    let refs_ok = quiz
        .questions
        .iter()
        .all(|q| q.dimension < dims && q.sources.iter().all(|&s| s < sources))
        && quiz.patterns.iter().all(|p| {
            p.sources.iter().all(|&s| s < sources) && p.when.iter().all(|c| c.dimension < dims)
        })
        && quiz
            .reflections
            .iter()
            .all(|r| r.questions.iter().all(|&q| q < questions))
        && quiz.dimensions.iter().all(|d| {
            d.bands.iter().all(|b| {
                b.advice
                    .iter()
                    .all(|a| a.sources.iter().all(|&s| s < sources))
            })
        });
    ensure!(
        refs_ok,
        "an accepted quiz refers to something that is not there",
        "{quiz:?}"
    );
    for (i, d) in quiz.dimensions.iter().enumerate() {
        let mut next = 0u16;
        let mut covered = !d.bands.is_empty();
        for b in &d.bands {
            covered &= u16::from(b.min) == next && b.min <= b.max;
            next = u16::from(b.max) + 1;
        }
        ensure!(
            covered && next == 101 && quiz.questions_of(i).next().is_some(),
            "an accepted quiz has a dimension whose bands do not cover 0–100 or that no question measures",
            "dimension {i}: {:?}",
            d.bands
        );
    }
    ensure!(
        quiz.patterns.last().is_some_and(|p| p.when.is_empty()),
        "an accepted quiz has no default pattern last",
        "{:?}",
        quiz.patterns
    );
    Ok(())
}

/// A report's scores, bands, strengths, next steps and reflections, checked
/// against the quiz and the sheets.
fn check_report(
    quiz: &Quiz,
    sheet: &[Answer],
    before: Option<&[Answer]>,
    report: &Report,
) -> Result<(), Failure> {
    check_scores(&report.scores)?;
    let dims = quiz.dimensions.len();
    ensure!(
        report.dimensions.len() == dims && report.archetype < quiz.patterns.len(),
        "a report has the wrong shape",
        "{report:?}"
    );
    let then = before.map(|b| score(quiz, b));
    for (d, r) in report.dimensions.iter().enumerate() {
        let now = report.scores.rounded(d);
        let band_ok = match (r.score, r.band) {
            (Some(s), Some(b)) => quiz.dimensions[d]
                .bands
                .get(b)
                .is_some_and(|band| (band.min..=band.max).contains(&s)),
            (None, None) => true,
            _ => false,
        };
        let change = now
            .zip(then.as_ref().and_then(|t| t.rounded(d)))
            .map(|(n, t)| i16::from(n) - i16::from(t));
        ensure!(
            r.score == now && band_ok && r.change == change,
            "a report's dimension result does not match its score",
            "dimension {d}: {r:?}, score {now:?}, change should be {change:?}"
        );
    }
    let distinct = |v: &[usize]| v.iter().enumerate().all(|(i, a)| !v[..i].contains(a));
    // The report's rules since ties (README, "How the report ranks habits"):
    // no cap on how many; every score of STRONG or more is a strength and
    // every score under WEAK a growth area, never the other way round; best
    // (or weakest) first; equal scores are never split.
    let of = |d: usize| report.dimensions.get(d).and_then(|r| r.score);
    let sorted = |v: &[usize], high_first: bool| {
        v.windows(2).all(|w| match (of(w[0]), of(w[1])) {
            (Some(a), Some(b)) => {
                if high_first {
                    a >= b
                } else {
                    a <= b
                }
            }
            _ => false,
        })
    };
    let whole_ties = |v: &[usize]| {
        v.iter()
            .all(|&d| (0..dims).all(|e| of(e) != of(d) || v.contains(&e)))
    };
    ensure!(
        sorted(&report.strengths, true)
            && sorted(&report.growth_areas, false)
            && whole_ties(&report.strengths)
            && whole_ties(&report.growth_areas)
            && (0..dims).all(|d| match of(d) {
                Some(s) if s >= STRONG => report.strengths.contains(&d),
                Some(s) if s < WEAK => report.growth_areas.contains(&d),
                _ => true,
            })
            && report
                .strengths
                .iter()
                .all(|&d| of(d).is_some_and(|s| s >= WEAK))
            && report
                .growth_areas
                .iter()
                .all(|&d| of(d).is_some_and(|s| s < STRONG))
            && distinct(&report.strengths)
            && distinct(&report.growth_areas)
            && report
                .growth_areas
                .iter()
                .all(|g| !report.strengths.contains(g))
            && report
                .strengths
                .iter()
                .chain(&report.growth_areas)
                .all(|&d| d < dims && report.dimensions[d].score.is_some()),
        "a report's strengths and growth areas are inconsistent",
        "{:?} / {:?}",
        report.strengths,
        report.growth_areas
    );
    ensure!(
        report.next_steps.len() <= 3
            && report.next_steps.iter().all(|s| {
                s.dimension < dims
                    && report.dimensions[s.dimension].band == Some(s.band)
                    && s.advice < quiz.dimensions[s.dimension].bands[s.band].advice.len()
            }),
        "a report's next steps point at advice that is not there",
        "{:?}",
        report.next_steps
    );
    // Issue 24: the steps, lowest score first and between equal scores the
    // lowest statements first; "all score {n}" only where they do; answers
    // named as cancelling out only where they do.
    let mut gave: Vec<usize> = Vec::new();
    for s in &report.next_steps {
        if !gave.contains(&s.dimension) {
            gave.push(s.dimension);
        }
    }
    let key = |d: usize| (of(d), statement_scores(quiz, sheet, d));
    let point = |q: usize| match sheet.get(q) {
        Some(&Answer::Point(p)) => Some(p),
        _ => None,
    };
    ensure!(
        gave.windows(2).all(|w| key(w[0]) <= key(w[1]))
            && report
                .steps_even
                .is_none_or(|n| gave.iter().all(|&d| of(d) == Some(n)))
            && report.opposed.iter().all(|o| {
                let (a, b) = o.questions;
                a < b
                    && quiz.questions.get(b).is_some()
                    && quiz.questions[a].dimension == o.dimension
                    && quiz.questions[b].dimension == o.dimension
                    && quiz.questions[a].reverse != quiz.questions[b].reverse
                    && (o.point == 1 || o.point == 5)
                    && point(a) == Some(o.point)
                    && point(b) == Some(o.point)
            })
            && report.same_answer.is_none_or(|p| {
                report.opposed.is_empty()
                    && (0..quiz.questions.len())
                        .all(|q| point(q).is_none_or(|x| x == p || !(1..=5).contains(&x)))
            }),
        "a report's steps or its note on answers that cancel out say what does not hold",
        "{:?} {:?} {:?} {:?}",
        report.next_steps,
        report.steps_even,
        report.opposed,
        report.same_answer
    );
    let reflections_ok = report.reflections.len() == quiz.reflections.len()
        && report.reflections.iter().enumerate().all(|(i, r)| {
            r.reflection == i
                && r.answers.len() == quiz.reflections[i].questions.len()
                && r.answers
                    .iter()
                    .all(|&(q, a)| a == sheet.get(q).copied().unwrap_or_default())
        });
    ensure!(
        reflections_ok,
        "a report's reflections do not show the reader's answers",
        "{:?}",
        report.reflections
    );
    Ok(())
}

fn check_scores(scores: &Scores) -> Result<(), Failure> {
    let in_range = |v: f64| v.is_finite() && (0.0..=100.0).contains(&v);
    ensure!(
        scores.dimensions.iter().all(|d| match d {
            DimensionScore::Scored(v) => in_range(*v),
            DimensionScore::NotEnoughAnswers { answered, of } =>
                answered * 2 < *of || *answered == 0,
        }) && scores.overall.is_none_or(in_range),
        "a score is outside 0–100",
        "{scores:?}"
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------

pub fn report_entry() -> Entry {
    let n = ctx().n;
    let mut rng = Rng::new(8);
    let mut seeds: Vec<(Vec<u8>, u32)> = ["3", "5", "1", "0", "6"]
        .iter()
        .map(|d| (d.repeat(n).into_bytes(), 1))
        .collect();
    let random: Vec<u8> = (0..n).map(|_| b'0' + rng.below(7) as u8).collect();
    seeds.push(([&random[..], b"|", &"4".repeat(n).into_bytes()].concat(), 2));
    Entry {
        max_len: 400,
        seeds,
        tokens: owned(&[b"|", b"7", b"8", b"9", b"\x05", b"\xff"]),
        alphabet: b"0123456012345601234567890123456|",
        structured: Some(structured_sheets),
        ..Entry::new("report", "report::build_report, scoring::score", run_report)
    }
}

/// Answer bytes (see `answer_of`), optionally `|` and a previous sheet.
fn structured_sheets(rng: &mut Rng) -> Vec<u8> {
    let n = ctx().n;
    let sheet = |rng: &mut Rng| -> Vec<u8> {
        let len = if rng.chance(70) { n } else { rng.below(2 * n) };
        (0..len)
            .map(|_| match rng.below(20) {
                0 => rng.byte(),
                1 => *rng.pick(b"789"),
                _ => b'0' + rng.below(7) as u8,
            })
            .collect()
    };
    let mut out = sheet(rng);
    if rng.chance(40) {
        out.push(b'|');
        out.extend(sheet(rng));
    }
    out
}

fn run_report(input: &[u8]) -> Outcome {
    let quiz = &ctx().quiz;
    let (now, before) = split_bar(input);
    let sheet: Vec<Answer> = now.iter().map(|&b| answer_of(b)).collect();
    let before: Option<Vec<Answer>> = before.map(|b| b.iter().map(|&b| answer_of(b)).collect());
    let scores = at("scoring::score", || score(quiz, &sheet));
    check_scores(&scores)?;
    let n = quiz.questions.len();
    let normal: Vec<Answer> = (0..n)
        .map(|i| on_scale(sheet.get(i).copied().unwrap_or_default()))
        .collect();
    let normal_scores = at("scoring::score", || score(quiz, &normal));
    ensure!(
        normal_scores == scores,
        "off-scale, extra or missing answers do not score as skipped",
        "{scores:?} but {normal_scores:?} for the sheet as written"
    );
    let report = at("report::build_report", || {
        build_report(quiz, &sheet, before.as_deref())
    });
    ensure!(
        report.scores == scores,
        "build_report's scores are not score()'s",
        "{:?}",
        report.scores
    );
    check_report(quiz, &sheet, before.as_deref(), &report)?;
    Ok(scores.overall.is_some())
}
