//! A small, non-generic DOM builder, and [`screen`], which hands a built tree
//! to Leptos.
//!
//! Leptos's typed views compile to code specialised for every distinct tree:
//! measured here, the report alone cost 35 KB of gzip that way, and the whole
//! app about 175 KB against a 150 KB budget. So screens are plain functions
//! that build their DOM with these few calls, while Leptos runs the reactive
//! graph: the route signal decides which screen is shown, and effects redraw
//! the parts that change. Text always goes in as text nodes, never as HTML.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Event};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element under construction.
pub struct El(pub Element);

/// A new HTML element.
pub fn el(tag: &str) -> El {
    El(document().create_element(tag).expect("a valid tag name"))
}

/// A new SVG element.
pub fn svg(tag: &str) -> El {
    El(document()
        .create_element_ns(Some(SVG_NS), tag)
        .expect("a valid SVG tag name"))
}

/// An element with one text child, the commonest shape.
pub fn text_el(tag: &str, text: &str) -> El {
    el(tag).text(text)
}

impl El {
    /// Adds classes (space-separated) to any already there.
    pub fn class(self, class: &str) -> El {
        let joined = match self.0.get_attribute("class") {
            Some(old) if !old.is_empty() => format!("{old} {class}"),
            _ => class.to_string(),
        };
        self.attr("class", &joined)
    }

    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Appends text as a text node: markup in it stays literal.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_child(&document().create_text_node(text));
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    pub fn children(self, children: Vec<El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }

    /// Adds an event handler that lives as long as the page (these trees are
    /// rebuilt only when their screen is opened again).
    pub fn on(self, event: &str, handler: impl FnMut(Event) + 'static) -> El {
        let handler = Closure::<dyn FnMut(Event)>::new(handler).into_js_value();
        let _ = self
            .0
            .add_event_listener_with_callback(event, handler.unchecked_ref());
        self
    }
}

/// A `<button type="button">`.
pub fn button(label: &str, class: &str) -> El {
    text_el("button", label).attr("type", "button").class(class)
}

/// A `<section>` labelled by its own `<h2>` (whose id is `<id>-h`).
pub fn section(id: &str, title: &str) -> El {
    let heading = format!("{id}-h");
    el("section")
        .class("group")
        .attr("aria-labelledby", &heading)
        .child(text_el("h2", title).attr("id", &heading))
}

/// Replaces everything inside `parent` with `child`.
pub fn replace_children(parent: &Element, child: El) {
    parent.set_text_content(None);
    let _ = parent.append_child(&child.0);
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    if let Ok(Some(e)) = document().query_selector(selector) {
        if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
            let _ = e.focus();
        }
    }
}

/// A screen: `<main id="main">` whose content is the tree `build` returns.
///
/// Every screen has this one Leptos type, so the router switches screens by
/// reusing the element: its old content must go first.
pub fn screen(class: &'static str, build: impl FnOnce() -> El + 'static) -> AnyView {
    boxed_screen(class, Box::new(build))
}

fn boxed_screen(class: &'static str, build: Box<dyn FnOnce() -> El>) -> AnyView {
    let host = NodeRef::<Div>::new();
    host.on_load(move |div| {
        div.set_text_content(None);
        let mut main = el("main").attr("id", "main").class(class);
        // Framed in a host page, the page has its own `main`: name ours so
        // each landmark stays distinct (set from the embed options at start).
        if let Some(label) = document()
            .document_element()
            .and_then(|html| html.get_attribute("data-main-label"))
        {
            main = main.attr("aria-label", &label);
        }
        let main = main.child(build());
        let _ = div.append_child(&main.0);
    });
    view! { <div class="screen-host" node_ref=host></div> }.into_any()
}

/// A secondary landmark (`nav`), or a plain `div` when Candor runs in a host
/// page's frame: two embedded quizzes would otherwise add two identical ones.
pub fn landmark(tag: &str) -> El {
    let embedded = document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("embedded"));
    el(if embedded { "div" } else { tag })
}
