//! A call to action: what a quiz's archetype or the host page offers the reader next.

use super::percent::percent_encode;

/// A call to action shown on the report, such as "Book a call".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    /// An absolute `http:`, `https:` or `mailto:` address, which may hold
    /// `{code}` and `{link}` for the reader's result (see [`CallToAction::address`]).
    pub url: String,
    /// The host's label; without one, the catalogue's default.
    pub label: Option<String>,
}

impl CallToAction {
    /// The address with the reader's result in it: `{code}` becomes the share
    /// code and `{link}` the result link, each URL-encoded, so a coach's
    /// booking page or e-mail receives them.
    pub fn address(&self, code: &str, link: &str) -> String {
        self.url
            .replace("{code}", &percent_encode(code))
            .replace("{link}", &percent_encode(link))
    }
}
