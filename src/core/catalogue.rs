//! The app's own text, one catalogue per language.
//!
//! A catalogue is a struct with one field per key, so a language that lacks
//! a key English has does not compile, and a component can only name keys
//! that exist. Keys are also known by name at run time ([`Texts::KEYS`]),
//! for a coach's overrides and for the tests.
//!
//! Why not `leptos_i18n`: measured on the same 42 keys in two languages,
//! with plurals and the same release profile, it adds 41.2 KB gzip of wasm
//! (81.8 KB against 40.6 KB for the same page with this catalogue), and it
//! has no way to override keys by name at run time, which coaches' quiz
//! files need.
//!
//! Templates name their values in braces, `{n}`; [`fill`] puts them in.
//! Counted words come in pairs of keys, `_one` and `_other`, chosen by
//! [`Lang::plural`].

use std::borrow::Cow;
use std::fmt::Display;

use super::language::{Lang, Plural};

macro_rules! catalogue {
    ($( $(#[doc = $doc:literal])* $key:ident, )*) => {
        /// Every piece of the app's own text, in one language.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Texts {
            $( $(#[doc = $doc])* pub $key: Cow<'static, str>, )*
        }

        impl Texts {
            /// Every key, in catalogue order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];

            /// The text of a key named at run time.
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( stringify!($key) => Some(&self.$key), )*
                    _ => None,
                }
            }

            fn slot(&mut self, key: &str) -> Option<&mut Cow<'static, str>> {
                match key {
                    $( stringify!($key) => Some(&mut self.$key), )*
                    _ => None,
                }
            }
        }
    };
}

catalogue! {
    /// The first screen's button that starts the quiz.
    start,
    /// Starts again although answers are in progress.
    start_over,
    /// `{n}`: the question to resume at; `{total}`: how many there are.
    resume_at,
    /// `{n}` questions.
    questions_one,
    questions_other,
    /// About `{n}` minutes.
    minutes_one,
    minutes_other,
    /// What the first screen promises about the reader's data.
    privacy,
    /// Links of the first screen.
    your_last_result,
    compare_as_team,
    about,
    /// The question screen's keyboard hint, with and without "Not sure".
    keys_hint_not_sure,
    keys_hint,
    /// The question screen's buttons: back, next, and next on the last question.
    back,
    next,
    see_report,
    /// `{n}` of `{total}`: where the reader is in the quiz.
    progress,
    /// The report before any attempt: its heading and line.
    no_result_title,
    no_result_text,
    /// `{date}`: the previous result's day.
    since_previous,
    /// Above the archetype's name.
    style_kicker,
    /// The report's buttons and closing line; `{date}`: the day of the result.
    print,
    retake,
    taken_on,
    about_sources,
    /// Section headings, for the reader's own report and for someone else's.
    scores_yours,
    scores_theirs,
    strengths_yours,
    strengths_theirs,
    growth,
    growth_theirs,
    others_yours,
    others_theirs,
    /// A flat profile: `{low}` and `{high}` are its lowest and highest scores.
    even_same_yours,
    even_same_theirs,
    even_range_yours,
    even_range_theirs,
    even_strong,
    even_low,
    even_middle,
    nothing_stands_out,
    /// The overall score, and its absence.
    overall,
    overall_none,
    /// Before the archetype's first step.
    try_first,
    /// After a habit's score; `{change}` is signed, such as +5.
    since_last,
    /// In place of a habit's score.
    not_enough,
    /// Ties in a group of habits.
    tied_one,
    tied_two,
    tied_many,
    /// The next steps: heading, where they come from, the checklist hint.
    steps_title,
    steps_from_growth,
    steps_from_lowest,
    steps_from_strengths,
    steps_hint,
    /// The reflection prompts, with the reader's answers.
    reflect_title,
    said_yours,
    said_theirs,
    /// An answer's label when the quiz names none, and a skipped answer.
    not_sure,
    skipped,
    /// The score chart and its table.
    chart_title,
    chart_table,
    habit,
    score,
    change,
    /// Credits: `{list}` names the sources; advice citing none is the author's own.
    source,
    own_candor,
    own_author,
    /// The About screen.
    about_title,
    about_intro,
    undated,
    scoring_title,
    scoring_text,
    privacy_title,
    privacy_text,
    coaches_title,
    coaches_text,
    coaches_link,
    back_to_start,
    /// Forgetting the reader's data, with a confirmation step.
    forget,
    forget_question,
    forget_confirm,
    cancel,
    forget_done,
    /// The notices about the reader's data: their label and close button.
    notices_label,
    dismiss,
    /// The share panel.
    share_title,
    share_intro,
    share_name,
    share_name_hint,
    qr_caption,
    /// A result opened from a link (someone else's).
    take_quiz,
    cant_show,
    whose_style,
    shared_style,
    shared_note,
    /// The name of the row of links at the foot of a screen.
    more,
}

