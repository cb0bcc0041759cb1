//! Every sentence the report tells a reader about themselves is true for
//! their answers (issue 24).
//!
//! Each sentence of the built-in quiz's styles is written against a stated
//! condition: [`SAYS`] lists, sentence by sentence, what it claims about the
//! reader (a habit's band, or that a habit the rules read has no score).
//! The tests then check, on every combination of habit scores the rules can
//! tell apart, that no style is chosen whose claims are false, so a style
//! never contradicts the band shown for the same habit; and on an
//! exhaustive grid of answer sheets, that the report's notes, next steps and
//! their labels say only what holds, and say one thing per situation. The
//! examples of the issue are named regression tests at the end.

mod common;

use std::collections::BTreeSet;

use candor::core::answers::Answer::{self, NotSure, Point, Skipped};
use candor::core::builtin::builtin_quiz;
use candor::core::quiz::{Quiz, Threshold};
use candor::core::report::{
    build_report, note, statement_scores, EvenAdvice, Note, Report, StepsFrom, Tie,
};
use candor::core::scoring::{item_score, DimensionScore, Scores};
use candor::core::validate::parse_quiz;
use common::sheet;

/// The built-in quiz's bands, the same for every habit: 0–39, 40–69, 70–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Band {
    Low,
    Mid,
    High,
}
use Band::*;

impl Band {
    fn of(score: u8) -> Band {
        match score {
            0..=39 => Low,
            40..=69 => Mid,
            _ => High,
        }
    }
}

/// What a sentence claims about the reader.
#[derive(Debug, Clone, Copy)]
enum Claim {
    /// The habit has a score, in one of these bands.
    Habit(&'static str, &'static [Band]),
    /// A habit that a style's rule reads has no score.
    RuleHabitUnscored,
    /// The report has next steps below.
    HasSteps,
    /// The reader skipped a statement or marked it as not applying.
    LeftSomeOut,
}
use Claim::*;

/// What one style says, sentence by sentence: its name, its summary, its
/// "try this first". A sentence with no claims speaks about the world (the
/// credited ideas), not about the reader.
struct Says {
    style: &'static str,
    name: &'static [Claim],
    summary: &'static [&'static [Claim]],
    try_first: &'static [&'static [Claim]],
}

const CANDOR_LOW: Claim = Habit("candor", &[Low]);
const WHOLEHEARTED_LOW: Claim = Habit("wholehearted", &[Low]);

const SAYS: &[Says] = &[
    Says {
        style: "silent-skeptic",
        // "The Silent Skeptic": goes along (candor), holds back (wholehearted).
        name: &[CANDOR_LOW, WHOLEHEARTED_LOW],
        summary: &[
            // "Your answers lean toward going along … and toward holding back …"
            &[CANDOR_LOW, WHOLEHEARTED_LOW],
            // "So the client gets neither your honest view nor your full effort."
            &[CANDOR_LOW, WHOLEHEARTED_LOW],
            // "One kind, clear conversation would do more …" (Simone)
            &[],
        ],
        try_first: &[&[]],
    },
    Says {
        style: "quiet-yes",
        // "The Quiet Yes": saying yes when you think the client is wrong.
        name: &[CANDOR_LOW],
        summary: &[
            // "Your answers lean toward saying yes … even when you think they are wrong."
            &[CANDOR_LOW],
            // "That can feel like good service, yet it leaves your expertise unused …"
            &[CANDOR_LOW],
            // "Clients hire advisors partly so that someone will set them straight." (Klein)
            &[],
        ],
        try_first: &[&[]],
    },
    Says {
        style: "blunt-instrument",
        name: &[Habit("candor", &[High]), Habit("listening", &[Low])],
        summary: &[
            // "Your answers show you tell clients the truth even when it's unwelcome …"
            &[Habit("candor", &[High])],
            // "They also lean toward answering before the client has been heard out …"
            &[Habit("listening", &[Low])],
            // "Listening first would make your candor easier to accept."
            &[Habit("candor", &[High])],
        ],
        try_first: &[&[]],
    },
    Says {
        style: "hoop-jumper",
        name: &[Habit("expectations", &[Low])],
        summary: &[
            // "Your answers lean toward starting work without agreeing what the client's side will provide …"
            &[Habit("expectations", &[Low])],
            // "When that side then slips, the extra effort tends to land on you."
            &[Habit("expectations", &[Low])],
            // "Success is a "two-way street," …" (Denver)
            &[],
        ],
        try_first: &[&[]],
    },
    Says {
        style: "patient-listener",
        name: &[Habit("listening", &[High])],
        summary: &[
            // "… you hear clients out before you answer, and … you speak up some
            // of the time, but less often than you listen."
            &[Habit("listening", &[High]), Habit("candor", &[Mid])],
            // "Use that habit of listening to tell clients more often …"
            &[Habit("listening", &[High]), Habit("candor", &[Low, Mid])],
        ],
        // "… Acknowledge their view first, as you already do, …"
        try_first: &[&[], &[Habit("listening", &[High])]],
    },
    Says {
        style: "trusted-advisor",
        name: &[
            Habit("candor", &[High]),
            Habit("listening", &[High]),
            Habit("integrity", &[High]),
        ],
        summary: &[
            // "… you listen first, tell clients what they need to hear, and
            // base your advice on their real interest."
            &[
                Habit("listening", &[High]),
                Habit("candor", &[High]),
                Habit("integrity", &[High]),
            ],
            // "That combination is what clients pay an advisor for." (Klein)
            &[],
            // "Your next challenge is to help the people around you …"
            &[],
        ],
        // "… show how you listen first and then speak up."
        try_first: &[&[Habit("listening", &[High]), Habit("candor", &[High])]],
    },
    Says {
        style: "candid-partner",
        name: &[Habit("candor", &[Mid, High])],
        summary: &[
            // "… you speak up with clients at least some of the time, and … you
            // agree at least some of the groundwork with them up front."
            &[
                Habit("candor", &[Mid, High]),
                Habit("expectations", &[Mid, High]),
            ],
            // "The scores below show where to build next."
            &[],
        ],
        // "Take the first of your next steps below this week."
        try_first: &[&[HasSteps]],
    },
    Says {
        style: "open-picture",
        name: &[RuleHabitUnscored],
        summary: &[
            // "Your style can't be read from your answers: at least one of the
            // habits it depends on has too few answers that count to be scored."
            &[RuleHabitUnscored],
            // "The habits that do have a score are shown below."
            &[],
            // "Answering more of the statements … will give you a fuller picture."
            &[],
        ],
        // "Go back to the statements you skipped or marked "Doesn't apply to me" …"
        try_first: &[&[LeftSomeOut]],
    },
];

