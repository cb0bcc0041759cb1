//! The edits a form makes, as intents applied to a draft: set a field, add, remove or move an item.

use super::field::*;
use super::refs::Kind;
use super::serial::reads_back;
use super::{Draft, Test};
use crate::core::lenient::within_number_rule;

/// One change a coach makes in the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Gives a field a value of its kind: a text (or an id), a number, a
    /// flag, a list of ids, a test. A value of another kind, a field that
    /// is not a form field ([`Field::Whole`], [`Field::List`],
    /// [`Field::Item`]), and a number no quiz file can hold (more than 15
    /// significant digits, beyond 10^22, not finite) change nothing.
    ///
    /// Renaming keeps references in step: a new id for a source, a habit
    /// or a statement is written into every reference to it, and a new
    /// name for a source (its author), a habit or a style gives it a new id
    /// from the name when its id was made from the old name (see
    /// the `refs` module).
    Set(Field, Value),
    /// Adds an item at the end of a list ([`Draft::add_position`] says
    /// where), with a fresh id where items have one, and empty texts.
    Add(List),
    /// Removes an item; references to a removed source or statement go
    /// from the lists that name it (a habit's are left for the validator to
    /// point out: see the `refs` module).
    Remove(Item),
    /// Swaps an item with the one before it.
    MoveUp(Item),
    /// Swaps an item with the one after it.
    MoveDown(Item),
}

