//! The strict reading of a quiz file: the quiz, or nothing.
//!
//! [`crate::core::validate::parse_quiz`] explains every problem of a file,
//! and that takes a lenient reading of every field, problem kinds with their
//! places and hints, and their messages in every language. Readers only need
//! it when a file cannot be used; a file that can is read here, in one walk
//! of the JSON tree ([`Node`], which the reader's module has anyway for its
//! saved answers) that stops at the first thing wrong. What this accepts,
//! and the quiz it yields, are exactly the full validator's: the rules are
//! the same ones, in the same words where they are shared (`is_valid_id`,
//! `is_plain_text`, `cta_url`…), and a property test and a `make fuzz` entry
//! compare the two on files valid and broken (`tests/properties.rs`,
//! `examples/fuzz/entries/quiz.rs`). When this says no, the caller asks the
//! full validator why.

use super::catalogue::{self, placeholders};
use super::cta::CallToAction;
use super::lenient::Node;
use super::options::{cta_url, MAX_BRAND, MAX_CTA_LABEL};
use super::quiz::*;
use super::quiz_file::*;
use super::text::{is_plain_text, is_valid_date, is_valid_id, is_valid_language};
use super::validate::{
    MAX_BANDS, MAX_DIMENSIONS, MAX_FILE_BYTES, MAX_QUESTIONS, MAX_SOURCES, MAX_TEXT_CHARS,
    MAX_UI_TEXT_CHARS, SCHEMA,
};

/// The quiz a file holds when the full validator would find no problem in
/// it; `None` otherwise. Never panics, whatever the bytes.
pub fn read_quiz(bytes: &[u8]) -> Option<Quiz> {
    if bytes.len() > MAX_FILE_BYTES {
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).ok()?;
    let tree: Node = serde_json::from_str(text).ok()?;
    quiz(&tree)
}

/// An object's fields, once every one is known to `T`.
struct Obj<'a>(&'a [(String, Node)]);

impl<'a> Obj<'a> {
    fn of<T: Fields>(node: &'a Node) -> Option<Obj<'a>> {
        let Node::Object(fields) = node else {
            return None;
        };
        fields
            .iter()
            .all(|(key, _)| T::FIELDS.contains(&key.as_str()))
            .then_some(Obj(fields))
    }

    /// A field that may be left out (`null` is not left out).
    fn opt(&self, key: &str) -> Option<&'a Node> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn text(&self, key: &str) -> Option<String> {
        text(self.opt(key)?, MAX_TEXT_CHARS)
    }