const fn t(text: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(text)
}

pub static EN: Texts = Texts {
    start: t("Start"),
    start_over: t("Start over"),
    resume_at: t("Resume at question {n} of {total}"),
    questions_one: t("{n} question"),
    questions_other: t("{n} questions"),
    minutes_one: t("about {n} minute"),
    minutes_other: t("about {n} minutes"),
    privacy: t("Your answers stay on this device. Nothing is sent anywhere."),
    your_last_result: t("Your last result"),
    compare_as_team: t("Compare as a team"),
    about: t("About"),
    keys_hint_not_sure: t("Keys: 1–5 to answer, 0 for not sure, Backspace to go back."),
    keys_hint: t("Keys: 1–5 to answer, Backspace to go back."),
    back: t("Back"),
    next: t("Next"),
    see_report: t("See my report"),
    progress: t("{n} of {total}"),
    no_result_title: t("No result yet"),
    no_result_text: t("Answer the questions first; your report appears here."),
    since_previous: t("Changes are shown against your previous result of {date}."),
    style_kicker: t("Your client-handling style"),
    print: t("Print / Save as PDF"),
    retake: t("Retake the quiz"),
    taken_on: t("Taken on {date}. "),
    about_sources: t("About Candor and its sources"),
    scores_yours: t("Your scores"),
    scores_theirs: t("Scores"),
    strengths_yours: t("Your strengths"),
    strengths_theirs: t("Strengths"),
    growth: t("Where to grow"),
    growth_theirs: t("Where to grow"),
    others_yours: t("Your other habits"),
    others_theirs: t("Other habits"),
    even_same_yours: t("Your habits are even: every one scores {low}, so none stands out from the others."),
    even_same_theirs: t("The habits are even: every one scores {low}, so none stands out from the others."),
    even_range_yours: t("Your habits are even: every score is between {low} and {high}, so none stands out from the others."),
    even_range_theirs: t("The habits are even: every score is between {low} and {high}, so none stands out from the others."),
    even_strong: t("An even, strong profile. Keep these habits up, and help the people around you learn them."),
    even_low: t("Every habit has room to grow. Don’t try to change them all at once: start with the next steps below."),
    even_middle: t("An even profile has no obvious place to start, so pick the habit that matters most in your work right now and focus on it for a month; one focus moves an even profile more than effort spread over all of them."),
    nothing_stands_out: t("No habit stands out clearly as a strength or as a growth area: the scores differ, but not by much."),
    overall: t("Overall: {n} out of 100"),
    overall_none: t("Overall: not enough answers for a score"),
    try_first: t("Try this first: "),
    since_last: t(" ({change} since last time)"),
    not_enough: t("not enough answers"),
    tied_one: t("Tied at {score} with {a}."),
    tied_two: t("Tied at {score} with {a} and {b}."),
    tied_many: t("Tied at {score} with the {n} other habits here."),
    steps_title: t("Your next steps"),
    steps_from_growth: t("These come from your growth areas, starting with the advice about the statements you scored lowest."),
    steps_from_lowest: t("No habit stands out as a growth area, so these come from your lowest-scoring habits."),
    steps_from_strengths: t("Every habit is a strength, so these are ways to keep up the ones with the lowest scores."),
    steps_hint: t("Tick them off as you go; Candor remembers on this device."),
    reflect_title: t("Questions to sit with"),
    said_yours: t("What you said:"),
    said_theirs: t("What they said:"),
    not_sure: t("Not sure"),
    skipped: t("skipped"),
    chart_title: t("Your score on each habit, out of 100"),
    chart_table: t("Show the scores as a table"),
    habit: t("Habit"),
    score: t("Score"),
    change: t("Change"),
    source: t("Source: {list}"),
    own_candor: t("Candor’s own synthesis, not from a cited article"),
    own_author: t("The quiz author’s own advice, not from a cited source"),
    about_title: t("About Candor"),
    about_intro: t("Candor asks how you handle clients who are wrong: do you speak up, or comply and grumble? Its questions and advice are written in our own words from these articles:"),
    undated: t("undated"),
    scoring_title: t("How scoring works"),
    scoring_text: t("Each answer counts from 0 (Never) to 100 (Always), turned around for statements where agreeing is the weaker answer. A habit’s score is the average of its answers; “Not sure” is left out, and a habit with fewer than half its questions answered gets no score. Your style is the first pattern your scores match."),
    privacy_title: t("Your privacy"),
    privacy_text: t("Candor runs entirely in your browser. Your answers are kept on this device only, and the page makes no requests to any other site."),
    coaches_title: t("For coaches"),
    coaches_text: t("Put Candor in your own blog post, in your colors, with your call to action, or with your own questions: "),
    coaches_link: t("build an embed snippet"),
    back_to_start: t("Back to the start"),
    forget: t("Forget my data"),
    forget_question: t("Delete your answers, results and ticked steps from this device? This cannot be undone."),
    forget_confirm: t("Delete everything"),
    cancel: t("Cancel"),
    forget_done: t("Everything Candor stored on this device is gone."),
    notices_label: t("Notices about your data"),
    dismiss: t("Dismiss"),
    share_title: t("Share your result"),
    share_intro: t("Send the link or the code to whoever is comparing your team’s results. It holds your answers and the name you add, nothing else, and nothing is uploaded anywhere."),
    share_name: t("Your name (optional)"),
    share_name_hint: t("Up to 24 characters, shown to your team."),
    qr_caption: t("Scan to open the result on another device."),
    take_quiz: t("Take the quiz yourself"),
    cant_show: t("This result can’t be shown"),
    whose_style: t("{name}’s client-handling style"),
    shared_style: t("A shared result: client-handling style"),
    shared_note: t("You are looking at someone else’s result. Nothing here is saved on your device."),
    more: t("More"),
};

