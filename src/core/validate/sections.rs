//! Reading each section of a quiz file (scale, sources, dimensions, questions) into the quiz.

use super::patterns::read_patterns;
use super::problem::*;
use super::reader::{index_path, opt, read_each, Ids, Reader};
use super::ui::read_ui;
use super::{MAX_BANDS, MAX_DIMENSIONS, MAX_QUESTIONS, MAX_SOURCES, SCHEMA};
use crate::core::lenient::{List, Object, Raw};
use crate::core::options::MAX_BRAND;
use crate::core::quiz::*;
use crate::core::quiz_file::*;
use crate::core::text::{is_valid_date, is_valid_language, shorten};

pub(super) fn read_quiz(r: &mut Reader, root: &Object<QuizFile>) -> Option<Quiz> {
    let at = "$";
    let top = r.object(root, at)?;
    // A different schema may mean different fields: report only that.
    match r.req(at, "schema", &top.schema) {
        Some((v, _)) if v.as_u64() == Some(SCHEMA) => {}
        Some((v, p)) => {
            r.problems.clear();
            r.report(
                &p,
                ProblemKind::UnsupportedSchema {
                    found: v.describe(),
                },
            );
            return None;
        }
        None => return None,
    }
    let id = r.id_field(at, "id", &top.id);
    let version = r.req(at, "version", &top.version).and_then(|(v, p)| {
        let s = r.text(v, &p)?;
        if s.chars().count() > 20 {
            r.report(&p, ProblemKind::OutOfRange(Range::Chars(20)));
            return None;
        }
        Some(s)
    });
    let title = r.text_field(at, "title", &top.title);
    let intro = r.text_field(at, "intro", &top.intro);
    let minutes = r
        .req(at, "minutes", &top.minutes)
        .and_then(|(v, p)| r.whole_number(v, &p, 1, 120));
    let language = r
        .req(at, "language", &top.language)
        .and_then(|(v, p)| match v {
            Raw::Text(s) if is_valid_language(s) => Some(s.clone()),
            Raw::Text(s) => {
                r.report(&p, ProblemKind::BadLanguage(shorten(s)));
                None
            }
            _ => {
                r.report(&p, ProblemKind::WrongType(Expected::LanguageTag));
                None
            }
        });
    let scale = r
        .req(at, "scale", &top.scale)
        .and_then(|(v, p)| read_scale(r, v, &p));

    let mut source_ids = Ids::default();
    let sources = r.req(at, "sources", &top.sources).and_then(|(v, p)| {
        let sources = read_each(r, v, &p, (1, MAX_SOURCES), Noun::Sources, |r, v, p, i| {
            read_source(r, v, p, i, &mut source_ids)
        });
        source_ids.note_unread(v, MAX_SOURCES, |s| &s.id);
        sources
    });
    r.first_source = source_ids.order.first().cloned();

    let mut dimension_ids = Ids::default();
    let mut links = Vec::new();
    let mut dimensions = r.req(at, "dimensions", &top.dimensions).and_then(|(v, p)| {
        let dimensions = read_each(
            r,
            v,
            &p,
            (1, MAX_DIMENSIONS),
            Noun::Dimensions,
            |r, v, p, i| read_dimension(r, v, p, i, &mut dimension_ids, &source_ids, &mut links),
        );
        dimension_ids.note_unread(v, MAX_DIMENSIONS, |d| &d.id);
        dimensions
    });

    let mut question_ids = Ids::default();
    // The dimension each question measures, even when the question has other
    // problems, so an unmeasured dimension is reported alongside them.
    let mut measured: Option<Vec<Option<usize>>> = None;
    let questions = r.req(at, "questions", &top.questions).and_then(|(v, p)| {
        let mut seen = Vec::new();
        let questions = read_each(
            r,
            v,
            &p,
            (1, MAX_QUESTIONS),
            Noun::Questions,
            |r, v, p, i| {
                let (question, dimension) =
                    read_question(r, v, p, i, &mut question_ids, &dimension_ids, &source_ids);
                seen.push(dimension);
                question
            },
        );
        question_ids.note_unread(v, MAX_QUESTIONS, |q| &q.id);
        measured = matches!(v, List::Found(_)).then_some(seen);
        questions
    });
    // A question whose dimension did not resolve might have meant any of them.
    let question_dims = measured.clone().unwrap_or_default();
    if let Some(Some(measured)) = measured.map(|m| m.into_iter().collect::<Option<Vec<usize>>>()) {
        let mut is_measured = vec![false; dimension_ids.positions.last().map_or(0, |&d| d + 1)];
        for d in measured {
            if let Some(slot) = is_measured.get_mut(d) {
                *slot = true;
            }
        }
        for &d in &dimension_ids.positions {
            if !is_measured[d] {
                r.report(
                    &format!("$.dimensions[{d}]"),
                    ProblemKind::UnmeasuredDimension,
                );
            }
        }
    }

    // Advice names questions of its own dimension; the questions are known now.
    for link in links {
        let (d, b, a) = link.at;
        let Some(resolved) = r.refs(
            link.ids,
            &link.path,
            (1, 10),
            &question_ids,
            RefKind::Question,
        ) else {
            continue;
        };
        let mut ok = true;
        for (k, &q) in resolved.iter().enumerate() {
            if let Some(Some(measures)) = question_dims.get(q).copied().filter(|m| *m != Some(d)) {
                ok = false;
                let kind = ProblemKind::AdviceQuestionElsewhere {
                    question: question_ids.id_at(q),
                    measures: dimension_ids.id_at(measures),
                    advice: dimension_ids.id_at(d),
                };
                r.report(&index_path(&link.path, k), kind);
            }
        }
        if let Some(advice) = dimensions
            .as_mut()
            .and_then(|ds| ds.get_mut(d)?.bands.get_mut(b)?.advice.get_mut(a))
            .filter(|_| ok)
        {
            advice.questions = resolved;
        }
    }

    let patterns = r
        .req(at, "patterns", &top.patterns)
        .and_then(|(v, p)| read_patterns(r, v, &p, &dimension_ids, &source_ids));

    let reflections = r
        .req(at, "reflections", &top.reflections)
        .and_then(|(v, p)| {
            let mut ids = Ids::default();
            read_each(r, v, &p, (0, 50), Noun::Reflections, |r, v, p, i| {
                let o = r.object(v, p)?;
                let id = r.id_field(p, "id", &o.id);
                if let Some(id) = &id {
                    ids.add(r, id, i, p);
                }
                let prompt = r.text_field(p, "prompt", &o.prompt);
                let questions = r
                    .req(p, "questions", &o.questions)
                    .and_then(|(v, p)| r.refs(v, &p, (1, 20), &question_ids, RefKind::Question));
                Some(Reflection {
                    id: id?,
                    prompt: prompt?,
                    questions: questions?,
                })
            })
        });

    let ui = match opt(at, "ui", &top.ui) {
        Some((v, p)) => read_ui(r, v, &p),
        None => Some(Vec::new()),
    };
    let brand = match opt(at, "brand", &top.brand) {
        None => Some(None),
        Some((v, p)) => r.text(v, &p).and_then(|brand| {
            let chars = brand.chars().count();
            if chars > MAX_BRAND {
                r.report(&p, ProblemKind::BrandTooLong { chars });
                None
            } else {
                Some(Some(brand.trim().to_string()))
            }
        }),
    };

    Some(Quiz {
        id: id?,
        version: version?,
        title: title?,
        intro: intro?,
        minutes: minutes? as u32,
        language: language?,
        scale: scale?,
        sources: sources?,
        dimensions: dimensions?,
        questions: questions?,
        patterns: patterns?,
        reflections: reflections?,
        brand: brand?,
        ui: ui?,
    })
}

