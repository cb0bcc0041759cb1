//! Which screen the URL fragment names. Hash routing needs no server
//! rewrites, so every screen reloads and deep-links from any sub-path.

/// A screen of the app, as named by `location.hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Intro,
    About,
    /// A question, numbered from 1 as shown to the reader.
    Question(usize),
    Report,
}

impl Route {
    /// Reads a fragment such as `#/about` or `#/q/7`; anything unknown is the intro.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        match path {
            "/about" => Route::About,
            "/report" => Route::Report,
            _ => path
                .strip_prefix("/q/")
                .filter(|n| n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse().ok())
                .filter(|&n| n >= 1)
                .map_or(Route::Intro, Route::Question),
        }
    }

    /// The fragment that names this screen.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Intro => "#/".into(),
            Route::About => "#/about".into(),
            Route::Question(n) => format!("#/q/{n}"),
            Route::Report => "#/report".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip_through_their_hash() {
        for route in [
            Route::Intro,
            Route::About,
            Route::Question(1),
            Route::Question(28),
            Route::Report,
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_or_malformed_fragments_open_the_intro() {
        for hash in [
            "",
            "#",
            "#/nowhere",
            "#/about/extra",
            "#/q/0",
            "#/q/-1",
            "#/q/x",
            "#/q/",
            "#/q/99999",
            "#/q/+3",
        ] {
            assert_eq!(Route::parse(hash), Route::Intro, "{hash}");
        }
    }
}
