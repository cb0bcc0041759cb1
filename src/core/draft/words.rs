//! A style's conditions in the checker's words ("“Saying no” 70 or more and “Listening” under 50"), for its rule beside the form.

use super::Draft;
use crate::core::catalogue::CheckerTexts;
use crate::core::language::Lang;
use crate::core::outcomes::{and, named_condition_words};

impl Draft {
    /// Condition `c` of pattern `p` in `t`'s words, with its habit's name;
    /// `None` while it names no habit of the draft or has not exactly one
    /// test with a number.
    pub fn condition_words(
        &self,
        p: usize,
        c: usize,
        t: &CheckerTexts,
        lang: Lang,
    ) -> Option<String> {
        let condition = self.patterns.get(p)?.when.get(c)?;
        let habit = self
            .dimensions
            .iter()
            .find(|d| d.id == condition.dimension)?;
        Some(named_condition_words(
            &habit.name,
            condition.threshold()?,
            t,
            lang,
        ))
    }

    /// Every condition of pattern `p` in `t`'s words, joined with "and";
    /// `None` for a default style (no conditions) or while a condition
    /// cannot be worded ([`Draft::condition_words`]).
    pub fn rule_words(&self, p: usize, t: &CheckerTexts, lang: Lang) -> Option<String> {
        let count = self.patterns.get(p)?.when.len();
        if count == 0 {
            return None;
        }
        let parts: Option<Vec<String>> = (0..count)
            .map(|c| self.condition_words(p, c, t, lang))
            .collect();
        Some(and(t, &parts?))
    }
}