fn says(style: &str) -> &'static Says {
    SAYS.iter()
        .find(|s| s.style == style)
        .unwrap_or_else(|| panic!("no claims are stated for the style {style}"))
}

fn dimension(quiz: &Quiz, id: &str) -> usize {
    quiz.dimensions
        .iter()
        .position(|d| d.id == id)
        .unwrap_or_else(|| panic!("no habit {id}"))
}

/// The habits any style's rule reads.
fn rule_habits(quiz: &Quiz) -> BTreeSet<usize> {
    quiz.patterns
        .iter()
        .flat_map(|p| p.when.iter().map(|c| c.dimension))
        .collect()
}

/// Whether `claim` holds for these rounded scores (and, for claims about
/// answers, this sheet and report).
fn holds(
    quiz: &Quiz,
    claim: Claim,
    scores: &[Option<u8>],
    answers: Option<&[Answer]>,
    report: Option<&Report>,
) -> bool {
    match claim {
        Habit(id, bands) => {
            scores[dimension(quiz, id)].is_some_and(|s| bands.contains(&Band::of(s)))
        }
        RuleHabitUnscored => rule_habits(quiz).iter().any(|&d| scores[d].is_none()),
        HasSteps => report.is_none_or(|r| !r.next_steps.is_empty()),
        LeftSomeOut => answers.is_none_or(|a| {
            (0..quiz.questions.len()).any(|q| matches!(a.get(q), None | Some(Skipped | NotSure)))
        }),
    }
}

/// Every claim of the chosen style holds; panics naming the sentence that
/// doesn't.
fn check_style(
    quiz: &Quiz,
    style: usize,
    scores: &[Option<u8>],
    answers: Option<&[Answer]>,
    report: Option<&Report>,
) {
    let says = says(&quiz.patterns[style].id);
    let sentences = std::iter::once(("name", says.name))
        .chain(says.summary.iter().map(|c| ("summary", *c)))
        .chain(says.try_first.iter().map(|c| ("try_first", *c)));
    for (i, (part, claims)) in sentences.enumerate() {
        for &claim in claims {
            assert!(
                holds(quiz, claim, scores, answers, report),
                "{}: sentence {i} ({part}) claims {claim:?}, false for scores {scores:?}",
                says.style
            );
        }
    }
}