/// Where a field's value is held, to read it.
enum Slot<'a> {
    Text(&'a String),
    Number(&'a Option<f64>),
    Flag(&'a bool),
    Ids(&'a Vec<String>),
}

/// Where a field's value is held, to change it.
enum SlotMut<'a> {
    Text(&'a mut String),
    Number(&'a mut Option<f64>),
    Flag(&'a mut bool),
    Ids(&'a mut Vec<String>),
}

/// The slot of every field whose value is held as it is set (conditions'
/// test and number and `ui` texts are not), read-only or mutable.
macro_rules! slot_fn {
    ($name:ident, $Slot:ident, $get:ident, $of:ident $(, $m:ident)?) => {
        fn $name<'a>(d: &'a $($m)? Draft, field: &Field) -> Option<$Slot<'a>> {
            use $Slot as S;
            Some(match *field {
                Field::Quiz(key) => match key {
                    QuizKey::Id => S::Text(& $($m)? d.id),
                    QuizKey::Version => S::Text(& $($m)? d.version),
                    QuizKey::Title => S::Text(& $($m)? d.title),
                    QuizKey::Intro => S::Text(& $($m)? d.intro),
                    QuizKey::Minutes => S::Number(& $($m)? d.minutes),
                    QuizKey::Language => S::Text(& $($m)? d.language),
                    QuizKey::Brand => S::Text(& $($m)? d.brand),
                    QuizKey::NotSure => S::Text(& $($m)? d.scale.not_sure),
                },
                Field::Text(Item { list, index }) => S::Text(match list {
                    List::Labels => d.scale.labels.$get(index)?,
                    List::Discussion(i) => d.dimensions.$get(i)?.discussion.$get(index)?,
                    List::Prompts(i, s) => d.dimensions.$get(i)?.prompts.$of(s).$get(index)?,
                    _ => return None,
                }),
                Field::Source(i, key) => {
                    let s = d.sources.$get(i)?;
                    S::Text(match key {
                        SourceKey::Id => & $($m)? s.id,
                        SourceKey::Title => & $($m)? s.title,
                        SourceKey::Author => & $($m)? s.author,
                        SourceKey::Date => & $($m)? s.date,
                    })
                }
                Field::Dimension(i, key) => {
                    let x = d.dimensions.$get(i)?;
                    S::Text(match key {
                        DimensionKey::Id => & $($m)? x.id,
                        DimensionKey::Name => & $($m)? x.name,
                        DimensionKey::Description => & $($m)? x.description,
                    })
                }
                Field::Band(i, b, key) => {
                    let band = d.dimensions.$get(i)?.bands.$get(b)?;
                    match key {
                        BandKey::Min => S::Number(& $($m)? band.min),
                        BandKey::Max => S::Number(& $($m)? band.max),
                        BandKey::Headline => S::Text(& $($m)? band.headline),
                    }
                }
                Field::Advice(i, b, a, key) => {
                    let advice = d.dimensions.$get(i)?.bands.$get(b)?.advice.$get(a)?;
                    match key {
                        AdviceKey::Text => S::Text(& $($m)? advice.text),
                        AdviceKey::Sources => S::Ids(& $($m)? advice.sources),
                        AdviceKey::Questions => S::Ids(& $($m)? advice.questions),
                    }
                }
                Field::Question(i, key) => {
                    let q = d.questions.$get(i)?;
                    match key {
                        QuestionKey::Id => S::Text(& $($m)? q.id),
                        QuestionKey::Dimension => S::Text(& $($m)? q.dimension),
                        QuestionKey::Text => S::Text(& $($m)? q.text),
                        QuestionKey::Reverse => S::Flag(& $($m)? q.reverse),
                        QuestionKey::Weight => S::Number(& $($m)? q.weight),
                        QuestionKey::Sources => S::Ids(& $($m)? q.sources),
                    }
                }
                Field::Pattern(i, key) => {
                    let p = d.patterns.$get(i)?;
                    match key {
                        PatternKey::Id => S::Text(& $($m)? p.id),
                        PatternKey::Name => S::Text(& $($m)? p.name),
                        PatternKey::Summary => S::Text(& $($m)? p.summary),
                        PatternKey::TryFirst => S::Text(& $($m)? p.try_first),
                        PatternKey::Sources => S::Ids(& $($m)? p.sources),
                        PatternKey::CtaLabel => S::Text(& $($m)? p.cta.label),
                        PatternKey::CtaUrl => S::Text(& $($m)? p.cta.url),
                    }
                }
                Field::Condition(p, c, ConditionKey::Dimension) => {
                    S::Text(& $($m)? d.patterns.$get(p)?.when.$get(c)?.dimension)
                }
                Field::Reflection(i, key) => {
                    let r = d.reflections.$get(i)?;
                    match key {
                        ReflectionKey::Id => S::Text(& $($m)? r.id),
                        ReflectionKey::Prompt => S::Text(& $($m)? r.prompt),
                        ReflectionKey::Questions => S::Ids(& $($m)? r.questions),
                    }
                }
                Field::Condition(..)
                | Field::Ui(_)
                | Field::Whole
                | Field::List(_)
                | Field::Item(_) => return None,
            })
        }
    };
}

slot_fn!(slot, Slot, get, of);
slot_fn!(slot_mut, SlotMut, get_mut, of_mut, mut);

/// Sets `slot` to `value`; whether that changed it.
fn put<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// A list's items, whatever they are, for adding, removing and moving.
pub(super) trait Items {
    fn count(&self) -> usize;
    fn same(&self, a: usize, b: usize) -> bool;
    fn swap_items(&mut self, a: usize, b: usize);
    fn remove_item(&mut self, i: usize);
}

impl<T: PartialEq> Items for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }

    fn same(&self, a: usize, b: usize) -> bool {
        self[a] == self[b]
    }

    fn swap_items(&mut self, a: usize, b: usize) {
        self.swap(a, b);
    }

    fn remove_item(&mut self, i: usize) {
        self.remove(i);
    }
}

macro_rules! items_fn {
    ($name:ident, $get:ident, $of:ident $(, $m:ident)?) => {
        fn $name(& $($m)? self, list: List) -> Option<& $($m)? dyn Items> {
            let items: & $($m)? dyn Items = match list {
                List::Labels => & $($m)? self.scale.labels,
                List::Sources => & $($m)? self.sources,
                List::Dimensions => & $($m)? self.dimensions,
                List::Bands(d) => & $($m)? self.dimensions.$get(d)?.bands,
                List::Advice(d, b) => & $($m)? self.dimensions.$get(d)?.bands.$get(b)?.advice,
                List::Discussion(d) => & $($m)? self.dimensions.$get(d)?.discussion,
                List::Prompts(d, s) => self.dimensions.$get(d)?.prompts.$of(s),
                List::Questions => & $($m)? self.questions,
                List::Patterns => & $($m)? self.patterns,
                List::Conditions(p) => & $($m)? self.patterns.$get(p)?.when,
                List::Reflections => & $($m)? self.reflections,
            };
            Some(items)
        }
    };
}

impl Draft {
    items_fn!(items, get, of);
    items_fn!(items_mut, get_mut, of_mut, mut);

    /// Applies one edit; whether it changed the draft (an edit that would
    /// change nothing, or names a field or item the draft does not have,
    /// does nothing).
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Set(field, value) => self.set(&field, value),
            Edit::Add(list) => self.add(list),
            Edit::Remove(item) => self.remove(item),
            Edit::MoveUp(item) => item.index > 0 && self.swap(item.list, item.index - 1),
            Edit::MoveDown(item) => self.swap(item.list, item.index),
        }
    }

    /// A field's value, as a form control shows it; `None` for a field the
    /// draft does not have (or a whole item, list or quiz).
    pub fn value(&self, field: &Field) -> Option<Value> {
        match field {
            Field::Condition(p, c, key) => {
                let condition = self.patterns.get(*p)?.when.get(*c)?;
                Some(match key {
                    ConditionKey::Dimension => Value::Text(condition.dimension.clone()),
                    ConditionKey::Test => Value::Test(condition.test()),
                    ConditionKey::Number => Value::Number(condition.number()),
                })
            }
            Field::Ui(key) => self
                .ui
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, text)| Value::Text(text.clone()))
                .or(Some(Value::Text(String::new()))),
            _ => Some(match slot(self, field)? {
                Slot::Text(s) => Value::Text(s.clone()),
                Slot::Number(n) => Value::Number(*n),
                Slot::Flag(b) => Value::Flag(*b),
                Slot::Ids(ids) => Value::Ids(ids.clone()),
            }),
        }
    }

    /// How many items a list has; `None` when the item it belongs to is not there.
    pub fn count(&self, list: List) -> Option<usize> {
        self.items(list).map(Items::count)
    }

    fn set(&mut self, field: &Field, value: Value) -> bool {
        // A number the file cannot hold would make the whole file unreadable.
        if let Value::Number(Some(n)) = value {
            if !within_number_rule(n) || !reads_back(n) {
                return false;
            }
        }
        match (field, value) {
            (&Field::Source(i, SourceKey::Id), Value::Text(id)) => self.rename(Kind::Source, i, id),
            (&Field::Dimension(i, DimensionKey::Id), Value::Text(id)) => {
                self.rename(Kind::Dimension, i, id)
            }
            (&Field::Question(i, QuestionKey::Id), Value::Text(id)) => {
                self.rename(Kind::Question, i, id)
            }
            (&Field::Source(i, SourceKey::Author), Value::Text(name)) => {
                self.rename_by_name(Kind::Source, i, name)
            }
            (&Field::Dimension(i, DimensionKey::Name), Value::Text(name)) => {
                self.rename_by_name(Kind::Dimension, i, name)
            }
            (&Field::Pattern(i, PatternKey::Name), Value::Text(name)) => {
                self.rename_by_name(Kind::Pattern, i, name)
            }
            (&Field::Condition(p, c, key), value) => {
                let Some(condition) = self.patterns.get_mut(p).and_then(|p| p.when.get_mut(c))
                else {
                    return false;
                };
                let (test, number) = match (key, value) {
                    (ConditionKey::Test, Value::Test(test)) => (test, condition.number()),
                    (ConditionKey::Number, Value::Number(n)) => (condition.test(), n),
                    (ConditionKey::Dimension, Value::Text(id)) => {
                        return put(&mut condition.dimension, id)
                    }
                    _ => return false,
                };
                let (below, at_least) = match test {
                    Test::Below => (number, None),
                    Test::AtLeast => (None, number),
                };
                put(&mut condition.below, below) | put(&mut condition.at_least, at_least)
            }
            (Field::Ui(key), Value::Text(text)) => {
                let at = self.ui.iter().position(|(k, _)| k == key);
                match (at, text.is_empty()) {
                    (Some(at), true) => {
                        self.ui.remove(at);
                        true
                    }
                    (Some(at), false) => put(&mut self.ui[at].1, text),
                    (None, true) => false,
                    (None, false) => {
                        self.ui.push((key.clone(), text));
                        true
                    }
                }
            }
            (field, value) => match (slot_mut(self, field), value) {
                (Some(SlotMut::Text(s)), Value::Text(v)) => put(s, v),
                (Some(SlotMut::Number(n)), Value::Number(v)) => put(n, v),
                (Some(SlotMut::Flag(b)), Value::Flag(v)) => put(b, v),
                (Some(SlotMut::Ids(ids)), Value::Ids(v)) => put(ids, v),
                _ => false,
            },
        }
    }

    /// Swaps item `i` of a list with item `i + 1` (two equal items
    /// swapped change nothing).
    fn swap(&mut self, list: List, i: usize) -> bool {
        match self.items_mut(list) {
            Some(items) if i + 1 < items.count() && !items.same(i, i + 1) => {
                items.swap_items(i, i + 1);
                true
            }
            _ => false,
        }
    }

    fn remove(&mut self, item: Item) -> bool {
        let kind = match item.list {
            List::Sources => Some(Kind::Source),
            List::Questions => Some(Kind::Question),
            _ => None,
        };
        let id = kind.and_then(|kind| self.id_at(kind, item.index).map(str::to_string));
        match self.items_mut(item.list) {
            Some(items) if item.index < items.count() => items.remove_item(item.index),
            _ => return false,
        }
        if let (Some(kind), Some(id)) = (kind, id) {
            self.forget(kind, &id);
        }
        true
    }
}