pub static DE: Texts = Texts {
    start: t("Los geht’s"),
    start_over: t("Neu beginnen"),
    resume_at: t("Weiter bei Frage {n} von {total}"),
    questions_one: t("{n} Frage"),
    questions_other: t("{n} Fragen"),
    minutes_one: t("etwa {n} Minute"),
    minutes_other: t("etwa {n} Minuten"),
    privacy: t("Deine Antworten bleiben auf diesem Gerät. Nichts wird irgendwohin gesendet."),
    your_last_result: t("Dein letztes Ergebnis"),
    compare_as_team: t("Im Team vergleichen"),
    about: t("Über Candor"),
    keys_hint_not_sure: t("Tasten: 1–5 zum Antworten, 0 für „Weiß nicht“, Rücktaste für zurück."),
    keys_hint: t("Tasten: 1–5 zum Antworten, Rücktaste für zurück."),
    back: t("Zurück"),
    next: t("Weiter"),
    see_report: t("Zu meinem Bericht"),
    progress: t("{n} von {total}"),
    no_result_title: t("Noch kein Ergebnis"),
    no_result_text: t("Beantworte zuerst die Fragen; dann erscheint hier dein Bericht."),
    since_previous: t("Die Veränderungen beziehen sich auf dein vorheriges Ergebnis vom {date}."),
    style_kicker: t("Dein Stil im Umgang mit Kunden"),
    print: t("Drucken / als PDF speichern"),
    retake: t("Quiz wiederholen"),
    taken_on: t("Ausgefüllt am {date}. "),
    about_sources: t("Über Candor und seine Quellen"),
    scores_yours: t("Deine Werte"),
    scores_theirs: t("Werte"),
    strengths_yours: t("Deine Stärken"),
    strengths_theirs: t("Stärken"),
    growth: t("Wo du wachsen kannst"),
    growth_theirs: t("Wo es Raum zum Wachsen gibt"),
    others_yours: t("Deine anderen Gewohnheiten"),
    others_theirs: t("Andere Gewohnheiten"),
    even_same_yours: t("Deine Gewohnheiten liegen gleichauf: Jede hat den Wert {low}, keine hebt sich von den anderen ab."),
    even_same_theirs: t("Die Gewohnheiten liegen gleichauf: Jede hat den Wert {low}, keine hebt sich von den anderen ab."),
    even_range_yours: t("Deine Gewohnheiten liegen dicht beieinander: Alle Werte liegen zwischen {low} und {high}, keine hebt sich von den anderen ab."),
    even_range_theirs: t("Die Gewohnheiten liegen dicht beieinander: Alle Werte liegen zwischen {low} und {high}, keine hebt sich von den anderen ab."),
    even_strong: t("Ein ausgeglichenes, starkes Profil. Bleib bei diesen Gewohnheiten und hilf den Menschen um dich herum, sie zu lernen."),
    even_low: t("Jede Gewohnheit hat Luft nach oben. Versuch nicht, alle auf einmal zu ändern: Fang mit den nächsten Schritten unten an."),
    even_middle: t("Ein ausgeglichenes Profil hat keinen naheliegenden Anfang. Wähle deshalb die Gewohnheit, die in deiner Arbeit gerade am meisten zählt, und konzentrier dich einen Monat lang darauf; ein klarer Fokus bewegt mehr als Mühe, die sich auf alle verteilt."),
    nothing_stands_out: t("Keine Gewohnheit sticht klar als Stärke oder als Wachstumsfeld heraus: Die Werte unterscheiden sich, aber nicht stark."),
    overall: t("Gesamt: {n} von 100"),
    overall_none: t("Gesamt: zu wenige Antworten für einen Wert"),
    try_first: t("Probier zuerst das: "),
    since_last: t(" ({change} seit dem letzten Mal)"),
    not_enough: t("zu wenige Antworten"),
    tied_one: t("Gleichauf bei {score} mit {a}."),
    tied_two: t("Gleichauf bei {score} mit {a} und {b}."),
    tied_many: t("Gleichauf bei {score} mit den {n} anderen Gewohnheiten hier."),
    steps_title: t("Deine nächsten Schritte"),
    steps_from_growth: t("Sie stammen aus deinen Wachstumsfeldern, beginnend mit dem Rat zu den Aussagen mit deinen niedrigsten Werten."),
    steps_from_lowest: t("Keine Gewohnheit sticht als Wachstumsfeld heraus, deshalb stammen sie aus deinen Gewohnheiten mit den niedrigsten Werten."),
    steps_from_strengths: t("Jede Gewohnheit ist eine Stärke, deshalb helfen diese Schritte, die mit den niedrigsten Werten zu halten."),
    steps_hint: t("Hak sie nach und nach ab; Candor merkt es sich auf diesem Gerät."),
    reflect_title: t("Fragen zum Nachdenken"),
    said_yours: t("Deine Antworten:"),
    said_theirs: t("Die Antworten:"),
    not_sure: t("Weiß nicht"),
    skipped: t("übersprungen"),
    chart_title: t("Dein Wert bei jeder Gewohnheit, von 100"),
    chart_table: t("Werte als Tabelle zeigen"),
    habit: t("Gewohnheit"),
    score: t("Wert"),
    change: t("Veränderung"),
    source: t("Quelle: {list}"),
    own_candor: t("Eigene Synthese von Candor, nicht aus einem zitierten Artikel"),
    own_author: t("Eigener Rat der Quiz-Autorin oder des Quiz-Autors, nicht aus einer zitierten Quelle"),
    about_title: t("Über Candor"),
    about_intro: t("Candor fragt, wie du mit Kunden umgehst, die falschliegen: Sprichst du es an, oder machst du mit und murrst? Die Fragen und Ratschläge sind in unseren eigenen Worten nach diesen Artikeln geschrieben:"),
    undated: t("ohne Datum"),
    scoring_title: t("So wird gewertet"),
    scoring_text: t("Jede Antwort zählt von 0 (Nie) bis 100 (Immer), umgekehrt bei Aussagen, bei denen Zustimmung die schwächere Antwort ist. Der Wert einer Gewohnheit ist der Durchschnitt ihrer Antworten; „Weiß nicht“ zählt nicht, und eine Gewohnheit, bei der weniger als die Hälfte der Fragen beantwortet ist, bekommt keinen Wert. Dein Typ ist das erste Muster, zu dem deine Werte passen."),
    privacy_title: t("Deine Privatsphäre"),
    privacy_text: t("Candor läuft vollständig in deinem Browser. Deine Antworten werden nur auf diesem Gerät gespeichert, und die Seite stellt keine Anfragen an andere Websites."),
    coaches_title: t("Für Coaches"),
    coaches_text: t("Bau Candor in deinen eigenen Blogbeitrag ein, in deinen Farben, mit deinem Handlungsaufruf oder mit deinen eigenen Fragen: "),
    coaches_link: t("erstelle einen Einbettungscode"),
    back_to_start: t("Zurück zum Anfang"),
    forget: t("Meine Daten löschen"),
    forget_question: t("Deine Antworten, Ergebnisse und abgehakten Schritte von diesem Gerät löschen? Das lässt sich nicht rückgängig machen."),
    forget_confirm: t("Alles löschen"),
    cancel: t("Abbrechen"),
    forget_done: t("Alles, was Candor auf diesem Gerät gespeichert hatte, ist gelöscht."),
    notices_label: t("Hinweise zu deinen Daten"),
    dismiss: t("Schließen"),
    share_title: t("Teile dein Ergebnis"),
    share_intro: t("Schick den Link oder den Code an die Person, die die Ergebnisse deines Teams vergleicht. Er enthält deine Antworten und den Namen, den du hinzufügst, sonst nichts, und nichts wird irgendwo hochgeladen."),
    share_name: t("Dein Name (freiwillig)"),
    share_name_hint: t("Bis zu 24 Zeichen, sichtbar für dein Team."),
    qr_caption: t("Scannen, um das Ergebnis auf einem anderen Gerät zu öffnen."),
    take_quiz: t("Mach das Quiz selbst"),
    cant_show: t("Dieses Ergebnis kann nicht angezeigt werden"),
    whose_style: t("Stil im Umgang mit Kunden: {name}"),
    shared_style: t("Ein geteiltes Ergebnis: Stil im Umgang mit Kunden"),
    shared_note: t("Du siehst das Ergebnis einer anderen Person. Nichts davon wird auf deinem Gerät gespeichert."),
    more: t("Mehr"),
};