/// A text's sentences: split after `.`, `?` or `!` followed by a space (or
/// the end).
fn sentences(text: &str) -> usize {
    let ends = text
        .match_indices(['.', '?', '!'])
        .filter(|&(i, _)| text[i + 1..].starts_with(' ') || i + 1 == text.len())
        .count();
    ends.max(1)
}

fn german() -> Quiz {
    parse_quiz(include_bytes!("../content/candor.de.quiz.json")).expect("German parses")
}

#[test]
fn every_sentence_of_every_style_has_its_claims_stated_in_both_languages() {
    for quiz in [builtin_quiz(), german()] {
        assert_eq!(
            quiz.patterns.len(),
            SAYS.len(),
            "a style without stated claims"
        );
        for pattern in &quiz.patterns {
            let says = says(&pattern.id);
            assert_eq!(
                sentences(&pattern.summary),
                says.summary.len(),
                "{} ({}): the summary's sentences and their stated claims",
                pattern.id,
                quiz.language
            );
            assert_eq!(
                sentences(&pattern.try_first),
                says.try_first.len(),
                "{} ({}): try_first's sentences and their stated claims",
                pattern.id,
                quiz.language
            );
        }
    }
}

#[test]
fn the_rules_cut_where_the_bands_do() {
    // So a style's claim about a habit is a claim about its band, and the
    // style and the band shown can't disagree.
    let quiz = builtin_quiz();
    for d in &quiz.dimensions {
        let bands: Vec<(u8, u8)> = d.bands.iter().map(|b| (b.min, b.max)).collect();
        assert_eq!(bands, [(0, 39), (40, 69), (70, 100)], "{}", d.id);
    }
    for p in &quiz.patterns {
        for c in &p.when {
            let t = match c.threshold {
                Threshold::Below(t) | Threshold::AtLeast(t) => t,
            };
            assert!(t == 40.0 || t == 70.0, "{}: a rule at {t}", p.id);
        }
    }
}

/// Every rounded score one habit can reach: its statements answered in
/// every way (each a point, "doesn't apply" or skipped).
fn reachable(quiz: &Quiz, d: usize) -> BTreeSet<Option<u8>> {
    let items: Vec<usize> = quiz.questions_of(d).collect();
    let options = [
        Point(1),
        Point(2),
        Point(3),
        Point(4),
        Point(5),
        NotSure,
        Skipped,
    ];
    let mut out = BTreeSet::new();
    let mut sheet = vec![Skipped; quiz.questions.len()];
    for n in 0..options.len().pow(items.len() as u32) {
        let mut k = n;
        for &q in &items {
            sheet[q] = options[k % options.len()];
            k /= options.len();
        }
        out.insert(candor::core::scoring::score(quiz, &sheet).rounded(d));
    }
    out
}

/// Per habit, the values that tell every rule apart: no score, and the
/// lowest and highest reachable score of each band.
fn telling_values(quiz: &Quiz, d: usize) -> Vec<Option<u8>> {
    let reach = reachable(quiz, d);
    let mut out = vec![None];
    for band in [Low, Mid, High] {
        let inside: Vec<u8> = reach
            .iter()
            .flatten()
            .copied()
            .filter(|&s| Band::of(s) == band)
            .collect();
        out.push(inside.first().copied());
        out.push(inside.last().copied());
    }
    out.dedup();
    out.into_iter()
        .enumerate()
        .filter(|&(i, v)| i == 0 || v.is_some())
        .map(|(_, v)| v)
        .collect()
}

fn scores_of(values: &[Option<u8>]) -> Scores {
    Scores {
        dimensions: values
            .iter()
            .map(|v| match v {
                Some(s) => DimensionScore::Scored(f64::from(*s)),
                None => DimensionScore::NotEnoughAnswers { answered: 0, of: 4 },
            })
            .collect(),
        overall: None,
    }
}

#[test]
fn on_every_combination_of_habit_scores_the_style_says_only_what_holds() {
    let quiz = builtin_quiz();
    let values: Vec<Vec<Option<u8>>> = (0..quiz.dimensions.len())
        .map(|d| telling_values(&quiz, d))
        .collect();
    // 7 values (no score, each band's lowest and highest) for each of 7
    // habits: 823,543 combinations, every one the rules can tell apart.
    assert!(values.iter().all(|v| v.len() == 7), "{values:?}");
    let total: usize = values.iter().map(Vec::len).product();
    let mut scores = vec![None; values.len()];
    let mut reached = BTreeSet::new();
    for n in 0..total {
        let mut k = n;
        for (d, v) in values.iter().enumerate() {
            scores[d] = v[k % v.len()];
            k /= v.len();
        }
        let style = quiz.archetype(&scores_of(&scores));
        reached.insert(style);
        check_style(&quiz, style, &scores, None, None);
        // The default style only where a habit the rules read has no score:
        // a reader who answered enough always gets a style.
        if quiz.patterns[style].when.is_empty() {
            assert!(holds(&quiz, RuleHabitUnscored, &scores, None, None));
        }
    }
    assert_eq!(
        reached.len(),
        quiz.patterns.len(),
        "every style is reachable"
    );
}

