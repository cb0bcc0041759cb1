//! Drafts to start from: any validated quiz (the built-in one as a template), or a blank quiz.

use super::{Advice, Band, Condition, Cta, Dimension, Draft, Pattern, Prompts, Question};
use super::{Reflection, Scale, Source};
use crate::core::builtin::builtin_quiz;
use crate::core::language::Lang;
use crate::core::quiz::{self, Quiz, Threshold};
use crate::core::validate::SCHEMA;

/// The German built-in quiz's scale (`content/candor.de.quiz.json`, which
/// is served next to the app rather than compiled in; a test keeps these
/// the same as the file's).
pub(super) const GERMAN_LABELS: [&str; 5] = ["Nie", "Selten", "Manchmal", "Oft", "Immer"];
pub(super) const GERMAN_NOT_SURE: &str = "Trifft auf mich nicht zu";

impl Draft {
    /// A validated quiz as a draft, references as ids again: a template
    /// whose file checks as the same quiz.
    pub fn from_quiz(quiz: &Quiz) -> Draft {
        let source_ids = |ix: &[usize]| ix.iter().map(|&i| quiz.sources[i].id.clone()).collect();
        let question_ids =
            |ix: &[usize]| ix.iter().map(|&i| quiz.questions[i].id.clone()).collect();
        let dimension_id = |i: usize| quiz.dimensions[i].id.clone();
        Draft {
            schema: SCHEMA as f64,
            id: quiz.id.clone(),
            version: quiz.version.clone(),
            title: quiz.title.clone(),
            intro: quiz.intro.clone(),
            minutes: Some(f64::from(quiz.minutes)),
            language: quiz.language.clone(),
            scale: Scale {
                labels: quiz.scale.labels.to_vec(),
                not_sure: quiz.scale.not_sure.clone().unwrap_or_default(),
            },
            sources: quiz
                .sources
                .iter()
                .map(|s| Source {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    author: s.author.clone(),
                    date: s.date.clone().unwrap_or_default(),
                })
                .collect(),
            dimensions: quiz
                .dimensions
                .iter()
                .map(|d| Dimension {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    description: d.description.clone(),
                    discussion: d.discussion.clone(),
                    prompts: Prompts {
                        split: d.prompts.split.clone(),
                        low: d.prompts.low.clone(),
                        high: d.prompts.high.clone(),
                    },
                    bands: d
                        .bands
                        .iter()
                        .map(|b| Band {
                            min: Some(f64::from(b.min)),
                            max: Some(f64::from(b.max)),
                            headline: b.headline.clone(),
                            advice: b
                                .advice
                                .iter()
                                .map(|a| Advice {
                                    text: a.text.clone(),
                                    sources: source_ids(&a.sources),
                                    questions: question_ids(&a.questions),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            questions: quiz
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    dimension: dimension_id(q.dimension),
                    text: q.text.clone(),
                    reverse: q.reverse,
                    weight: (q.weight != 1.0).then_some(q.weight),
                    sources: source_ids(&q.sources),
                })
                .collect(),
            patterns: quiz
                .patterns
                .iter()
                .map(|p| Pattern {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    when: p.when.iter().map(|c| condition(c, dimension_id)).collect(),
                    summary: p.summary.clone(),
                    try_first: p.try_first.clone(),
                    sources: source_ids(&p.sources),
                    cta: p
                        .cta
                        .as_ref()
                        .map(|cta| Cta {
                            label: cta.label.clone().unwrap_or_default(),
                            url: cta.url.clone(),
                        })
                        .unwrap_or_default(),
                })
                .collect(),
            reflections: quiz
                .reflections
                .iter()
                .map(|r| Reflection {
                    id: r.id.clone(),
                    prompt: r.prompt.clone(),
                    questions: question_ids(&r.questions),
                })
                .collect(),
            brand: quiz.brand.clone().unwrap_or_default(),
            ui: quiz.ui.clone(),
        }
    }

    /// A quiz with nothing in it yet but a scale in `lang` (the built-in
    /// quiz's, "Never" to "Always" and its "Not sure"), schema 1, version
    /// "1", 5 minutes and the language's tag. The id, title and every
    /// list are left for the coach.
    pub fn blank(lang: Lang) -> Draft {
        let scale = match lang {
            Lang::En => {
                let builtin = builtin_quiz().scale;
                Scale {
                    labels: builtin.labels.to_vec(),
                    not_sure: builtin.not_sure.unwrap_or_default(),
                }
            }
            Lang::De => Scale {
                labels: GERMAN_LABELS.map(String::from).to_vec(),
                not_sure: GERMAN_NOT_SURE.to_string(),
            },
        };
        Draft {
            version: "1".into(),
            minutes: Some(5.0),
            language: lang.tag().into(),
            scale,
            ..Draft::default()
        }
    }
}

fn condition(c: &quiz::Condition, dimension_id: impl Fn(usize) -> String) -> Condition {
    let (below, at_least) = match c.threshold {
        Threshold::Below(n) => (Some(n), None),
        Threshold::AtLeast(n) => (None, Some(n)),
    };
    Condition {
        dimension: dimension_id(c.dimension),
        below,
        at_least,
    }
}