impl Texts {
    /// The catalogue of a language.
    pub fn of(lang: Lang) -> &'static Texts {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// This catalogue with some keys replaced, as a coach's quiz file asks.
    /// Every unknown key is reported with the nearest known one.
    pub fn with_overrides(
        mut self,
        overrides: &[(String, String)],
    ) -> Result<Texts, Vec<UnknownKey>> {
        let mut unknown = Vec::new();
        for (key, text) in overrides {
            match self.slot(key) {
                Some(slot) => *slot = Cow::Owned(text.clone()),
                None => unknown.push(UnknownKey {
                    key: key.clone(),
                    nearest: nearest(key, Texts::KEYS),
                }),
            }
        }
        if unknown.is_empty() {
            Ok(self)
        } else {
            Err(unknown)
        }
    }
}

/// A key a catalogue does not have, and the known key it most resembles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    pub key: String,
    pub nearest: Option<&'static str>,
}

/// `template` with each `{name}` replaced by its value; names not given are
/// left as they are.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// `n` of something, as the language says it: the `one` or `other` template
/// with `{n}` filled in.
pub fn count(lang: Lang, n: u64, one: &str, other: &str) -> String {
    let template = match lang.plural(n) {
        Plural::One => one,
        Plural::Other => other,
    };
    fill(template, &[("n", &n)])
}