/// Answers to some statements: (question index, answer).
type Combo = Vec<(usize, Answer)>;

/// One answer combination of habit `d`'s statements for each score it can
/// reach (the first found), to build sheets with chosen scores.
fn representatives(quiz: &Quiz, d: usize) -> Vec<(Option<u8>, Combo)> {
    let items: Vec<usize> = quiz.questions_of(d).collect();
    let options = [Point(1), Point(2), Point(3), Point(4), Point(5), NotSure];
    let mut out: Vec<(Option<u8>, Combo)> = Vec::new();
    let mut sheet = vec![Skipped; quiz.questions.len()];
    for n in 0..options.len().pow(items.len() as u32) {
        let mut k = n;
        let mut combo = Vec::new();
        for &q in &items {
            sheet[q] = options[k % options.len()];
            combo.push((q, sheet[q]));
            k /= options.len();
        }
        let s = candor::core::scoring::score(quiz, &sheet).rounded(d);
        if !out.iter().any(|(v, _)| *v == s) {
            out.push((s, combo));
        }
    }
    out
}

/// Checks everything a report says against the sheet it was built from.
fn check_report(quiz: &Quiz, answers: &[Answer], report: &Report) {
    let scores: Vec<Option<u8>> = report.dimensions.iter().map(|d| d.score).collect();
    check_style(quiz, report.archetype, &scores, Some(answers), Some(report));
    // The style and the bands shown agree (the band is the score's band).
    for (d, result) in report.dimensions.iter().enumerate() {
        if let (Some(s), Some(b)) = (result.score, result.band) {
            assert_eq!(b, quiz.band_index(d, s));
        }
    }

    let score = |d: usize| scores[d].expect("steps come from scored habits");
    let step_habits: Vec<usize> = report.next_steps.iter().fold(Vec::new(), |mut v, s| {
        if !v.contains(&s.dimension) {
            v.push(s.dimension);
        }
        v
    });
    let scored: Vec<usize> = (0..scores.len()).filter(|&d| scores[d].is_some()).collect();
    let candidates: Vec<usize> = match report.steps_from {
        StepsFrom::GrowthAreas => report.growth_areas.clone(),
        StepsFrom::LowestHabits => scored
            .iter()
            .copied()
            .filter(|d| !report.strengths.contains(d))
            .collect(),
        StepsFrom::Strengths => scored.clone(),
    };
    // The label says which habits the steps come from: check it is so.
    match report.steps_from {
        StepsFrom::GrowthAreas => assert!(!report.growth_areas.is_empty()),
        StepsFrom::LowestHabits => assert!(report.growth_areas.is_empty()),
        StepsFrom::Strengths => {
            assert!(report.growth_areas.is_empty());
            assert!(scored.iter().all(|d| report.strengths.contains(d)));
        }
    }
    for &d in &step_habits {
        assert!(
            candidates.contains(&d),
            "a step from outside the habits its label names"
        );
    }
    // "lowest score first": no candidate passed over for a higher one, and
    // between equal scores, the reader's lowest statements first.
    let key = |d: usize| (score(d), statement_scores(quiz, answers, d));
    for w in step_habits.windows(2) {
        assert!(
            key(w[0]) <= key(w[1]),
            "steps out of order: {step_habits:?}"
        );
    }
    if let Some(&last) = step_habits.last() {
        for &d in &candidates {
            if !step_habits.contains(&d) {
                assert!(
                    key(d) >= key(last),
                    "habit {d} passed over for a higher one"
                );
            }
        }
    }
    // "… all score {score}": only when they do.
    match report.steps_even {
        Some(s) => {
            assert!(candidates.len() >= 2);
            assert!(candidates.iter().all(|&d| score(d) == s));
        }
        None => assert!(
            candidates.len() < 2 || candidates.iter().any(|&d| score(d) != score(candidates[0]))
        ),
    }
    // The tie sentence: only where equal scores decided something.
    let mut tie = Tie::None;
    for (i, &a) in candidates.iter().enumerate() {
        for &b in &candidates[i + 1..] {
            let gave = step_habits.contains(&a) || step_habits.contains(&b);
            if gave && score(a) == score(b) {
                tie = tie.max(if key(a) == key(b) {
                    Tie::QuizOrder
                } else {
                    Tie::Statements
                });
            }
        }
    }
    assert_eq!(report.steps_tie, tie);

    // The note on the profile, and the one instruction it gives.
    match note(report) {
        Some(Note::Even { low, high, advice }) => {
            assert!(high - low <= 10);
            match advice {
                // "Keep these habits up": the steps help keep them up.
                EvenAdvice::Strong => assert_eq!(report.steps_from, StepsFrom::Strengths),
                // "start with the next steps below"
                EvenAdvice::Low => {
                    assert_eq!(report.steps_from, StepsFrom::GrowthAreas);
                    assert!(!report.next_steps.is_empty());
                }
                // "they come from your lowest scores"
                EvenAdvice::Middle => {
                    let lowest = scored.iter().map(|&d| score(d)).min().unwrap();
                    assert_eq!(score(step_habits[0]), lowest);
                }
                EvenAdvice::None => assert!(report.next_steps.is_empty()),
            }
        }
        Some(Note::NothingStandsOut) => {
            assert_eq!(report.steps_from, StepsFrom::LowestHabits);
        }
        None => {}
    }

    // Answers that cancel out: exactly the pairs that do.
    let point = |q: usize| match answers.get(q) {
        Some(&Point(p)) => Some(p),
        _ => None,
    };
    let mut pairs = Vec::new();
    for d in 0..quiz.dimensions.len() {
        let items: Vec<usize> = quiz.questions_of(d).collect();
        for (i, &a) in items.iter().enumerate() {
            for &b in &items[i + 1..] {
                if quiz.questions[a].reverse != quiz.questions[b].reverse
                    && point(a).is_some_and(|p| p == 1 || p == 5)
                    && point(a) == point(b)
                {
                    pairs.push((a, b));
                }
            }
        }
    }
    let named: Vec<(usize, usize)> = report.opposed.iter().map(|o| o.questions).collect();
    match report.same_answer {
        Some(p) => {
            let given: Vec<u8> = (0..quiz.questions.len()).filter_map(point).collect();
            assert!(given.iter().all(|&g| g == p) && given.len() * 2 >= quiz.questions.len());
            assert!(named.is_empty(), "one note, not two");
        }
        None => assert_eq!(named, pairs),
    }
}

