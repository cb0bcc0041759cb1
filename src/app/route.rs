//! Which screen the URL fragment names. Hash routing needs no server
//! rewrites, so every screen reloads and deep-links from any sub-path.

/// A screen of the app, as named by `location.hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Intro,
    About,
}

impl Route {
    /// Reads a fragment such as `#/about`; anything unknown is the intro.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        match path {
            "/about" => Route::About,
            _ => Route::Intro,
        }
    }

    /// The fragment that names this screen.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Intro => "#/".into(),
            Route::About => "#/about".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip_through_their_hash() {
        for route in [Route::Intro, Route::About] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_or_empty_fragments_open_the_intro() {
        assert_eq!(Route::parse(""), Route::Intro);
        assert_eq!(Route::parse("#"), Route::Intro);
        assert_eq!(Route::parse("#/nowhere"), Route::Intro);
        assert_eq!(Route::parse("#/about/extra"), Route::Intro);
    }
}