fn read_scale(r: &mut Reader, v: &Object<ScaleFile>, path: &str) -> Option<Scale> {
    let o = r.object(v, path)?;
    let labels = r.req(path, "labels", &o.labels).and_then(|(v, p)| {
        let List::Found(items) = v else {
            r.report(&p, ProblemKind::NotAnArray);
            return None;
        };
        if items.len() != 5 {
            r.report(&p, ProblemKind::ScaleLabels { found: items.len() });
        }
        // Labels past the fifth are not read.
        let texts: Vec<Option<String>> = items
            .iter()
            .take(5)
            .enumerate()
            .map(|(i, v)| r.text(v, &index_path(&p, i)))
            .collect();
        let texts: Vec<String> = texts.into_iter().collect::<Option<_>>()?;
        <[String; 5]>::try_from(texts).ok()
    });
    let not_sure = match opt(path, "not_sure", &o.not_sure) {
        Some((v, p)) => Some(r.text(v, &p)?),
        None => None,
    };
    Some(Scale {
        labels: labels?,
        not_sure,
    })
}

fn read_source(
    r: &mut Reader,
    v: &Object<SourceFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
) -> Option<Source> {
    let o = r.object(v, path)?;
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let title = r.text_field(path, "title", &o.title);
    let author = r.text_field(path, "author", &o.author);
    let date = match opt(path, "date", &o.date) {
        Some((v, p)) => match v {
            Raw::Text(s) if is_valid_date(s) => Some(Some(s.clone())),
            Raw::Text(s) => {
                r.report(&p, ProblemKind::BadDate(shorten(s)));
                None
            }
            _ => {
                r.report(&p, ProblemKind::WrongType(Expected::Date));
                None
            }
        },
        None => Some(None),
    };
    Some(Source {
        id: id?,
        title: title?,
        author: author?,
        date: date?,
    })
}

