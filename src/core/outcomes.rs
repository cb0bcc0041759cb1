//! What a quiz gives its readers, for the coach who wrote it: every
//! archetype with its rule, and the scores and archetype of each simple
//! answer sheet (the same answer to every question). The checker shows
//! these for a valid file; the words come from the tools' catalogue.

use super::answers::Answer;
use super::catalogue::{CheckerTexts, ProblemTexts};
use super::language::Lang;
use super::quiz::{Condition, Quiz, Threshold};
use super::scoring::score;

/// An answer sheet that gives every question the same answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimpleSheet {
    /// A point of the scale, 1 (lowest) to 5.
    Point(u8),
    NotSure,
}

impl SimpleSheet {
    /// The simple sheets a reader of `quiz` can give: each point of the
    /// scale, lowest first, then "Not sure" where the quiz offers it.
    pub fn of(quiz: &Quiz) -> Vec<SimpleSheet> {
        (1..=5)
            .map(SimpleSheet::Point)
            .chain(
                quiz.scale
                    .not_sure
                    .is_some()
                    .then_some(SimpleSheet::NotSure),
            )
            .collect()
    }

    /// The answers, one per question of `quiz`.
    pub fn answers(self, quiz: &Quiz) -> Vec<Answer> {
        let answer = match self {
            SimpleSheet::Point(p) => Answer::Point(p),
            SimpleSheet::NotSure => Answer::NotSure,
        };
        vec![answer; quiz.questions.len()]
    }

    /// The quiz's own label of the answer: "Never", "Not sure".
    pub fn label(self, quiz: &Quiz) -> &str {
        match self {
            SimpleSheet::Point(p) => &quiz.scale.labels[usize::from(p.clamp(1, 5) - 1)],
            SimpleSheet::NotSure => quiz.scale.not_sure.as_deref().unwrap_or_default(),
        }
    }

    /// "“Never” everywhere", in `t`'s words.
    pub fn words(self, quiz: &Quiz, t: &CheckerTexts) -> String {
        ProblemTexts::fill(t.check_sheet_all(), &[("label", &self.label(quiz))])
    }
}

/// What a simple sheet gets.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetOutcome {
    pub sheet: SimpleSheet,
    /// Each dimension's rounded score, `None` for "not enough answers".
    pub scores: Vec<Option<u8>>,
    /// Index into `Quiz::patterns`.
    pub archetype: usize,
}

/// How an archetype is chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// Its conditions, all of which must hold; `first` when no archetype
    /// comes before it.
    When {
        conditions: Vec<Condition>,
        first: bool,
    },
    /// The default archetype: every reader no archetype above fits (or
    /// every reader, when it is the only one).
    Otherwise { only: bool },
}

/// One archetype, for the coach.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchetypeOutcome {
    /// Index into `Quiz::patterns`.
    pub pattern: usize,
    pub rule: Rule,
    /// The simple sheets that get it, in [`SimpleSheet::of`]'s order.
    pub sheets: Vec<SimpleSheet>,
}

/// Every archetype, and every simple sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    pub archetypes: Vec<ArchetypeOutcome>,
    pub sheets: Vec<SheetOutcome>,
}

/// What `quiz` gives: each archetype with its rule and the simple sheets
/// that get it, scored by the app's own scoring.
pub fn outcomes(quiz: &Quiz) -> Outcomes {
    let sheets: Vec<SheetOutcome> = SimpleSheet::of(quiz)
        .into_iter()
        .map(|sheet| {
            let scores = score(quiz, &sheet.answers(quiz));
            SheetOutcome {
                sheet,
                scores: (0..quiz.dimensions.len())
                    .map(|d| scores.rounded(d))
                    .collect(),
                archetype: quiz.archetype(&scores),
            }
        })
        .collect();
    let archetypes = quiz
        .patterns
        .iter()
        .enumerate()
        .map(|(k, pattern)| ArchetypeOutcome {
            pattern: k,
            rule: if pattern.when.is_empty() {
                Rule::Otherwise { only: k == 0 }
            } else {
                Rule::When {
                    conditions: pattern.when.clone(),
                    first: k == 0,
                }
            },
            sheets: sheets
                .iter()
                .filter(|s| s.archetype == k)
                .map(|s| s.sheet)
                .collect(),
        })
        .collect();
    Outcomes { archetypes, sheets }
}

