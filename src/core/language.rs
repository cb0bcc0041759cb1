//! The languages Candor speaks, which one a page uses, and the rules that
//! differ between them: plural forms and dates.
//!
//! The choice follows a fixed order (see [`choose`]): a coach's quiz file
//! in a language Candor has, then `?lang=`, then the reader's earlier choice,
//! then the browser's languages, then English.

/// A language with a catalogue of the app's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
}

/// The plural category of a count (CLDR's cardinal "one" and "other"; the
/// languages here have no other forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag, for `<html lang>`, `?lang=` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a tag such as `de`, `de-AT` or `EN_gb`: its primary
    /// subtag, whatever the region or script; `None` for a language Candor
    /// has no catalogue for, or for anything that is not a tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.is_empty() || tag.len() > 35 {
            return None;
        }
        let primary = tag.split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// A number as the language writes it, to at most two decimals: "2",
    /// "0.33", "49.5"; German "0,33", "49,5".
    /// Whole hundredths, written out by hand: Rust's float formatting
    /// would add ~10 KB to the reader's download (the About screen writes
    /// each style's rule with it).
    pub fn decimal(self, x: f64) -> String {
        let hundredths = (x * 100.0).round() as i64;
        let (sign, h) = if hundredths < 0 {
            ("-", -hundredths)
        } else {
            ("", hundredths)
        };
        let (whole, frac) = (h / 100, h % 100);
        let point = match self {
            Lang::En => '.',
            Lang::De => ',',
        };
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}{point}{}", f / 10),
            f => format!("{sign}{whole}{point}{f:02}"),
        }
    }

    /// The plural category of `n` items: English and German both say "1
    /// member" and "0 members", "2 members".
    pub fn plural(self, n: u64) -> Plural {
        match (self, n) {
            (Lang::En | Lang::De, 1) => Plural::One,
            _ => Plural::Other,
        }
    }

    /// A day as the language writes it in running text: "December 2, 2026",
    /// "2. Dezember 2026".
    pub fn date(self, day: Day) -> String {
        let Day { year, month, day } = day;
        let index = usize::from(month.clamp(1, 12) - 1);
        match self {
            Lang::En => format!("{} {day}, {year}", MONTHS_EN[index]),
            Lang::De => format!("{day}. {} {year}", MONTHS_DE[index]),
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// A calendar day (proleptic Gregorian, UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i64,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// The UTC day of a time in milliseconds since the Unix epoch.
    pub fn from_epoch_ms(ms: f64) -> Day {
        let days = (ms / 86_400_000.0).floor() as i64;
        // Days to civil date, after Howard Hinnant's `civil_from_days`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day { year, month, day }
    }

    /// `YYYY-MM-DD`, as in file names and result files.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where the page's language can come from, strongest first.
#[derive(Debug, Clone, Copy, Default)]
pub struct LangSources<'a> {
    /// The `language` of a coach's quiz file (not the built-in quiz, which
    /// Candor has in every language it speaks).
    pub coach_quiz: Option<&'a str>,
    /// `?lang=` of the page address.
    pub query: Option<&'a str>,
    /// The reader's earlier choice, as stored on the device.
    pub stored: Option<&'a str>,
    /// `navigator.languages`, most preferred first.
    pub browser: &'a [String],
}

/// Which source decided the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChosenBy {
    CoachQuiz,
    Query,
    Stored,
    Browser,
    Default,
}