fn read_dimension<'f>(
    r: &mut Reader,
    v: &'f Object<DimensionFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
    sources: &Ids,
    links: &mut Vec<AdviceLinks<'f>>,
) -> Option<Dimension> {
    let o = r.object(v, path)?;
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let name = r.text_field(path, "name", &o.name);
    let description = r.text_field(path, "description", &o.description);
    let bands = r.req(path, "bands", &o.bands).and_then(|(v, p)| {
        // Each band's (min, max), so coverage is checked even when a band has
        // other problems.
        let mut bounds = Vec::new();
        let bands = read_each(r, v, &p, (1, MAX_BANDS), Noun::Bands, |r, v, p, b| {
            let (band, range) = read_band(r, v, p, sources, (i, b), links);
            bounds.push(range);
            band
        });
        // Too many bands are not all read: how they cover 0–100 is not known.
        let all_read = matches!(v, List::Found(b) if b.len() <= MAX_BANDS);
        let bounds: Option<Vec<(u8, u8)>> = bounds.into_iter().collect();
        let covered = bounds.is_some_and(|b| all_read && check_band_coverage(r, &b, &p));
        bands.filter(|_| covered)
    });
    let discussion = match opt(path, "discussion", &o.discussion) {
        Some((v, p)) => read_each(r, v, &p, (0, 5), Noun::DiscussionPrompts, |r, v, p, _| {
            r.text(v, p)
        }),
        None => Some(Vec::new()),
    };
    let prompts = match opt(path, "prompts", &o.prompts) {
        Some((v, p)) => read_prompts(r, v, &p),
        None => Some(Prompts::default()),
    };
    Some(Dimension {
        id: id?,
        name: name?,
        description: description?,
        bands: bands?,
        discussion: discussion?,
        prompts: prompts?,
    })
}

/// A dimension's `prompts`: each situation's list optional, 0–5 texts.
fn read_prompts(r: &mut Reader, v: &Object<PromptsFile>, path: &str) -> Option<Prompts> {
    let o = r.object(v, path)?;
    let mut list = |key: &str, v: &List<Raw>| match opt(path, key, v) {
        Some((v, p)) => read_each(r, v, &p, (0, 5), Noun::DiscussionPrompts, |r, v, p, _| {
            r.text(v, p)
        }),
        None => Some(Vec::new()),
    };
    let (split, low, high) = (
        list("split", &o.split),
        list("low", &o.low),
        list("high", &o.high),
    );
    Some(Prompts {
        split: split?,
        low: low?,
        high: high?,
    })
}

/// An advice item's optional `questions`, kept until the questions are read.
struct AdviceLinks<'f> {
    /// (dimension, band, advice item) positions.
    at: (usize, usize, usize),
    path: String,
    ids: &'f List<Raw>,
}

