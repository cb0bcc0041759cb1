//! The quiz-file checker's own words (issue 20): trying a file, what its
//! archetypes and simple answer sheets get, and the warnings about what
//! would mis-score. Only the tools' module reads them.
//!
//! Unlike the other catalogues, a quiz file's `ui` does not reword these:
//! they speak to the author of the file being checked, not to its readers,
//! and leaving them out of [`super::all_keys`] keeps them out of the
//! reader's module, which checks a coach's `ui` against every key it lists.

use crate::core::language::Lang;

catalogue! {
    /// The quiz-file checker's words, in one language.
    CheckerTexts / CheckerTextsFields {
        /// Trying a valid file in the page: the button, the section's
        /// heading and hint, the frame's name, and the button that closes it.
        check_try,
        check_try_title,
        check_try_hint,
        check_try_frame,
        check_try_close,
        /// Above the warnings about a valid file: `{n}` of them.
        check_warnings_one,
        check_warnings_other,
        /// A valid file's archetypes: heading, and how one is chosen.
        check_outcomes_title,
        check_outcomes_hint,
        /// An archetype's rule: its `{conditions}` (joined with `list_and`),
        /// first or after others; or the default's, alone or after others.
        rule_when,
        rule_when_after,
        rule_everyone,
        rule_otherwise,
        /// A condition: the `{dimension}`'s name and its `{test}`, a
        /// threshold `{n}`.
        rule_condition,
        rule_below,
        rule_at_least,
        /// The end of a list: `{list}`, the items before the last with
        /// commas, and the `{last}`.
        list_and,
        list_or,
        /// An archetype's own call to action (`{label}`, `{url}`), or none.
        check_cta_own,
        check_cta_page,
        /// The simple answer sheets that get an archetype: `{list}`, or none.
        check_sheets_reach,
        check_sheets_none,
        /// A simple answer sheet: the quiz's `{label}` for its one answer.
        check_sheet_all,
        /// The table of simple answer sheets: heading, caption, column
        /// headers, and a dimension without enough answers for a score.
        check_sheets_title,
        check_sheets_caption,
        check_col_sheet,
        check_col_archetype,
        check_no_score,
        /// An archetype in a warning: its `{name}` and place `{n}`, from 1.
        lint_archetype,
        /// Reversed and other questions weigh `{reversed}` and `{normal}`:
        /// the same answer everywhere gives `{never}` and `{always}`; `{fix}`
        /// is one of the two that follow, with the `{weight}` missing.
        lint_unbalanced,
        lint_add_reversed,
        lint_add_normal,
        /// No score falls in a band; `{nearest}` scores that can be had.
        lint_band,
        /// No reader gets an `{archetype}`: its conditions on a dimension
        /// meet no score it can get (`{test}`); or readers who meet them get
        /// one of the archetypes `{above}` first (one, several, between
        /// them); or, for the default, every reader gets another.
        lint_no_score,
        lint_shadowed_one,
        lint_shadowed_other,
        lint_shadowed_together,
        lint_default_unreached,
        /// The default is the result of "Not sure" everywhere and of readers
        /// with every score too, `{example}` a simple sheet or `{scores}`
        /// (pairs of a `{dimension}` and its `{score}`).
        lint_not_sure,
        lint_example_sheet,
        lint_example_scores,
        lint_score_pair,
        /// A file kept from an earlier check that could not be read, and the
        /// `{key}` it was set aside under.
        check_kept_unreadable,
        /// The copyable fix below the problems: its field, its button, and
        /// what the button announces.
        check_fix_label,
        check_copy_fix,
        check_fix_copied,
        // Issue 21: same id, different quiz
        /// A coach's file whose `id` (`{id}`) is the built-in quiz's.
        lint_builtin_id,
    }
}