/// The page's language: the first source naming a language Candor has.
pub fn choose(sources: LangSources) -> (Lang, ChosenBy) {
    let single = [
        (sources.coach_quiz, ChosenBy::CoachQuiz),
        (sources.query, ChosenBy::Query),
        (sources.stored, ChosenBy::Stored),
    ];
    single
        .into_iter()
        .find_map(|(tag, by)| Some((Lang::from_tag(tag?)?, by)))
        .or_else(|| {
            sources
                .browser
                .iter()
                .find_map(|tag| Lang::from_tag(tag))
                .map(|l| (l, ChosenBy::Browser))
        })
        .unwrap_or((Lang::En, ChosenBy::Default))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_to_at_most_two_places_as_the_language_writes_them() {
        let cases = [
            (2.0, "2", "2"),
            (1.0 / 3.0, "0.33", "0,33"),
            (49.5, "49.5", "49,5"),
            (0.05, "0.05", "0,05"),
            (0.1 + 0.2, "0.3", "0,3"),
            (99.999, "100", "100"),
            (100.0, "100", "100"),
            (-1.25, "-1.25", "-1,25"),
            (0.0, "0", "0"),
        ];
        for (x, en, de) in cases {
            assert_eq!(Lang::En.decimal(x), en, "{x}");
            assert_eq!(Lang::De.decimal(x), de, "{x}");
        }
    }

    #[test]
    fn tags_match_on_the_primary_subtag() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("DE_ch"), Some(Lang::De));
        assert_eq!(Lang::from_tag(" en-GB "), Some(Lang::En));
        assert_eq!(Lang::from_tag("es"), None);
        assert_eq!(Lang::from_tag("dee"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("-de"), None);
        assert_eq!(Lang::from_tag(&"de-".repeat(20)), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn the_order_is_coach_file_query_stored_browser_english() {
        let browser = ["fr-FR".to_string(), "de-DE".to_string(), "en".to_string()];
        let all = LangSources {
            coach_quiz: Some("de"),
            query: Some("en"),
            stored: Some("en"),
            browser: &browser,
        };
        assert_eq!(choose(all), (Lang::De, ChosenBy::CoachQuiz));
        // A coach's file in a language with no catalogue does not decide.
        let spanish = LangSources {
            coach_quiz: Some("es"),
            ..all
        };
        assert_eq!(choose(spanish), (Lang::En, ChosenBy::Query));
        let no_query = LangSources {
            coach_quiz: None,
            query: Some("xx"),
            stored: Some("de"),
            ..all
        };
        assert_eq!(choose(no_query), (Lang::De, ChosenBy::Stored));
        // The first browser language Candor has: French is skipped.
        let browser_only = LangSources {
            browser: &browser,
            ..LangSources::default()
        };
        assert_eq!(choose(browser_only), (Lang::De, ChosenBy::Browser));
        assert_eq!(
            choose(LangSources::default()),
            (Lang::En, ChosenBy::Default)
        );
        let unknown = ["ja".to_string()];
        assert_eq!(
            choose(LangSources {
                browser: &unknown,
                ..LangSources::default()
            }),
            (Lang::En, ChosenBy::Default)
        );
    }

    #[test]
    fn plurals_and_dates() {
        for l in Lang::ALL {
            assert_eq!(l.plural(1), Plural::One);
            for n in [0, 2, 5, 11, 21, 101] {
                assert_eq!(l.plural(n), Plural::Other, "{n}");
            }
        }
        let day = Day {
            year: 2026,
            month: 12,
            day: 2,
        };
        assert_eq!(Lang::En.date(day), "December 2, 2026");
        assert_eq!(Lang::De.date(day), "2. Dezember 2026");
        let march = Day {
            year: 2024,
            month: 3,
            day: 1,
        };
        assert_eq!(Lang::De.date(march), "1. März 2024");
    }

    #[test]
    fn days_from_epoch_milliseconds() {
        let day = |ms: f64| Day::from_epoch_ms(ms).iso();
        assert_eq!(day(0.0), "1970-01-01");
        assert_eq!(day(-1.0), "1969-12-31");
        assert_eq!(day(86_399_999.0), "1970-01-01");
        assert_eq!(day(86_400_000.0), "1970-01-02");
        // 2024-02-29 12:00 UTC, a leap day; 2000-03-01 after a leap century.
        assert_eq!(day(1_709_208_000_000.0), "2024-02-29");
        assert_eq!(day(951_868_800_000.0), "2000-03-01");
        // 1700000000000 ms is 2023-11-14 22:13:20 UTC.
        assert_eq!(day(1_700_000_000_000.0), "2023-11-14");
        // The last time records accept (8.64e15 ms) is 275760-09-13.
        assert_eq!(day(8.64e15), "275760-09-13");
    }
}