/// A band, and its (min, max) when those could be read. `at` is the
/// band's (dimension, band) position.
fn read_band<'f>(
    r: &mut Reader,
    v: &'f Object<BandFile>,
    path: &str,
    sources: &Ids,
    (dimension, band): (usize, usize),
    links: &mut Vec<AdviceLinks<'f>>,
) -> (Option<Band>, Option<(u8, u8)>) {
    let Some(o) = r.object(v, path) else {
        return (None, None);
    };
    let min = band_bound(r, path, "min", &o.min);
    let max = band_bound(r, path, "max", &o.max);
    let headline = r.text_field(path, "headline", &o.headline);
    let advice = r.req(path, "advice", &o.advice).and_then(|(v, p)| {
        read_each(r, v, &p, (1, 10), Noun::AdviceItems, |r, v, p, a| {
            let o = r.object(v, p)?;
            let text = r.text_field(p, "text", &o.text);
            let sources = r.sources(p, &o.sources, sources, 0);
            if let Some((ids, path)) = opt(p, "questions", &o.questions) {
                links.push(AdviceLinks {
                    at: (dimension, band, a),
                    path,
                    ids,
                });
            }
            Some(Advice {
                text: text?,
                sources: sources?,
                questions: Vec::new(),
            })
        })
    });
    let (Some(min), Some(max)) = (min, max) else {
        return (None, None);
    };
    if min > max {
        r.report(path, ProblemKind::BandInverted { min, max });
        return (None, None);
    }
    let band = headline.zip(advice).map(|(headline, advice)| Band {
        min,
        max,
        headline,
        advice,
    });
    (band, Some((min, max)))
}

/// A band's `min` or `max`.
fn band_bound(r: &mut Reader, band: &str, key: &'static str, v: &Raw) -> Option<u8> {
    let (v, p) = r.req(band, key, v)?;
    r.whole_number(v, &p, 0, 100).map(|n| n as u8)
}

/// Bands must tile 0..=100 in order; reports the first break in the tiling.
fn check_band_coverage(r: &mut Reader, bands: &[(u8, u8)], path: &str) -> bool {
    let Some(&(first_min, _)) = bands.first() else {
        return false;
    };
    if first_min != 0 {
        r.report(
            &format!("{path}[0].min"),
            ProblemKind::BandsDoNotStartAtZero,
        );
        return false;
    }
    for (i, pair) in bands.windows(2).enumerate() {
        let expected = pair[0].1.saturating_add(1);
        if pair[1].0 != expected {
            let kind = ProblemKind::BandsNotContiguous {
                expected,
                found: pair[1].0,
            };
            r.report(&format!("{path}[{}].min", i + 1), kind);
            return false;
        }
    }
    if bands[bands.len() - 1].1 != 100 {
        r.report(
            &format!("{path}[{}].max", bands.len() - 1),
            ProblemKind::BandsDoNotEndAt100,
        );
        return false;
    }
    true
}

/// A question, and the dimension it measures when that much could be read.
fn read_question(
    r: &mut Reader,
    v: &Object<QuestionFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
    dimensions: &Ids,
    sources: &Ids,
) -> (Option<Question>, Option<usize>) {
    let Some(o) = r.object(v, path) else {
        return (None, None);
    };
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let dimension = r
        .req(path, "dimension", &o.dimension)
        .and_then(|(v, p)| r.reference(v, &p, dimensions, RefKind::Dimension));
    let text = r.text_field(path, "text", &o.text);
    let reverse = match opt(path, "reverse", &o.reverse) {
        Some((v, p)) => r.boolean(v, &p),
        None => Some(false),
    };
    let weight = match opt(path, "weight", &o.weight) {
        Some((v, p)) => r.number(
            v,
            &p,
            |w| w > 0.0 && w <= 10.0,
            Range::Above { min: 0, max: 10 },
        ),
        None => Some(1.0),
    };
    let sources = r.sources(path, &o.sources, sources, 1);
    let question = match (id, dimension, text, reverse, weight, sources) {
        (Some(id), Some(dimension), Some(text), Some(reverse), Some(weight), Some(sources)) => {
            Some(Question {
                id,
                dimension,
                text,
                reverse,
                weight,
                sources,
            })
        }
        _ => None,
    };
    (question, dimension)
}
