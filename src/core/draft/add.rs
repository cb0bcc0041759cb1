//! New items: where an added item goes, its fresh id, and what it starts with.
//!
//! A new source, habit or style gets an id from its (still empty) name:
//! `source`, `habit`, `style`, then `-2`, `-3`…, which typing its name
//! replaces (see the `refs` module). A new statement is numbered (`q1`, `q2`…,
//! counting on from the number of statements) and measures the first habit
//! with the file's default weight (1); a new reflection is numbered `r1`…
//! A new habit has two bands, 0–49 and 50–100, each with one advice item to
//! write; a new band splits the last band's range in two (0–49 and 50–100
//! become 0–49, 50–75 and 76–100), so the bands still cover 0 to 100. A new
//! condition tests the first habit's score under 50. A new style goes
//! before the default style (the last one, without conditions) and starts
//! with one condition; the first style of a quiz, or one added after a
//! last style that has conditions, is a default (no conditions). Texts
//! start empty, and sources are left for the coach to choose: the checker
//! asks for them.

use super::ids::{id_from, numbered};
use super::refs::Kind;
use super::Source;
use super::{Advice, Band, Condition, Dimension, Draft, List, Pattern, Question, Reflection};

impl Draft {
    /// Where [`super::Edit::Add`] puts a new item of `list`: at the end,
    /// but a style before the default style when the last style is one;
    /// `None` when the item the list belongs to is not there.
    pub fn add_position(&self, list: List) -> Option<usize> {
        let count = self.count(list)?;
        let before_default =
            list == List::Patterns && self.patterns.last().is_some_and(|p| p.when.is_empty());
        Some(count - usize::from(before_default))
    }

    pub(super) fn add(&mut self, list: List) -> bool {
        let Some(at) = self.add_position(list) else {
            return false;
        };
        let first_habit = self
            .dimensions
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default();
        let condition = || Condition {
            dimension: first_habit.clone(),
            below: Some(50.0),
            at_least: None,
        };
        let fresh = |kind| id_from("", Kind::fallback(kind), |id| self.ids(kind).contains(&id));
        match list {
            List::Labels => self.scale.labels.push(String::new()),
            List::Sources => {
                let id = fresh(Kind::Source);
                self.sources.push(Source {
                    id,
                    ..Source::default()
                });
            }
            List::Dimensions => {
                let id = fresh(Kind::Dimension);
                self.dimensions.push(Dimension {
                    id,
                    bands: vec![band(Some(0.0), Some(49.0)), band(Some(50.0), Some(100.0))],
                    ..Dimension::default()
                });
            }
            List::Bands(d) => {
                let bands = &mut self.dimensions[d].bands;
                let new = match bands.last_mut() {
                    None => band(Some(0.0), Some(100.0)),
                    Some(last) => match (last.min, last.max) {
                        (Some(min), Some(max))
                            if min.fract() == 0.0 && max.fract() == 0.0 && max > min =>
                        {
                            let middle = ((min + max) / 2.0).floor();
                            last.max = Some(middle);
                            band(Some(middle + 1.0), Some(max))
                        }
                        _ => band(None, None),
                    },
                };
                bands.push(new);
            }
            List::Advice(d, b) => self.dimensions[d].bands[b].advice.push(Advice::default()),
            List::Discussion(d) => self.dimensions[d].discussion.push(String::new()),
            List::Prompts(d, s) => self.dimensions[d].prompts.of_mut(s).push(String::new()),
            List::Questions => {
                let ids = self.ids(Kind::Question);
                let id = numbered("q", ids.len() + 1, |id| ids.contains(&id));
                self.questions.push(Question {
                    id,
                    dimension: first_habit.clone(),
                    ..Question::default()
                });
            }
            List::Patterns => {
                let id = fresh(Kind::Pattern);
                let when = if at < self.patterns.len() {
                    vec![condition()]
                } else {
                    Vec::new()
                };
                self.patterns.insert(
                    at,
                    Pattern {
                        id,
                        when,
                        ..Pattern::default()
                    },
                );
            }
            List::Conditions(p) => {
                let new = condition();
                self.patterns[p].when.push(new);
            }
            List::Reflections => {
                let taken = |id: &str| self.reflections.iter().any(|r| r.id == id);
                let id = numbered("r", self.reflections.len() + 1, taken);
                self.reflections.push(Reflection {
                    id,
                    ..Reflection::default()
                });
            }
        }
        true
    }
}

/// A band of a range, with one advice item to write.
fn band(min: Option<f64>, max: Option<f64>) -> Band {
    Band {
        min,
        max,
        headline: String::new(),
        advice: vec![Advice::default()],
    }
}