/// English, the language every other catalogue is checked against.
pub static EN: CheckerTexts = CheckerTexts::from_fields(CheckerTextsFields {
    check_try: "Try this quiz",
    check_try_title: "Try it as a reader",
    check_try_hint: "Your quiz runs here as your readers will see it, report included. Nothing is uploaded, and nothing you answer here is kept.",
    check_try_frame: "Your quiz, as a reader sees it",
    check_try_close: "Stop trying",
    check_warnings_one: "{n} warning about how it scores:",
    check_warnings_other: "{n} warnings about how it scores:",
    check_outcomes_title: "Styles and who gets them",
    check_outcomes_hint: "A reader gets the first style, from the top, whose rule their scores meet.",
    rule_when: "For readers with {conditions}.",
    rule_when_after: "For readers with {conditions}, unless a style above fits them first.",
    rule_everyone: "For every reader.",
    rule_otherwise: "For every reader no style above fits.",
    rule_condition: "“{dimension}” {test}",
    rule_below: "under {n}",
    rule_at_least: "{n} or more",
    list_and: "{list} and {last}",
    list_or: "{list} or {last}",
    check_cta_own: "Its own call to action: “{label}”, {url}",
    check_cta_page: "No call to action of its own: readers see the page’s, if the embed gives one.",
    check_sheets_reach: "Simple answer sheets that get it: {list}.",
    check_sheets_none: "No simple answer sheet gets it.",
    check_sheet_all: "“{label}” everywhere",
    check_sheets_title: "What simple answer sheets score",
    check_sheets_caption: "The scores and style of a reader who gives every question the same answer",
    check_col_sheet: "Answer sheet",
    check_col_archetype: "Style",
    check_no_score: "no score",
    lint_archetype: "“{name}” (style {n})",
    lint_unbalanced: "“{dimension}”: its reversed questions weigh {reversed} in all and its other questions {normal}, so a reader who gives every question the same answer scores {never} here with “{lowest}” everywhere and {always} with “{highest}” everywhere, instead of 50 as on a balanced dimension. {fix}",
    lint_add_reversed: "Give its reversed questions {weight} more weight in all (raise a “weight”, or add a reversed question), or its other questions that much less.",
    lint_add_normal: "Give its other questions {weight} more weight in all (raise a “weight”, or add a question that is not reversed), or its reversed questions that much less.",
    lint_band: "“{dimension}”, band {min}–{max} (“{headline}”): no answer sheet gives “{dimension}” a score from {min} to {max}, so no reader ever sees this band. Move its bounds to take in a score it can get, such as {nearest}.",
    lint_no_score: "{archetype} is no reader’s result: no answer sheet gives “{dimension}” a score {test}. Change that condition.",
    lint_shadowed_one: "{archetype} is no reader’s result: every reader whose scores meet its conditions gets {above} first. Move it above that style, or change its conditions.",
    lint_shadowed_other: "{archetype} is no reader’s result: every reader whose scores meet its conditions gets {above} first. Move it above them, or change its conditions.",
    lint_shadowed_together: "{archetype} is no reader’s result: every reader whose scores meet its conditions gets a style above it first. Move it higher, or change its conditions.",
    lint_default_unreached: "{archetype}, the last one, is no reader’s result: every reader gets a style above it. Narrow the conditions above it if it should be someone’s result; otherwise its text is never shown.",
    lint_not_sure: "{archetype} is the result of a reader who answers “{not_sure}” to every question, and also of readers with a score in every dimension ({example}). Its summary has to be true of both. Add a style above it that those readers get, so that “{name}” is left to readers with too few answers, and write its summary for them.",
    lint_example_sheet: "{sheet}, for one",
    lint_example_scores: "{scores}, for one",
    lint_score_pair: "“{dimension}” {score}",
    check_kept_unreadable: "The quiz file kept from your last check could not be read; it is set aside under {key}.",
    check_fix_label: "The fix, to paste where it is missing",
    check_copy_fix: "Copy the fix",
    check_fix_copied: "The fix is copied.",
    // Issue 21: same id, different quiz
    lint_builtin_id: "Its “id” is “{id}”, the id of Candor’s own quiz. Give your quiz an id of its own, such as “my-team-check”: Candor keeps your readers’ answers apart from its own quiz’s by the id, and with this one each change to your file starts their saved answers afresh.",
});

