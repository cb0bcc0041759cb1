//! Keeping references in step with ids: a renamed item's references follow it, a removed one's leave lists of links.
//!
//! - **An id follows its name.** A source (by its author), a habit or a
//!   style given a new name gets a new id from it ([`super::id_from`]) when
//!   its id is what that made of the old name; an id chosen by hand, or
//!   one from a template or an opened file (`integrity` for "Integrity of
//!   advice"), is kept, since ids are in the quiz's fingerprint and a
//!   reader's saved answers and share codes depend on them. A new item's id
//!   is made from its empty name (`habit`, `habit-2`), so typing its name
//!   names it. Statements and reflections are numbered (`q7`, `r2`), as in
//!   the built-in quiz: their texts are sentences that change.
//! - **References follow an id.** When an item's id changes (set by hand,
//!   or from its name), every reference to the old id names the new one: a
//!   statement's habit and a condition's, the sources of statements,
//!   advice and styles, the statements of advice and reflections. That is
//!   done only when the old id was this item's alone and the new one is no
//!   other item's; otherwise which item a reference meant is unclear, and
//!   references are left as they are for the validator to point out.
//! - **Removing** a source takes its id out of every list of sources, and
//!   removing a statement takes its id out of advice and reflections: those
//!   lists only link. A removed habit's id stays in the statements and
//!   conditions that name it: the validator says, beside each, that it
//!   names no habit, and the coach chooses another or removes it. Removing
//!   them with the habit would lose the coach's writing, and moving them to
//!   another habit would change what they measure unseen. Any removal can
//!   be undone.

use super::ids::{id_from, made_from};
use super::Draft;

/// The lists whose items have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Source,
    Dimension,
    Question,
    Pattern,
}

impl Kind {
    /// The id of an item whose name has no letters to make one from.
    pub(super) fn fallback(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Dimension => "habit",
            Kind::Question => "statement",
            Kind::Pattern => "style",
        }
    }
}

impl Draft {
    /// The ids of a list, in order.
    pub(super) fn ids(&self, kind: Kind) -> Vec<&str> {
        match kind {
            Kind::Source => self.sources.iter().map(|s| s.id.as_str()).collect(),
            Kind::Dimension => self.dimensions.iter().map(|d| d.id.as_str()).collect(),
            Kind::Question => self.questions.iter().map(|q| q.id.as_str()).collect(),
            Kind::Pattern => self.patterns.iter().map(|p| p.id.as_str()).collect(),
        }
    }

    pub(super) fn id_at(&self, kind: Kind, i: usize) -> Option<&str> {
        self.ids(kind).get(i).copied()
    }

    /// Whether an item of the list other than item `i` has the id `id`.
    pub(super) fn taken(&self, kind: Kind, i: usize, id: &str) -> bool {
        self.ids(kind)
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && *other == id)
    }

    fn id_mut(&mut self, kind: Kind, i: usize) -> Option<&mut String> {
        Some(match kind {
            Kind::Source => &mut self.sources.get_mut(i)?.id,
            Kind::Dimension => &mut self.dimensions.get_mut(i)?.id,
            Kind::Question => &mut self.questions.get_mut(i)?.id,
            Kind::Pattern => &mut self.patterns.get_mut(i)?.id,
        })
    }

    /// The name an item's id is made from: a source's author, a habit's or
    /// a style's name (statements have none).
    fn name_mut(&mut self, kind: Kind, i: usize) -> Option<&mut String> {
        Some(match kind {
            Kind::Source => &mut self.sources.get_mut(i)?.author,
            Kind::Dimension => &mut self.dimensions.get_mut(i)?.name,
            Kind::Pattern => &mut self.patterns.get_mut(i)?.name,
            Kind::Question => return None,
        })
    }

    /// Gives item `i` the id `new`, and every reference to its old id,
    /// when those were certainly its own (see the module's notes).
    pub(super) fn rename(&mut self, kind: Kind, i: usize, new: String) -> bool {
        let Some(old) = self.id_at(kind, i).map(str::to_string) else {
            return false;
        };
        if old == new {
            return false;
        }
        let follow = !old.is_empty() && !self.taken(kind, i, &old) && !self.taken(kind, i, &new);
        if follow {
            for list in self.ref_lists(kind) {
                for id in list.iter_mut().filter(|id| **id == old) {
                    id.clone_from(&new);
                }
            }
            for id in self.single_refs(kind).into_iter().filter(|id| **id == old) {
                id.clone_from(&new);
            }
        }
        if let Some(id) = self.id_mut(kind, i) {
            *id = new;
        }
        true
    }

    /// Gives item `i` the name `name`, and a new id from it when its id
    /// was made from the old name.
    pub(super) fn rename_by_name(&mut self, kind: Kind, i: usize, name: String) -> bool {
        let Some(slot) = self.name_mut(kind, i) else {
            return false;
        };
        if *slot == name {
            return false;
        }
        let old = std::mem::replace(slot, name.clone());
        let Some(id) = self.id_at(kind, i).map(str::to_string) else {
            return true;
        };
        if made_from(&id, &old, kind.fallback()) {
            let new = id_from(&name, kind.fallback(), |id| self.taken(kind, i, id));
            self.rename(kind, i, new);
        }
        true
    }

    /// After an item with the id `id` was removed: the id leaves every
    /// list of references, unless another item still has it.
    pub(super) fn forget(&mut self, kind: Kind, id: &str) {
        if self.ids(kind).contains(&id) {
            return;
        }
        for list in self.ref_lists(kind) {
            list.retain(|other| other != id);
        }
    }

    /// The lists of references to items of `kind`.
    fn ref_lists(&mut self, kind: Kind) -> Vec<&mut Vec<String>> {
        let Draft {
            dimensions,
            questions,
            patterns,
            reflections,
            ..
        } = self;
        let advice = dimensions
            .iter_mut()
            .flat_map(|d| d.bands.iter_mut())
            .flat_map(|b| b.advice.iter_mut());
        match kind {
            Kind::Source => questions
                .iter_mut()
                .map(|q| &mut q.sources)
                .chain(advice.map(|a| &mut a.sources))
                .chain(patterns.iter_mut().map(|p| &mut p.sources))
                .collect(),
            Kind::Question => advice
                .map(|a| &mut a.questions)
                .chain(reflections.iter_mut().map(|r| &mut r.questions))
                .collect(),
            Kind::Dimension | Kind::Pattern => Vec::new(),
        }
    }

    /// The single references to items of `kind`: the habit a statement or
    /// a condition names.
    fn single_refs(&mut self, kind: Kind) -> Vec<&mut String> {
        match kind {
            Kind::Dimension => self
                .questions
                .iter_mut()
                .map(|q| &mut q.dimension)
                .chain(
                    self.patterns
                        .iter_mut()
                        .flat_map(|p| p.when.iter_mut())
                        .map(|c| &mut c.dimension),
                )
                .collect(),
            Kind::Source | Kind::Question | Kind::Pattern => Vec::new(),
        }
    }
}