#[test]
fn on_a_grid_of_answer_sheets_notes_steps_and_labels_say_only_what_holds() {
    let quiz = builtin_quiz();
    // Per habit: no score, and one sheet for each of a low, two middle and
    // a high score (some scores repeat across habits, so ties are common).
    let wanted = [None, Some(25), Some(50), Some(56), Some(75), Some(100)];
    let reps: Vec<Vec<Combo>> = (0..quiz.dimensions.len())
        .map(|d| {
            let all = representatives(&quiz, d);
            wanted
                .iter()
                .map(|w| {
                    all.iter()
                        .find(|(s, _)| s == w)
                        .unwrap_or_else(|| panic!("{w:?} unreachable"))
                        .1
                        .clone()
                })
                .collect()
        })
        .collect();
    let total = wanted.len().pow(reps.len() as u32);
    let mut answers = vec![Skipped; quiz.questions.len()];
    for n in 0..total {
        let mut k = n;
        for per_habit in &reps {
            for &(q, a) in &per_habit[k % wanted.len()] {
                answers[q] = a;
            }
            k /= wanted.len();
        }
        let report = build_report(&quiz, &answers, None);
        check_report(&quiz, &answers, &report);
    }
}

#[test]
fn on_every_sheet_answered_with_one_or_two_points_the_report_says_only_what_holds() {
    // Sheets of two answers in every arrangement a habit's statements can
    // take, the same in every habit: ties everywhere, and answers that
    // cancel out.
    let quiz = builtin_quiz();
    let points = [Point(1), Point(3), Point(5), NotSure];
    for a in points {
        for b in points {
            for mask in 0..16u32 {
                let answers: Vec<Answer> = (0..quiz.questions.len())
                    .map(|q| if mask >> (q % 4) & 1 == 1 { a } else { b })
                    .collect();
                let report = build_report(&quiz, &answers, None);
                check_report(&quiz, &answers, &report);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The examples of issue 24, as regression tests
// ---------------------------------------------------------------------------

fn style_of(report: &Report) -> &'static str {
    let quiz = builtin_quiz();
    says(&quiz.patterns[report.archetype].id).style
}

fn all_texts(quiz: &Quiz, report: &Report) -> String {
    let p = &quiz.patterns[report.archetype];
    let mut out = format!("{} {} {}", p.name, p.summary, p.try_first);
    for (d, r) in report.dimensions.iter().enumerate() {
        if let Some(b) = r.band {
            out.push(' ');
            out.push_str(&quiz.dimensions[d].bands[b].headline);
        }
    }
    out
}

#[test]
fn low_wholehearted_answers_that_admit_no_grumbling_are_not_told_of_grumbling() {
    // Issue: q7 Rarely, q14 Never, q21 Never, q28 Never gave wholehearted
    // 44 and the silent skeptic's "grumbling". Now 44 is a middle score and
    // no text names grumbling.
    let quiz = builtin_quiz();
    let answers = sheet(
        &quiz,
        &[
            ("q7", Point(2)),
            ("q14", Point(1)),
            ("q21", Point(1)),
            ("q28", Point(1)),
            ("q2", Point(5)),
            ("q9", Point(1)),
            ("q16", Point(1)),
            ("q23", Point(5)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    assert_eq!(
        report.dimensions[dimension(&quiz, "wholehearted")].score,
        Some(44)
    );
    assert_ne!(style_of(&report), "silent-skeptic");
    assert!(!all_texts(&quiz, &report).to_lowercase().contains("grumbl"));
    check_report(&quiz, &answers, &report);
}

#[test]
fn a_middle_candor_score_is_never_called_unafraid_of_the_truth() {
    // Issue: candor 63 gave the blunt instrument ("You don't shy away from
    // telling clients the truth") beside the band "You speak up sometimes".
    let quiz = builtin_quiz();
    let answers = sheet(
        &quiz,
        &[
            ("q2", Point(2)),
            ("q9", Point(4)),
            ("q16", Point(3)),
            ("q23", Point(3)),
            ("q4", Point(5)),
            ("q11", Point(1)),
            ("q18", Point(5)),
            ("q25", Point(1)),
            ("q5", Point(4)),
            ("q19", Point(4)),
            ("q12", Point(2)),
            ("q26", Point(2)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    assert_eq!(
        report.dimensions[dimension(&quiz, "candor")].score,
        Some(63)
    );
    assert_ne!(style_of(&report), "blunt-instrument");
    check_report(&quiz, &answers, &report);
}

#[test]
fn expectations_of_44_are_not_told_they_agree_too_little() {
    let quiz = builtin_quiz();
    let answers = sheet(
        &quiz,
        &[
            ("q5", Point(5)),
            ("q19", Point(4)),
            ("q12", Point(5)),
            ("q26", Point(5)),
            ("q2", Point(2)),
            ("q9", Point(4)),
            ("q16", Point(4)),
            ("q23", Point(2)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    assert_eq!(
        report.dimensions[dimension(&quiz, "expectations")].score,
        Some(44)
    );
    assert_ne!(style_of(&report), "hoop-jumper");
    check_report(&quiz, &answers, &report);
}

#[test]
fn the_trusted_advisor_claims_nothing_about_owning_mistakes() {
    // Issue: "builds trust that lasts" with ownership 0.
    let quiz = builtin_quiz();
    // The best answer to every statement, and the worst to ownership's.
    let answers: Vec<Answer> = quiz
        .questions
        .iter()
        .map(|q| {
            let best = quiz.dimensions[q.dimension].id != "ownership";
            Point(if q.reverse != best { 5 } else { 1 })
        })
        .collect();
    let report = build_report(&quiz, &answers, None);
    assert_eq!(
        report.dimensions[dimension(&quiz, "ownership")].score,
        Some(0)
    );
    assert_eq!(style_of(&report), "trusted-advisor");
    assert!(!says("trusted-advisor")
        .summary
        .iter()
        .flat_map(|s| s.iter())
        .any(|c| matches!(c, Habit("ownership", _))));
    assert!(!all_texts(&quiz, &report).contains("trust that lasts"));
    check_report(&quiz, &answers, &report);
}

#[test]
fn expectations_answered_never_throughout_are_named_as_cancelling_out() {
    // Issue: the candid partner was told "you agree the basics of working
    // together" when q5, q19, q12 and q26 were all Never. That scores 50 (a
    // middle score: "at least some of the groundwork"), and the report now
    // names the answers that cancel out.
    let quiz = builtin_quiz();
    let answers = sheet(
        &quiz,
        &[
            ("q5", Point(1)),
            ("q19", Point(1)),
            ("q12", Point(1)),
            ("q26", Point(1)),
            ("q2", Point(2)),
            ("q9", Point(4)),
            ("q16", Point(4)),
            ("q23", Point(2)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    let expectations = dimension(&quiz, "expectations");
    assert_eq!(report.dimensions[expectations].score, Some(50));
    assert_eq!(style_of(&report), "candid-partner");
    let named: Vec<(&str, &str)> = report
        .opposed
        .iter()
        .filter(|o| o.dimension == expectations)
        .map(|o| {
            (
                quiz.questions[o.questions.0].id.as_str(),
                quiz.questions[o.questions.1].id.as_str(),
            )
        })
        .collect();
    assert_eq!(
        named,
        [("q5", "q12"), ("q5", "q26"), ("q12", "q19"), ("q19", "q26")]
    );
    check_report(&quiz, &answers, &report);
}

#[test]
fn three_answers_that_do_not_apply_do_not_make_an_open_picture() {
    // Issue: three "Not sure" answers reached "Many of your answers were
    // 'Not sure'". Spread over habits, three leave every habit scored and
    // the reader gets a style; the open picture needs a habit the rules
    // read to have too few answers, and says exactly that.
    let quiz = builtin_quiz();
    let mut answers = vec![Point(3); quiz.questions.len()];
    for q in [0, 1, 2] {
        answers[q] = NotSure;
    }
    let report = build_report(&quiz, &answers, None);
    assert_ne!(style_of(&report), "open-picture");
    check_report(&quiz, &answers, &report);

    let candor: Vec<usize> = quiz.questions_of(dimension(&quiz, "candor")).collect();
    let mut answers = vec![Point(3); quiz.questions.len()];
    for &q in &candor[..3] {
        answers[q] = NotSure;
    }
    let report = build_report(&quiz, &answers, None);
    assert_eq!(style_of(&report), "open-picture");
    assert!(!quiz.patterns[report.archetype]
        .summary
        .contains("Many of your answers"));
    check_report(&quiz, &answers, &report);
}

#[test]
fn the_quiet_yes_is_named_for_saying_yes_not_for_one_statement() {
    // Issue: "The Order Taker" was named after q15 and reached with q15
    // Never. The style is now named for its habit, saying no.
    let quiz = builtin_quiz();
    let answers = sheet(
        &quiz,
        &[
            ("q15", Point(1)),
            ("q2", Point(5)),
            ("q9", Point(1)),
            ("q16", Point(2)),
            ("q23", Point(4)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    assert_eq!(style_of(&report), "quiet-yes");
    assert!(!quiz.patterns.iter().any(|p| p.name.contains("Order")));
    check_report(&quiz, &answers, &report);
}

#[test]
fn sometimes_everywhere_gets_one_instruction() {
    // Issue: three instructions (pick a lowest habit; pick the one that
    // matters most; steps in file order labelled "lowest-scoring").
    let quiz = builtin_quiz();
    let answers = vec![Point(3); quiz.questions.len()];
    let report = build_report(&quiz, &answers, None);
    assert_eq!(
        note(&report),
        Some(Note::Even {
            low: 50,
            high: 50,
            advice: EvenAdvice::Middle
        })
    );
    assert_eq!(report.steps_from, StepsFrom::LowestHabits);
    assert_eq!(report.steps_even, Some(50));
    // Every statement scores 50 too: the quiz's order decides, and the
    // label says so.
    assert_eq!(report.steps_tie, Tie::QuizOrder);
    assert_eq!(report.same_answer, Some(3));
    assert_eq!(style_of(&report), "candid-partner");
    check_report(&quiz, &answers, &report);
}

#[test]
fn a_perfect_sheet_is_told_its_habits_all_score_100() {
    let quiz = builtin_quiz();
    let answers: Vec<Answer> = quiz
        .questions
        .iter()
        .map(|q| Point(if q.reverse { 1 } else { 5 }))
        .collect();
    let report = build_report(&quiz, &answers, None);
    assert_eq!(report.steps_from, StepsFrom::Strengths);
    assert_eq!(report.steps_even, Some(100));
    assert_eq!(report.steps_tie, Tie::QuizOrder);
    assert_eq!(report.same_answer, None, "the answers differ");
    assert!(report.opposed.is_empty(), "and agree with each other");
    check_report(&quiz, &answers, &report);
}

#[test]
fn tied_habits_give_steps_by_the_readers_own_lowest_statements() {
    // Integrity and candor both 50; candor's lowest statement is lower
    // (0 against 25), so candor's advice comes first, not the file's order.
    let quiz = builtin_quiz();
    let mut marks: Vec<(&str, Answer)> = Vec::new();
    for id in ["q1", "q8", "q15", "q22"] {
        marks.push((id, Point(3)));
    }
    // Candor: q9 5 (100), q16 1 (0), q2 3 (50), q23 3 (50) = 50.
    marks.extend([
        ("q9", Point(5)),
        ("q16", Point(1)),
        ("q2", Point(3)),
        ("q23", Point(3)),
    ]);
    let answers = sheet(&quiz, &marks);
    let report = build_report(&quiz, &answers, None);
    let (integrity, candor) = (dimension(&quiz, "integrity"), dimension(&quiz, "candor"));
    assert_eq!(report.dimensions[integrity].score, Some(50));
    assert_eq!(report.dimensions[candor].score, Some(50));
    assert_eq!(report.next_steps[0].dimension, candor);
    assert_eq!(report.steps_tie, Tie::Statements);
    let q = |id: &str| quiz.questions.iter().position(|q| q.id == id).unwrap();
    assert_eq!(
        item_score(&quiz.questions[q("q16")], answers[q("q16")]),
        Some(0.0)
    );
    check_report(&quiz, &answers, &report);
}

#[test]
fn always_to_going_along_and_to_saying_no_is_named() {
    // Issue: "Always" to q2 (go along without saying so) and q9 (tell them
    // no) went unnoticed.
    let quiz = builtin_quiz();
    let answers = sheet(&quiz, &[("q2", Point(5)), ("q9", Point(5))]);
    let report = build_report(&quiz, &answers, None);
    let q = |id: &str| quiz.questions.iter().position(|q| q.id == id).unwrap();
    assert_eq!(report.opposed.len(), 1);
    assert_eq!(report.opposed[0].questions, (q("q2"), q("q9")));
    assert_eq!(report.opposed[0].point, 5);
    check_report(&quiz, &answers, &report);
}

#[test]
fn band_headlines_claim_only_what_their_habit_measures() {
    // Issue: headlines claimed what no statement asks ("the work shows it",
    // "helps your challenges land", "earns you trust", "when it feels
    // risky"), or what one statement can contradict ("don't always ask for
    // respect back" with q6 answered Never). A headline speaks for its
    // habit's score as a whole; this one is shown with q6 at its best.
    let quiz = builtin_quiz();
    for d in &quiz.dimensions {
        for b in &d.bands {
            for said in [
                "the work shows it",
                "challenges land",
                "earns you trust",
                "feels risky",
                "respect back",
            ] {
                assert!(!b.headline.contains(said), "{}: {}", d.id, b.headline);
            }
        }
    }
    let answers = sheet(
        &quiz,
        &[
            ("q6", Point(1)),
            ("q13", Point(3)),
            ("q20", Point(2)),
            ("q27", Point(1)),
            ("q2", Point(3)),
            ("q9", Point(3)),
            ("q16", Point(3)),
            ("q23", Point(3)),
        ],
    );
    let report = build_report(&quiz, &answers, None);
    let partnership = dimension(&quiz, "partnership");
    // q6 reversed 100, q13 reversed 50, q20 25, q27 0: 43.75 → 44.
    assert_eq!(report.dimensions[partnership].score, Some(44));
    assert_eq!(report.dimensions[partnership].band, Some(1));
    check_report(&quiz, &answers, &report);
}

#[test]
fn about_says_each_style_s_rule_as_the_rules_are() {
    use candor::core::catalogue::Texts;
    use candor::core::language::Lang;
    use candor::core::report::style_rule;
    let quiz = builtin_quiz();
    let rule = |i: usize, lang| style_rule(&quiz, &quiz.patterns[i], Texts::of(lang), lang);
    assert_eq!(
        rule(0, Lang::En),
        "“Saying no, and why” under 40 and “Wholehearted delivery” under 40"
    );
    assert_eq!(
        rule(4, Lang::En),
        "“Listening and empathy” 70 or more and “Saying no, and why” under 70"
    );
    assert_eq!(
        rule(quiz.patterns.len() - 1, Lang::En),
        "when no style above fits"
    );
    let german = german();
    assert_eq!(
        style_rule(&german, &german.patterns[0], Texts::of(Lang::De), Lang::De),
        "„Nein sagen und warum“ unter 40 und „Mit ganzem Einsatz“ unter 40"
    );
    // A coach's threshold between whole numbers, as each language writes it.
    let mut coach = builtin_quiz();
    coach.patterns[1].when[0].threshold = candor::core::quiz::Threshold::Below(49.5);
    let rule = |lang| style_rule(&coach, &coach.patterns[1], Texts::of(lang), lang);
    assert_eq!(rule(Lang::En), "“Saying no, and why” under 49.5");
    assert_eq!(rule(Lang::De), "„Saying no, and why“ unter 49,5");
}
