//! The field a validator problem or a lint warning is about, to show the checker's own words beside it.
//!
//! The validator reports each problem at a JSON path into the file
//! [`Draft::to_file`](super::Draft::to_file) writes, whose lists are the
//! draft's lists in the same order, so a path names a field of the draft:
//! `$.questions[2].text` is the third statement's text. A path deeper than
//! any form field (one reference of a list, `$.questions[2].sources[1]`) is
//! placed at the field that holds it (the statement's sources), and one
//! that names no form field at the nearest item or list that holds it
//! (`$.questions[2]`: the statement; `$.questions`: the statements; `$`:
//! the whole quiz).

use super::field::*;
use crate::core::lint::{OutOfReach, Warning};
use crate::core::quiz::Situation;
use crate::core::validate::{Problem, ProblemKind};

/// One step of a JSON path.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `$.a[1].b` as its steps; `None` when it is not such a path.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut rest = path.strip_prefix('$')?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push(Step::Key(&after[..end]));
            rest = &after[end..];
        } else {
            let after = rest.strip_prefix('[')?;
            let (index, after) = after.split_once(']')?;
            out.push(Step::Index(index.parse().ok()?));
            rest = after;
        }
    }
    Some(out)
}

/// The editor's field for a validator problem's JSON path (see the
/// module's notes); `None` for a text that is not such a path.
///
/// A `ui` key is whatever follows `$.ui.`, dots and brackets included.
pub fn field_of(path: &str) -> Option<Field> {
    if let Some(key) = path.strip_prefix("$.ui.") {
        return Some(Field::Ui(key.to_string()));
    }
    let steps = steps(path)?;
    (0..=steps.len()).rev().find_map(|n| exact(&steps[..n]))
}

/// The field a path names exactly, if it names one.
fn exact(steps: &[Step]) -> Option<Field> {
    use Step::{Index as I, Key as K};
    let item = |list, index| Some(Field::Item(Item::new(list, index)));
    let text = |list, index| Some(Field::Text(Item::new(list, index)));
    let list = |list| Some(Field::List(list));
    match *steps {
        [] => Some(Field::Whole),
        [K(key)] => Some(Field::Quiz(match key {
            "id" => QuizKey::Id,
            "version" => QuizKey::Version,
            "title" => QuizKey::Title,
            "intro" => QuizKey::Intro,
            "minutes" => QuizKey::Minutes,
            "language" => QuizKey::Language,
            "brand" => QuizKey::Brand,
            "scale" => return list(List::Labels),
            "sources" => return list(List::Sources),
            "dimensions" => return list(List::Dimensions),
            "questions" => return list(List::Questions),
            "patterns" => return list(List::Patterns),
            "reflections" => return list(List::Reflections),
            _ => return None,
        })),
        [K("scale"), K("labels")] => list(List::Labels),
        [K("scale"), K("labels"), I(i)] => text(List::Labels, i),
        [K("scale"), K("not_sure")] => Some(Field::Quiz(QuizKey::NotSure)),
        [K("sources"), I(i)] => item(List::Sources, i),
        [K("sources"), I(i), K(key)] => Some(Field::Source(
            i,
            match key {
                "id" => SourceKey::Id,
                "title" => SourceKey::Title,
                "author" => SourceKey::Author,
                "date" => SourceKey::Date,
                _ => return None,
            },
        )),
        [K("dimensions"), I(d), ref rest @ ..] => dimension(d, rest),
        [K("questions"), I(i)] => item(List::Questions, i),
        [K("questions"), I(i), K(key)] => Some(Field::Question(
            i,
            match key {
                "id" => QuestionKey::Id,
                "dimension" => QuestionKey::Dimension,
                "text" => QuestionKey::Text,
                "reverse" => QuestionKey::Reverse,
                "weight" => QuestionKey::Weight,
                "sources" => QuestionKey::Sources,
                _ => return None,
            },
        )),
        [K("patterns"), I(p), ref rest @ ..] => pattern(p, rest),
        [K("reflections"), I(i)] => item(List::Reflections, i),
        [K("reflections"), I(i), K(key)] => Some(Field::Reflection(
            i,
            match key {
                "id" => ReflectionKey::Id,
                "prompt" => ReflectionKey::Prompt,
                "questions" => ReflectionKey::Questions,
                _ => return None,
            },
        )),
        _ => None,
    }
}

/// A path into dimension `d`, from after `$.dimensions[d]`.
fn dimension(d: usize, steps: &[Step]) -> Option<Field> {
    use Step::{Index as I, Key as K};
    let situation = |key| match key {
        "split" => Some(Situation::Split),
        "low" => Some(Situation::Low),
        "high" => Some(Situation::High),
        _ => None,
    };
    Some(match *steps {
        [] => Field::Item(Item::new(List::Dimensions, d)),
        [K("id")] => Field::Dimension(d, DimensionKey::Id),
        [K("name")] => Field::Dimension(d, DimensionKey::Name),
        [K("description")] => Field::Dimension(d, DimensionKey::Description),
        [K("discussion")] => Field::List(List::Discussion(d)),
        [K("discussion"), I(i)] => Field::Text(Item::new(List::Discussion(d), i)),
        [K("prompts"), K(s)] => Field::List(List::Prompts(d, situation(s)?)),
        [K("prompts"), K(s), I(i)] => Field::Text(Item::new(List::Prompts(d, situation(s)?), i)),
        [K("bands")] => Field::List(List::Bands(d)),
        [K("bands"), I(b)] => Field::Item(Item::new(List::Bands(d), b)),
        [K("bands"), I(b), K("min")] => Field::Band(d, b, BandKey::Min),
        [K("bands"), I(b), K("max")] => Field::Band(d, b, BandKey::Max),
        [K("bands"), I(b), K("headline")] => Field::Band(d, b, BandKey::Headline),
        [K("bands"), I(b), K("advice")] => Field::List(List::Advice(d, b)),
        [K("bands"), I(b), K("advice"), I(a)] => Field::Item(Item::new(List::Advice(d, b), a)),
        [K("bands"), I(b), K("advice"), I(a), K(key)] => Field::Advice(
            d,
            b,
            a,
            match key {
                "text" => AdviceKey::Text,
                "sources" => AdviceKey::Sources,
                "questions" => AdviceKey::Questions,
                _ => return None,
            },
        ),
        _ => return None,
    })
}

