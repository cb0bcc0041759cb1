//! Which screen the URL fragment names. Hash routing needs no server
//! rewrites, so every screen reloads and deep-links from any sub-path.

/// A screen of the app, as named by `location.hash`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    Intro,
    About,
    /// A question, numbered from 1 as shown to the reader.
    Question(usize),
    Report,
    /// A shared result, `#r=<code>`, shown read-only.
    Shared(String),
    /// The team view: `#/team` empty, or `#t=<code>~<code>…` with members.
    Team(String),
    /// The embed builder for coaches: `#/embed`, or `#/builder` as people
    /// also call it.
    Builder,
    /// The quiz-file checker for coaches.
    Check,
    /// The quiz editor for coaches: a quiz written in forms.
    Write,
}

/// Whether the reader's module shows a screen or the facilitator's tools do.
/// The reader's module is all a reader downloads; the tools are modules of
/// their own ([`ToolsModule`]) that the page loads only when one of their
/// screens opens (see `app::tools`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    Reader,
    Tools,
}

/// The facilitator's tools are two modules, so that each downloads only
/// what its people use: the team's (the team view with its presenter, the
/// pictures, and the explanation of a quiz file the reader refused) and the
/// coach's (the embed builder, the quiz-file checker and the quiz editor).
/// A facilitator opening a team link in a meeting never downloads the
/// editor, and a coach writing a quiz never downloads the team view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolsModule {
    Team,
    Coach,
}

/// Longest fragment read as data (a team link of 200 long codes fits).
pub const MAX_FRAGMENT: usize = 64 * 1024;

impl Route {
    /// Reads a fragment such as `#/about` or `#/q/7`; anything unknown is the intro.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        if path.len() > MAX_FRAGMENT {
            // A team link too long to read opens the team view, which says
            // so; only the start of it is kept, enough to tell it is too long.
            if path.starts_with("t=") {
                let mut end = (MAX_FRAGMENT + 3).min(path.len());
                while !path.is_char_boundary(end) {
                    end += 1;
                }
                return Route::Team(path[2..end].to_string());
            }
            return Route::Intro;
        }
        if let Some(code) = path.strip_prefix("r=") {
            return Route::Shared(code.to_string());
        }
        if let Some(codes) = path.strip_prefix("t=") {
            return Route::Team(codes.to_string());
        }
        match path {
            "/about" => Route::About,
            "/report" => Route::Report,
            "/team" => Route::Team(String::new()),
            "/embed" | "/builder" => Route::Builder,
            "/check" => Route::Check,
            "/write" => Route::Write,
            _ => path
                .strip_prefix("/q/")
                .filter(|n| n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse().ok())
                .filter(|&n| n >= 1)
                .map_or(Route::Intro, Route::Question),
        }
    }

    /// The module that shows this screen.
    pub fn module(&self) -> Module {
        match self.tools_module() {
            Some(_) => Module::Tools,
            None => Module::Reader,
        }
    }

    /// Which of the tools' two modules shows this screen, if it is a tools' screen.
    pub fn tools_module(&self) -> Option<ToolsModule> {
        match self {
            Route::Team(_) => Some(ToolsModule::Team),
            Route::Builder | Route::Check | Route::Write => Some(ToolsModule::Coach),
            _ => None,
        }
    }

    /// The fragment that names this screen.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Intro => "#/".into(),
            Route::About => "#/about".into(),
            Route::Question(n) => format!("#/q/{n}"),
            Route::Report => "#/report".into(),
            Route::Shared(code) => format!("#r={code}"),
            Route::Team(codes) if codes.is_empty() => "#/team".into(),
            Route::Team(codes) => format!("#t={codes}"),
            Route::Builder => "#/embed".into(),
            Route::Check => "#/check".into(),
            Route::Write => "#/write".into(),
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
            Route::Shared("C1abc".into()),
            Route::Team(String::new()),
            Route::Team("C1abc~C1def".into()),
            Route::Builder,
            Route::Check,
            Route::Write,
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn the_facilitator_tools_are_their_own_module() {
        assert_eq!(Route::Team(String::new()).module(), Module::Tools);
        assert_eq!(Route::Team("C1abc".into()).module(), Module::Tools);
        assert_eq!(Route::Builder.module(), Module::Tools);
        assert_eq!(Route::Check.module(), Module::Tools);
        assert_eq!(Route::Write.module(), Module::Tools);
        for reader in [
            Route::Intro,
            Route::About,
            Route::Question(3),
            Route::Report,
            Route::Shared("C1".into()),
        ] {
            assert_eq!(reader.module(), Module::Reader, "{reader:?}");
        }
    }

    #[test]
    fn the_team_and_the_coach_each_have_their_tools_module() {
        assert_eq!(
            Route::Team(String::new()).tools_module(),
            Some(ToolsModule::Team)
        );
        assert_eq!(
            Route::Team("C1abc".into()).tools_module(),
            Some(ToolsModule::Team)
        );
        for coach in [Route::Builder, Route::Check, Route::Write] {
            assert_eq!(coach.tools_module(), Some(ToolsModule::Coach), "{coach:?}");
        }
        for reader in [
            Route::Intro,
            Route::About,
            Route::Question(3),
            Route::Report,
        ] {
            assert_eq!(reader.tools_module(), None, "{reader:?}");
        }
    }

    // Issue 20: `#/builder` showed the start screen, silently.
    #[test]
    fn the_builder_opens_by_either_name() {
        assert_eq!(Route::parse("#/builder"), Route::Builder);
        assert_eq!(Route::parse("#/embed"), Route::Builder);
        assert_eq!(Route::parse("#/builder").module(), Module::Tools);
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

    // Issue 21: a 1 MB team link showed the start screen, silently.
    #[test]
    fn a_team_link_too_long_to_read_opens_the_team_view() {
        let hash = format!("#t={}", "C1abcé~".repeat(150_000));
        let Route::Team(codes) = Route::parse(&hash) else {
            panic!("not the team view");
        };
        assert!(codes.len() > crate::core::team::MAX_TEAM_TEXT_BYTES);
        assert!(codes.len() < MAX_FRAGMENT + 8);
        let mut team = crate::core::team::TeamInput::default();
        team.read_link(
            &codes,
            crate::core::fingerprint::fingerprint(&crate::core::builtin::builtin_quiz()),
            28,
        );
        assert!(team.members.is_empty());
        assert_eq!(
            team.problems[0].reason.to_string(),
            "This team link is too long to read (more than 64 KB), so none of it was read. Ask for the codes and paste them here."
        );
        let long_other = format!("#/about{}", "x".repeat(MAX_FRAGMENT));
        assert_eq!(Route::parse(&long_other), Route::Intro);
    }
}
