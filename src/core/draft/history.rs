//! Undo and redo for the editor, with a run of typing in one field as one step.
//!
//! Each step keeps the whole draft as it was before it (a draft the size of
//! the built-in quiz is about 60 KB, so [`History::LIMIT`] steps stay
//! within a few megabytes), so undoing restores exactly what was there,
//! references and generated ids included.
//!
//! **Typing is one step per word.** A text or number set of the same field
//! as the edit before it joins that edit's step, so typing a name, a
//! sentence's word or a number is undone at once, not a key at a time. A
//! new step starts at a word: when the edit types a space (or other
//! whitespace) after a letter, the step before it ends, so undoing a
//! sentence takes it back a word at a time. Any other edit, an edit of
//! another field, an undo or a redo, and [`History::seal`] (for the screen
//! to call when a field loses focus) end a run too.

use std::collections::VecDeque;

use super::{Draft, Edit, Field, Value};

/// The draft being written, with the steps to undo and redo.
#[derive(Debug, Clone)]
pub struct History {
    draft: Draft,
    /// The drafts before each step, oldest first.
    undo: VecDeque<Draft>,
    /// The drafts after each undone step, the most recently undone last.
    redo: Vec<Draft>,
    /// The field a run of typing is in, when the last step was one.
    typing: Option<Field>,
}

impl History {
    /// The most steps kept to undo; older ones are forgotten.
    pub const LIMIT: usize = 200;

    /// A history starting at `draft`, with nothing to undo.
    pub fn new(draft: Draft) -> History {
        History {
            draft,
            undo: VecDeque::new(),
            redo: Vec::new(),
            typing: None,
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    pub fn into_draft(self) -> Draft {
        self.draft
    }

    /// Applies an edit as a step (or as part of the run of typing it
    /// continues); whether it changed the draft. An edit that changes
    /// nothing is no step, and leaves what can be redone.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let typed = match &edit {
            Edit::Set(field, value @ (Value::Text(_) | Value::Number(_))) => {
                Some((field.clone(), value.clone()))
            }
            _ => None,
        };
        let joins = typed.as_ref().is_some_and(|(field, value)| {
            self.typing.as_ref() == Some(field) && !starts_word(self.draft.value(field), value)
        });
        let before = (!joins).then(|| self.draft.clone());
        if !self.draft.apply(edit) {
            return false;
        }
        if let Some(before) = before {
            if self.undo.len() == Self::LIMIT {
                self.undo.pop_front();
            }
            self.undo.push_back(before);
        }
        self.redo.clear();
        self.typing = typed.map(|(field, _)| field);
        true
    }

    /// Takes back the last step; whether there was one.
    pub fn undo(&mut self) -> bool {
        let Some(before) = self.undo.pop_back() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.draft, before));
        self.typing = None;
        true
    }

    /// Does again the step last undone; whether there was one.
    pub fn redo(&mut self) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        self.undo
            .push_back(std::mem::replace(&mut self.draft, after));
        self.typing = None;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends the run of typing: the next edit is a step of its own.
    pub fn seal(&mut self) {
        self.typing = None;
    }

    /// Starts again from `draft` (a template, an example, a file opened) as
    /// one step, so that undoing brings back what was there; whether it
    /// changed anything.
    pub fn replace(&mut self, draft: Draft) -> bool {
        if draft == self.draft {
            return false;
        }
        if self.undo.len() == Self::LIMIT {
            self.undo.pop_front();
        }
        self.undo
            .push_back(std::mem::replace(&mut self.draft, draft));
        self.redo.clear();
        self.typing = None;
        true
    }
}

/// Whether setting a text to `new` types whitespace after a letter: one
/// whitespace character inserted after a character that is not whitespace.
fn starts_word(old: Option<Value>, new: &Value) -> bool {
    let (Some(Value::Text(old)), Value::Text(new)) = (old, new) else {
        return false;
    };
    let common = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let mut rest = new.chars().skip(common);
    let Some(inserted) = rest.next() else {
        return false;
    };
    let before = common.checked_sub(1).and_then(|i| new.chars().nth(i));
    inserted.is_whitespace()
        && before.is_some_and(|c| !c.is_whitespace())
        && rest.eq(old.chars().skip(common))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn a_space_after_a_letter_starts_a_word() {
        let starts = |old: &str, new: &str| starts_word(Some(text(old)), &text(new));
        assert!(starts("hello", "hello "));
        assert!(starts("helloworld", "hello world"));
        assert!(!starts("hello ", "hello  "));
        assert!(!starts("", " "));
        assert!(!starts("hello", "hellow"));
        assert!(!starts("hello", "hell"));
        assert!(!starts("hello", "hello w"));
        assert!(starts("Größe", "Größe\u{a0}"));
    }
}