    fn id(&self, key: &str) -> Option<String> {
        match self.opt(key)? {
            Node::Text(s) if is_valid_id(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// An optional field: `default` when left out, else what `read` makes of it.
    fn or<T>(&self, key: &str, default: T, read: impl FnOnce(&'a Node) -> Option<T>) -> Option<T> {
        self.opt(key).map_or(Some(default), read)
    }
}

fn text(node: &Node, max: usize) -> Option<String> {
    match node {
        Node::Text(s) if !s.trim().is_empty() && s.chars().count() <= max => Some(s.clone()),
        _ => None,
    }
}

fn whole(node: &Node, min: u64, max: u64) -> Option<u64> {
    match *node {
        Node::Number(n) if n.fract() == 0.0 && n >= min as f64 && n <= max as f64 => Some(n as u64),
        _ => None,
    }
}

fn number(node: &Node, ok: impl Fn(f64) -> bool) -> Option<f64> {
    match *node {
        Node::Number(n) if ok(n) => Some(n),
        _ => None,
    }
}

/// Every item of a list of `min..=max` items, each read by `item`.
fn each<'a, T>(
    node: &'a Node,
    (min, max): (usize, usize),
    mut item: impl FnMut(usize, &'a Node) -> Option<T>,
) -> Option<Vec<T>> {
    let Node::List(items) = node else {
        return None;
    };
    if !(min..=max).contains(&items.len()) {
        return None;
    }
    items.iter().enumerate().map(|(i, v)| item(i, v)).collect()
}

/// The ids of one list, each once, in list order.
#[derive(Default)]
struct Ids(Vec<String>);

impl Ids {
    /// Notes `id`; a second use is refused.
    fn add(&mut self, id: &str) -> Option<()> {
        if self.0.iter().any(|known| known == id) {
            return None;
        }
        self.0.push(id.to_string());
        Some(())
    }

    /// References to these ids, as list positions.
    fn refs(&self, node: &Node, bounds: (usize, usize)) -> Option<Vec<usize>> {
        each(node, bounds, |_, v| self.reference(v))
    }

    fn reference(&self, node: &Node) -> Option<usize> {
        match node {
            Node::Text(s) if is_valid_id(s) => self.0.iter().position(|id| id == s),
            _ => None,
        }
    }
}

fn quiz(root: &Node) -> Option<Quiz> {
    let top = Obj::of::<QuizFile>(root)?;
    whole(top.opt("schema")?, SCHEMA, SCHEMA)?;
    let version = top.text("version").filter(|v| v.chars().count() <= 20)?;
    let language = match top.opt("language")? {
        Node::Text(s) if is_valid_language(s) => s.clone(),
        _ => return None,
    };
    let scale = Obj::of::<ScaleFile>(top.opt("scale")?)?;
    let labels = each(scale.opt("labels")?, (5, 5), |_, v| text(v, MAX_TEXT_CHARS))?;
    let scale = Scale {
        labels: <[String; 5]>::try_from(labels).ok()?,
        not_sure: scale.or("not_sure", None, |v| text(v, MAX_TEXT_CHARS).map(Some))?,
    };

    let mut source_ids = Ids::default();
    let sources = each(top.opt("sources")?, (1, MAX_SOURCES), |_, v| {
        let o = Obj::of::<SourceFile>(v)?;
        let id = o.id("id")?;
        source_ids.add(&id)?;
        Some(Source {
            id,
            title: o.text("title")?,
            author: o.text("author")?,
            date: o.or("date", None, |v| match v {
                Node::Text(s) if is_valid_date(s) => Some(Some(s.clone())),
                _ => None,
            })?,
        })
    })?;

    // Advice names questions, which come later: (dimension, band, advice, ids).
    let mut links = Vec::new();
    let mut dimension_ids = Ids::default();
    let mut dimensions = each(top.opt("dimensions")?, (1, MAX_DIMENSIONS), |d, v| {
        let o = Obj::of::<DimensionFile>(v)?;
        let id = o.id("id")?;
        dimension_ids.add(&id)?;
        let mut next_min = 0;
        let bands = each(o.opt("bands")?, (1, MAX_BANDS), |b, v| {
            let o = Obj::of::<BandFile>(v)?;
            let (min, max) = (whole(o.opt("min")?, 0, 100)?, whole(o.opt("max")?, 0, 100)?);
            // From 0 to 100, each band starting where the one before ends.
            (min == next_min && min <= max).then_some(())?;
            next_min = max + 1;
            let advice = each(o.opt("advice")?, (1, 10), |a, v| {
                let o = Obj::of::<AdviceFile>(v)?;
                if let Some(ids) = o.opt("questions") {
                    links.push((d, b, a, ids));
                }
                Some(Advice {
                    text: o.text("text")?,
                    sources: source_ids.refs(o.opt("sources")?, (0, 10))?,
                    questions: Vec::new(),
                })
            })?;
            Some(Band {
                min: min as u8,
                max: max as u8,
                headline: o.text("headline")?,
                advice,
            })
        })?;
        (next_min == 101).then_some(())?;
        Some(Dimension {
            id,
            name: o.text("name")?,
            description: o.text("description")?,
            bands,
            discussion: o.or("discussion", Vec::new(), |v| {
                each(v, (0, 5), |_, v| text(v, MAX_TEXT_CHARS))
            })?,
            prompts: o.or("prompts", Prompts::default(), |v| {
                let o = Obj::of::<PromptsFile>(v)?;
                let list = |key| {
                    o.or(key, Vec::new(), |v| {
                        each(v, (0, 5), |_, v| text(v, MAX_TEXT_CHARS))
                    })
                };
                Some(Prompts {
                    split: list("split")?,
                    low: list("low")?,
                    high: list("high")?,
                })
            })?,
        })
    })?;

    let mut question_ids = Ids::default();
    let questions = each(top.opt("questions")?, (1, MAX_QUESTIONS), |_, v| {
        let o = Obj::of::<QuestionFile>(v)?;
        let id = o.id("id")?;
        question_ids.add(&id)?;
        Some(Question {
            id,
            dimension: dimension_ids.reference(o.opt("dimension")?)?,
            text: o.text("text")?,
            reverse: o.or("reverse", false, |v| match *v {
                Node::Bool(b) => Some(b),
                _ => None,
            })?,
            weight: o.or("weight", 1.0, |v| number(v, |w| w > 0.0 && w <= 10.0))?,
            sources: source_ids.refs(o.opt("sources")?, (1, 10))?,
        })
    })?;
    // Every dimension is measured by a question.
    (0..dimensions.len())
        .all(|d| questions.iter().any(|q| q.dimension == d))
        .then_some(())?;
    // Advice names questions of its own dimension.
    for (d, b, a, ids) in links {
        let resolved = question_ids.refs(ids, (1, 10))?;
        resolved
            .iter()
            .all(|&q| questions[q].dimension == d)
            .then_some(())?;
        dimensions[d].bands[b].advice[a].questions = resolved;
    }

    let mut pattern_ids = Ids::default();
    let patterns = each(top.opt("patterns")?, (1, 50), |_, v| {
        let o = Obj::of::<PatternFile>(v)?;
        let id = o.id("id")?;
        pattern_ids.add(&id)?;
        Some(Pattern {
            id,
            name: o.text("name")?,
            when: each(o.opt("when")?, (0, 20), |_, v| {
                let o = Obj::of::<ConditionFile>(v)?;
                let in_range = |n: f64| (0.0..=100.0).contains(&n);
                let threshold = match (o.opt("below"), o.opt("at_least")) {
                    (Some(v), None) => Threshold::Below(number(v, in_range)?),
                    (None, Some(v)) => Threshold::AtLeast(number(v, in_range)?),
                    _ => return None,
                };
                Some(Condition {
                    dimension: dimension_ids.reference(o.opt("dimension")?)?,
                    threshold,
                })
            })?,
            summary: o.text("summary")?,
            try_first: o.text("try_first")?,
            sources: source_ids.refs(o.opt("sources")?, (0, 10))?,
            cta: o.or("cta", None, |v| {
                let o = Obj::of::<CtaFile>(v)?;
                let label = o
                    .text("label")
                    .filter(|l| l.chars().count() <= MAX_CTA_LABEL)?;
                Some(Some(CallToAction {
                    url: cta_url(&o.text("url")?).ok()?,
                    label: Some(label),
                }))
            })?,
        })
    })?;
    // One default pattern (no conditions), the last.
    let defaults = patterns.iter().filter(|p| p.when.is_empty()).count();
    (defaults == 1 && patterns[patterns.len() - 1].when.is_empty()).then_some(())?;

    let mut reflection_ids = Ids::default();
    let reflections = each(top.opt("reflections")?, (0, 50), |_, v| {
        let o = Obj::of::<ReflectionFile>(v)?;
        let id = o.id("id")?;
        reflection_ids.add(&id)?;
        Some(Reflection {
            id,
            prompt: o.text("prompt")?,
            questions: question_ids.refs(o.opt("questions")?, (1, 20))?,
        })
    })?;

    let ui = top.or("ui", Vec::new(), ui)?;
    let brand = top.or("brand", None, |v| {
        let brand = text(v, MAX_TEXT_CHARS)?;
        (brand.chars().count() <= MAX_BRAND).then(|| Some(brand.trim().to_string()))
    })?;

    Some(Quiz {
        id: top.id("id")?,
        version,
        title: top.text("title")?,
        intro: top.text("intro")?,
        minutes: whole(top.opt("minutes")?, 1, 120)? as u32,
        language,
        scale,
        sources,
        dimensions,
        questions,
        patterns,
        reflections,
        brand,
        ui,
    })
}

/// A coach's wording for the app's own text: keys some catalogue has, each
/// a plain text with the placeholders of its English text; sorted by key.
fn ui(node: &Node) -> Option<Vec<(String, String)>> {
    let Node::Object(entries) = node else {
        return None;
    };
    let mut out = entries
        .iter()
        .map(|(key, value)| {
            let english = catalogue::english(key)?;
            let text = text(value, MAX_UI_TEXT_CHARS).filter(|t| is_plain_text(t))?;
            (placeholders(&text) == placeholders(english)).then(|| (key.clone(), text))
        })
        .collect::<Option<Vec<_>>>()?;
    out.sort_unstable();
    Some(out)
}