/// A path into pattern `p`, from after `$.patterns[p]`.
fn pattern(p: usize, steps: &[Step]) -> Option<Field> {
    use Step::{Index as I, Key as K};
    Some(match *steps {
        [] => Field::Item(Item::new(List::Patterns, p)),
        [K("when")] => Field::List(List::Conditions(p)),
        [K("when"), I(c)] => Field::Item(Item::new(List::Conditions(p), c)),
        [K("when"), I(c), K("dimension")] => Field::Condition(p, c, ConditionKey::Dimension),
        [K("when"), I(c), K("below" | "at_least")] => Field::Condition(p, c, ConditionKey::Number),
        [K("cta"), K("label")] => Field::Pattern(p, PatternKey::CtaLabel),
        [K("cta"), K("url")] => Field::Pattern(p, PatternKey::CtaUrl),
        [K(key)] => Field::Pattern(
            p,
            match key {
                "id" => PatternKey::Id,
                "name" => PatternKey::Name,
                "summary" => PatternKey::Summary,
                "try_first" => PatternKey::TryFirst,
                "sources" => PatternKey::Sources,
                _ => return None,
            },
        ),
        _ => return None,
    })
}

/// The field a validator problem is about: [`field_of`] its path, made
/// exact where the problem says more than its path. A missing field is
/// reported at the object that lacks it (`$.dimensions[0].bands[1]`,
/// missing `"min"`), and is placed at that field; a condition with neither
/// or both of its tests is placed at its number.
pub fn problem_field(problem: &Problem) -> Option<Field> {
    let refined = match &problem.kind {
        ProblemKind::Missing(key) => field_of(&format!("{}.{key}", problem.path)),
        ProblemKind::ConditionShape => field_of(&format!("{}.below", problem.path)),
        _ => None,
    };
    refined
        .filter(|f| !matches!(f, Field::Whole))
        .or_else(|| field_of(&problem.path))
}

/// The item a lint warning is about, in a draft that checks (whose items
/// are the validated quiz's, in the same order).
pub fn warning_field(warning: &Warning) -> Field {
    match *warning {
        Warning::Unbalanced { dimension, .. } => {
            Field::Item(Item::new(List::Dimensions, dimension))
        }
        Warning::BandOutOfReach {
            dimension, band, ..
        } => Field::Item(Item::new(List::Bands(dimension), band)),
        Warning::ArchetypeOutOfReach {
            pattern,
            why: OutOfReach::NoScore { .. },
        } => Field::List(List::Conditions(pattern)),
        Warning::ArchetypeOutOfReach { pattern, .. } | Warning::NotSureShared { pattern, .. } => {
            Field::Item(Item::new(List::Patterns, pattern))
        }
        Warning::BuiltinId => Field::Quiz(QuizKey::Id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_step_by_step() {
        use Step::{Index as I, Key as K};
        assert_eq!(steps("$"), Some(vec![]));
        assert_eq!(
            steps("$.questions[12].sources[0]"),
            Some(vec![K("questions"), I(12), K("sources"), I(0)])
        );
        assert_eq!(steps("questions"), None);
        assert_eq!(steps("$.questions[x]"), None);
        assert_eq!(steps("$.questions[1"), None);
    }

    #[test]
    fn a_path_deeper_than_a_field_is_placed_at_what_holds_it() {
        assert_eq!(
            field_of("$.questions[2].sources[1]"),
            Some(Field::Question(2, QuestionKey::Sources))
        );
        assert_eq!(
            field_of("$.questions[2].wieght"),
            Some(Field::Item(Item::new(List::Questions, 2)))
        );
        assert_eq!(field_of("$.nonsense[3]"), Some(Field::Whole));
        assert_eq!(
            field_of("$.dimensions[0].prompts.split[4]"),
            Some(Field::Text(Item::new(
                List::Prompts(0, Situation::Split),
                4
            )))
        );
        assert_eq!(
            field_of("$.dimensions[0].prompts"),
            Some(Field::Item(Item::new(List::Dimensions, 0)))
        );
        assert_eq!(
            field_of("$.patterns[3].cta"),
            Some(Field::Item(Item::new(List::Patterns, 3)))
        );
        assert_eq!(
            field_of("$.ui.a.b[1]"),
            Some(Field::Ui("a.b[1]".to_string()))
        );
        assert_eq!(field_of("nonsense"), None);
    }
}