pub static DE: CheckerTexts = CheckerTexts::from_fields(CheckerTextsFields {
    check_try: "Dieses Quiz ausprobieren",
    check_try_title: "Ausprobieren wie deine Leserschaft",
    check_try_hint: "Hier läuft dein Quiz so, wie deine Leserschaft es sieht, mit Bericht. Nichts wird hochgeladen, und nichts, was du hier antwortest, wird gespeichert.",
    check_try_frame: "Dein Quiz, wie deine Leserschaft es sieht",
    check_try_close: "Ausprobieren beenden",
    check_warnings_one: "{n} Warnung zur Auswertung:",
    check_warnings_other: "{n} Warnungen zur Auswertung:",
    check_outcomes_title: "Stile und wer sie bekommt",
    check_outcomes_hint: "Jede Person bekommt den ersten Stil von oben, dessen Regel ihre Werte erfüllen.",
    rule_when: "Für alle mit {conditions}.",
    rule_when_after: "Für alle mit {conditions}, außer ein Stil weiter oben passt zuerst.",
    rule_everyone: "Für alle.",
    rule_otherwise: "Für alle, zu denen kein Stil weiter oben passt.",
    rule_condition: "„{dimension}“ {test}",
    rule_below: "unter {n}",
    rule_at_least: "{n} oder mehr",
    list_and: "{list} und {last}",
    list_or: "{list} oder {last}",
    check_cta_own: "Sein eigener Handlungsaufruf: „{label}“, {url}",
    check_cta_page: "Kein eigener Handlungsaufruf: Es gilt der der Seite, falls die Einbettung einen angibt.",
    check_sheets_reach: "Einfache Antwortbögen, die ihn bekommen: {list}.",
    check_sheets_none: "Kein einfacher Antwortbogen bekommt ihn.",
    check_sheet_all: "überall „{label}“",
    check_sheets_title: "Was einfache Antwortbögen ergeben",
    check_sheets_caption: "Die Werte und der Stil, wenn jemand jede Frage gleich beantwortet",
    check_col_sheet: "Antwortbogen",
    check_col_archetype: "Stil",
    check_no_score: "kein Wert",
    lint_archetype: "„{name}“ (Stil {n})",
    lint_unbalanced: "„{dimension}“: Ihre umgekehrten Fragen wiegen zusammen {reversed}, ihre anderen Fragen {normal}. Wer jede Frage gleich beantwortet, bekommt hier mit überall „{lowest}“ {never} und mit überall „{highest}“ {always} statt 50 wie bei einer ausgewogenen Dimension. {fix}",
    lint_add_reversed: "Gib ihren umgekehrten Fragen zusammen {weight} mehr Gewicht (ein höheres „weight“ oder eine weitere umgekehrte Frage) oder ihren anderen Fragen so viel weniger.",
    lint_add_normal: "Gib ihren anderen Fragen zusammen {weight} mehr Gewicht (ein höheres „weight“ oder eine weitere, nicht umgekehrte Frage) oder ihren umgekehrten Fragen so viel weniger.",
    lint_band: "„{dimension}“, Wertebereich {min}–{max} („{headline}“): Kein Antwortbogen gibt „{dimension}“ einen Wert von {min} bis {max}, also sieht niemand diesen Wertebereich. Verschieb seine Grenzen so, dass er einen erreichbaren Wert einschließt, etwa {nearest}.",
    lint_no_score: "{archetype} bekommt niemand: Kein Antwortbogen gibt „{dimension}“ einen Wert {test}. Ändere diese Bedingung.",
    lint_shadowed_one: "{archetype} bekommt niemand: Alle, deren Werte seine Bedingungen erfüllen, bekommen zuerst {above}. Schieb ihn über diesen Stil oder ändere seine Bedingungen.",
    lint_shadowed_other: "{archetype} bekommt niemand: Alle, deren Werte seine Bedingungen erfüllen, bekommen zuerst {above}. Schieb ihn über diese oder ändere seine Bedingungen.",
    lint_shadowed_together: "{archetype} bekommt niemand: Alle, deren Werte seine Bedingungen erfüllen, bekommen zuerst einen Stil weiter oben. Schieb ihn höher oder ändere seine Bedingungen.",
    lint_default_unreached: "{archetype}, der letzte, bekommt niemand: Alle bekommen einen Stil weiter oben. Fass die Bedingungen darüber enger, wenn ihn jemand bekommen soll; sonst wird sein Text nie gezeigt.",
    lint_not_sure: "{archetype} bekommt, wer jede Frage mit „{not_sure}“ beantwortet, und ebenso, wer in jeder Dimension einen Wert hat ({example}). Seine Beschreibung muss für beide stimmen. Füg darüber einen Stil hinzu, den diese Personen bekommen, sodass „{name}“ für Antwortbögen mit zu wenigen Antworten bleibt, und schreib seine Beschreibung für sie.",
    lint_example_sheet: "zum Beispiel {sheet}",
    lint_example_scores: "zum Beispiel {scores}",
    lint_score_pair: "„{dimension}“ {score}",
    check_kept_unreadable: "Die Quizdatei deiner letzten Prüfung ließ sich nicht lesen; sie liegt jetzt unter {key}.",
    check_fix_label: "Die Korrektur, zum Einfügen, wo sie fehlt",
    check_copy_fix: "Korrektur kopieren",
    check_fix_copied: "Die Korrektur ist kopiert.",
    // Issue 21: same id, different quiz
    lint_builtin_id: "Seine „id“ ist „{id}“, die id von Candors eigenem Quiz. Gib deinem Quiz eine eigene id, etwa „mein-team-check“: Candor hält die Antworten deiner Leserschaft über die id von denen seines eigenen Quiz getrennt, und mit dieser fängt jede Änderung an deiner Datei ihre gespeicherten Antworten neu an.",
});

impl CheckerTexts {
    /// The catalogue of a language.
    pub fn of(lang: Lang) -> &'static CheckerTexts {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }
}