impl Rule {
    /// The rule in `t`'s words: "For readers with Listening and empathy 70
    /// or more, unless a style above fits them first."
    pub fn words(&self, quiz: &Quiz, t: &CheckerTexts, lang: Lang) -> String {
        match self {
            Rule::Otherwise { only: true } => t.rule_everyone().into(),
            Rule::Otherwise { only: false } => t.rule_otherwise().into(),
            Rule::When { conditions, first } => {
                let parts: Vec<String> = conditions
                    .iter()
                    .map(|c| condition_words(quiz, c, t, lang))
                    .collect();
                let template = if *first {
                    t.rule_when()
                } else {
                    t.rule_when_after()
                };
                ProblemTexts::fill(template, &[("conditions", &and(t, &parts))])
            }
        }
    }
}

/// "Candor under 50", "Listening 70 or more".
pub fn condition_words(quiz: &Quiz, c: &Condition, t: &CheckerTexts, lang: Lang) -> String {
    named_condition_words(&quiz.dimensions[c.dimension].name, c.threshold, t, lang)
}

/// [`condition_words`] for a dimension by its name (the quiz editor's
/// draft, which is not a validated quiz).
pub fn named_condition_words(
    dimension: &str,
    threshold: Threshold,
    t: &CheckerTexts,
    lang: Lang,
) -> String {
    ProblemTexts::fill(
        t.rule_condition(),
        &[
            ("dimension", &dimension),
            ("test", &test_words(threshold, t, lang)),
        ],
    )
}

/// "under 50", "70 or more".
pub fn test_words(threshold: Threshold, t: &CheckerTexts, lang: Lang) -> String {
    let (template, n) = match threshold {
        Threshold::Below(n) => (t.rule_below(), n),
        Threshold::AtLeast(n) => (t.rule_at_least(), n),
    };
    ProblemTexts::fill(template, &[("n", &lang.decimal(n))])
}

/// "a, b and c" in `t`'s words.
pub fn and(t: &CheckerTexts, items: &[String]) -> String {
    join(t.list_and(), items)
}

/// "a, b or c" in `t`'s words.
pub fn or(t: &CheckerTexts, items: &[String]) -> String {
    join(t.list_or(), items)
}

fn join(template: &str, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            ProblemTexts::fill(template, &[("list", &rest.join(", ")), ("last", last)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::builtin::builtin_quiz;

    #[test]
    fn the_builtin_quiz_gives_every_simple_sheet_fifty_and_not_sure_the_open_picture() {
        let quiz = builtin_quiz();
        let found = outcomes(&quiz);
        assert_eq!(found.sheets.len(), 6);
        let candid = quiz.patterns.iter().position(|p| p.id == "candid-partner");
        for sheet in &found.sheets[..5] {
            assert!(sheet.scores.iter().all(|&s| s == Some(50)), "{sheet:?}");
            assert_eq!(Some(sheet.archetype), candid);
        }
        let last = quiz.patterns.len() - 1;
        assert_eq!(found.sheets[5].sheet, SimpleSheet::NotSure);
        assert!(found.sheets[5].scores.iter().all(Option::is_none));
        assert_eq!(found.sheets[5].archetype, last);
        assert_eq!(found.archetypes[last].sheets, [SimpleSheet::NotSure]);
        assert_eq!(found.archetypes[last].rule, Rule::Otherwise { only: false });
    }

    #[test]
    fn rules_are_said_in_the_tools_words() {
        let quiz = builtin_quiz();
        let found = outcomes(&quiz);
        let (en, de) = (CheckerTexts::of(Lang::En), CheckerTexts::of(Lang::De));
        assert_eq!(
            found.archetypes[0].rule.words(&quiz, en, Lang::En),
            "For readers with “Saying no, and why” under 40 and “Wholehearted delivery” under 40."
        );
        assert_eq!(
            found.archetypes[2].rule.words(&quiz, en, Lang::En),
            "For readers with “Saying no, and why” 70 or more and “Listening and empathy” under 40, \
             unless a style above fits them first."
        );
        assert_eq!(
            found.archetypes[7].rule.words(&quiz, en, Lang::En),
            "For every reader no style above fits."
        );
        assert!(found.archetypes[0]
            .rule
            .words(&quiz, de, Lang::De)
            .contains(" unter 40 und "));
        assert_eq!(and(en, &["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(or(de, &["a".into(), "b".into()]), "a oder b");
        assert_eq!(
            test_words(Threshold::Below(49.5), de, Lang::De),
            "unter 49,5"
        );
    }
}