/// The candidate closest to `word` by edit distance, when it is close
/// enough to be a likely misspelling (at most a third of its length, and
/// at least 1, edits away).
pub fn nearest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|&c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Edit distance in characters, counting a swap of two neighbours as one
/// edit ("strat" is one edit from "start"): the optimal string alignment
/// distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1)
                    .min(d[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{names}` a template uses, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_catalogue_has_every_key_with_the_same_placeholders() {
        for lang in Lang::ALL {
            let texts = Texts::of(lang);
            for key in Texts::KEYS {
                let text = texts.get(key).expect("every key is readable by name");
                let english = EN.get(key).unwrap();
                assert!(!text.trim().is_empty(), "{} {key} is empty", lang.tag());
                assert_eq!(
                    placeholders(text),
                    placeholders(english),
                    "{} {key}",
                    lang.tag()
                );
                if lang != Lang::En {
                    assert_ne!(text, english, "{} {key} is not translated", lang.tag());
                }
            }
        }
        assert_eq!(Texts::KEYS.len(), 96);
        assert_eq!(EN.get("nonsense"), None);
    }

    #[test]
    fn templates_are_filled_and_counted() {
        assert_eq!(
            fill(&EN.resume_at, &[("n", &3), ("total", &28)]),
            "Resume at question 3 of 28"
        );
        assert_eq!(
            fill(&DE.resume_at, &[("n", &3), ("total", &28)]),
            "Weiter bei Frage 3 von 28"
        );
        assert_eq!(fill("{a} and {b}", &[("a", &"x")]), "x and {b}");
        let questions = |lang, n| {
            let t = Texts::of(lang);
            count(lang, n, &t.questions_one, &t.questions_other)
        };
        assert_eq!(questions(Lang::En, 1), "1 question");
        assert_eq!(questions(Lang::En, 28), "28 questions");
        assert_eq!(questions(Lang::De, 1), "1 Frage");
        assert_eq!(questions(Lang::De, 0), "0 Fragen");
    }

    #[test]
    fn overrides_replace_known_keys_and_name_the_nearest_for_unknown_ones() {
        let spanish = EN
            .clone()
            .with_overrides(&[
                ("start".into(), "Empezar".into()),
                ("about".into(), "Acerca de".into()),
            ])
            .unwrap();
        assert_eq!(spanish.start, "Empezar");
        assert_eq!(spanish.about, "Acerca de");
        assert_eq!(spanish.start_over, EN.start_over, "the rest stays English");

        let refused = EN
            .clone()
            .with_overrides(&[
                ("strat".into(), "x".into()),
                ("privacy".into(), "y".into()),
                ("completely-different".into(), "z".into()),
            ])
            .unwrap_err();
        assert_eq!(
            refused,
            [
                UnknownKey {
                    key: "strat".into(),
                    nearest: Some("start")
                },
                UnknownKey {
                    key: "completely-different".into(),
                    nearest: None
                },
            ]
        );
    }

    #[test]
    fn nearest_allows_about_a_third_of_the_word_in_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("strat", "start"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("Straße", "Strasse"), 2);
        let fields = ["reverse", "weight", "sources", "dimension"];
        assert_eq!(nearest("revrese", &fields), Some("reverse"));
        assert_eq!(nearest("reverse", &fields), Some("reverse"));
        assert_eq!(nearest("wieght", &fields), Some("weight"));
        assert_eq!(nearest("dimensions", &fields), Some("dimension"));
        assert_eq!(nearest("colour", &fields), None);
        assert_eq!(nearest("x", &fields), None);
    }
}
