//! Reading the archetypes: their conditions and their calls to action.

use super::problem::*;
use super::reader::{field_path, index_path, opt, read_each, Ids, Reader};
use crate::core::cta::CallToAction;
use crate::core::lenient::{List, Object};
use crate::core::options::{cta_url, MAX_CTA_LABEL};
use crate::core::quiz::*;
use crate::core::quiz_file::*;

/// An archetype's call to action: a short label and an address the page
/// options would accept (http(s) or mailto:, with `{code}` and `{link}`).
fn read_cta(r: &mut Reader, v: &Object<CtaFile>, path: &str) -> Option<CallToAction> {
    let o = r.object(v, path)?;
    let label = r.text_field(path, "label", &o.label).and_then(|label| {
        let chars = label.chars().count();
        if chars > MAX_CTA_LABEL {
            r.report(
                &field_path(path, "label"),
                ProblemKind::CtaLabelTooLong { chars },
            );
            None
        } else {
            Some(label)
        }
    });
    let url = r
        .text_field(path, "url", &o.url)
        .and_then(|url| match cta_url(&url) {
            Ok(url) => Some(url),
            Err(reason) => {
                r.report(&field_path(path, "url"), ProblemKind::BadCta(reason));
                None
            }
        });
    Some(CallToAction {
        url: url?,
        label: Some(label?),
    })
}

pub(super) fn read_patterns(
    r: &mut Reader,
    v: &List<Object<PatternFile>>,
    path: &str,
    dimensions: &Ids,
    sources: &Ids,
) -> Option<Vec<Pattern>> {
    let mut ids = Ids::default();
    let patterns = read_each(r, v, path, (1, 50), Noun::Patterns, |r, v, p, i| {
        let o = r.object(v, p)?;
        let id = r.id_field(p, "id", &o.id);
        if let Some(id) = &id {
            ids.add(r, id, i, p);
        }
        let name = r.text_field(p, "name", &o.name);
        let when = r.req(p, "when", &o.when).and_then(|(v, p)| {
            read_each(r, v, &p, (0, 20), Noun::Conditions, |r, v, p, _| {
                read_condition(r, v, p, dimensions)
            })
        });
        let summary = r.text_field(p, "summary", &o.summary);
        let try_first = r.text_field(p, "try_first", &o.try_first);
        let sources = r.sources(p, &o.sources, sources, 0);
        let cta = match opt(p, "cta", &o.cta) {
            None => Some(None),
            Some((v, p)) => read_cta(r, v, &p).map(Some),
        };
        Some(Pattern {
            id: id?,
            name: name?,
            when: when?,
            summary: summary?,
            try_first: try_first?,
            sources: sources?,
            cta: cta?,
        })
    });
    // Which patterns are defaults is known as soon as every "when" is a list,
    // even if the patterns have other problems.
    let defaults: Option<Vec<bool>> = match v {
        List::Found(items) => items
            .iter()
            .map(|p| match p {
                Object::Found(PatternFile {
                    when: List::Found(when),
                    ..
                }) => Some(when.is_empty()),
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let defaults = defaults?;
    match defaults.iter().position(|&default| default) {
        None => {
            r.report(path, ProblemKind::NoDefaultPattern);
            None
        }
        Some(d) if d + 1 < defaults.len() => {
            r.report(&index_path(path, d + 1), ProblemKind::AfterDefaultPattern);
            None
        }
        Some(_) => patterns,
    }
}

fn read_condition(
    r: &mut Reader,
    v: &Object<ConditionFile>,
    path: &str,
    dimensions: &Ids,
) -> Option<Condition> {
    let o = r.object(v, path)?;
    let dimension = r
        .req(path, "dimension", &o.dimension)
        .and_then(|(v, p)| r.reference(v, &p, dimensions, RefKind::Dimension));
    let in_range: fn(f64) -> bool = |n| (0.0..=100.0).contains(&n);
    let range = Range::Number { min: 0, max: 100 };
    let threshold = match (
        opt(path, "below", &o.below),
        opt(path, "at_least", &o.at_least),
    ) {
        (Some((v, p)), None) => r.number(v, &p, in_range, range).map(Threshold::Below),
        (None, Some((v, p))) => r.number(v, &p, in_range, range).map(Threshold::AtLeast),
        _ => {
            r.report(path, ProblemKind::ConditionShape);
            None
        }
    };
    Some(Condition {
        dimension: dimension?,
        threshold: threshold?,
    })
}
