//! The reader's module's own text: the first screen, questions, the report,
//! shared results, About and the notices about the reader's data.

use crate::core::language::Lang;

catalogue! {
    /// The reader's module's own text, in one language.
    Texts / TextsFields {
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
        /// The same where the browser doesn't let Candor save: no promise to remember.
        steps_hint_unsaved,
        /// On the report where the browser doesn't let Candor save, and what to do instead.
        not_kept,
        not_kept_keep,
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
        /// In About when a coach's brand replaces Candor's name.
        made_with,
        undated,
        scoring_title,
        scoring_text,
        privacy_title,
        privacy_text,
        coaches_title,
        coaches_text,
        coaches_link,
        /// Between the builder's link and the checker's.
        coaches_or,
        coaches_check_link,
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
        /// The label of the language switch.
        language,
        /// A host's call to action when it gives no label.
        cta_default,
        /// The line about results made with an earlier version of the quiz:
        /// `{n}` of them, made on `{when}`; "also" when there are results of
        /// this version too.
        earlier_one,
        earlier_other,
        earlier_also_one,
        earlier_also_other,
        /// `{when}` of more than three earlier results: `{first}` and `{last}` are days.
        earlier_range,
        /// Between the days in a list (an English date has a comma of its own).
        date_separator,
        /// The first screen's file picker for a result file saved earlier.
        open_result_file,
        /// The name of the screen's landmark when Candor runs in a host page's
        /// frame; `{n}`: the frame's number when the host has several.
        landmark,
        landmark_n,
        /// In the score chart, in place of a habit's score.
        no_score,
        /// The share panel's fields, copy buttons and what they announce.
        share_link,
        copy_link,
        link_copied,
        share_code,
        copy_code,
        code_copied,
        /// The accessible name of the QR code of the result link.
        qr_label,
        /// The share panel's button that saves the result as a file.
        download_result,
        /// "Save as image": heading, what it is, its buttons.
        picture_title,
        picture_intro,
        picture_card,
        picture_portrait,
        picture_copy,
        picture_share,
        /// The alt text's field, its copy button and what is said once copied.
        picture_alt_label,
        copy_alt,
        alt_copied,
        /// The alt text: `{archetype}` and the `{scores}`, each written as
        /// `picture_alt_score` (`{name}`, `{score}`) or `picture_alt_no_score`.
        picture_alt,
        picture_alt_score,
        picture_alt_no_score,
        /// On the image, for a habit without a score.
        picture_no_score,
        /// Said while the image is made, and once it is downloading, copied,
        /// not copied (no image clipboard here), not shared, or not made.
        picture_working,
        picture_saved,
        picture_copied,
        picture_no_clipboard,
        picture_share_failed,
        picture_failed,
        /// Announced when the browser refuses to copy and the text is selected instead.
        copy_by_hand,
        /// The page's loading line while a coach's quiz file is fetched.
        loading_quiz,
        // Checker: try, outcomes, lint (issue 20)
        /// The page that tries a quiz file for the checker, opened without
        /// it: its heading, and a link to the checker.
        try_alone_title,
        try_alone_link,
        /// A coach's quiz file that could not be used: the heading, where it
        /// was looked for (`{url}`), and the way to the built-in quiz.
        load_failed,
        load_tried,
        load_builtin,
        /// The error screen after a crash: heading, explanation, the details
        /// field's name, its copy button, and the page's address (`{address}`)
        /// in the details.
        crash_title,
        crash_text,
        crash_details,
        crash_copy,
        crash_page,
        /// The notice when the browser won't let Candor store anything.
        memory_only,
        /// What an unreadable record held, for the notices below.
        record_progress,
        record_history,
        record_checklist,
        /// A record that could not be read (`{what}`, `{why}`): set aside
        /// under `{aside}`, or left where it is under `{key}` when not even a
        /// copy could be written.
        unreadable_aside,
        unreadable_left,
        /// "Forget my data" could not delete the saved items in `{list}`.
        forget_left_one,
        forget_left_other,
        /// "Forget my data" could not reach the browser's storage at all.
        forget_unreachable,
        /// A new version of Candor has been downloaded in the background and
        /// is waiting: the notice, and its button that switches to it (the
        /// page reloads; answers in progress are already saved).
        update_ready,
        update_reload,
        // Builder and report sharing (issue 20)
        /// The report's disclosure around "Compare as a team" and "Save as
        /// image" (closed at first in an embed).
        share_or_save,
        // Issue 21: two tabs
        /// Another tab, window or frame of this quiz changed the reader's answers or results;
        /// this page now shows them.
        changed_elsewhere,
        // Issue 21: the offline worker's caches and failed module loads
        /// "Forget my data" could not delete Candor's offline copy (Cache Storage).
        forget_caches_left,
        /// The facilitator tools' module (team view, builder, checker,
        /// pictures) could not be loaded: offline, or the server failed; and
        /// the button that loads it again.
        tools_unreachable,
        tools_retry,
        /// The heading of a tools screen (team view, builder, checker) that
        /// could not open because of that.
        tools_failed_title,
        /// The server no longer has this page's version of the tools' module:
        /// Candor was updated since the page opened; and the button that
        /// reloads the page.
        tools_updated,
        tools_reload,
    }
}

/// English, the language every other catalogue is checked against.
pub static EN: Texts = Texts::from_fields(TextsFields {
    start: "Start",
    start_over: "Start over",
    resume_at: "Resume at question {n} of {total}",
    questions_one: "{n} question",
    questions_other: "{n} questions",
    minutes_one: "about {n} minute",
    minutes_other: "about {n} minutes",
    privacy: "Your answers stay on this device. Nothing is sent anywhere.",
    your_last_result: "Your last result",
    compare_as_team: "Compare as a team",
    about: "About",
    keys_hint_not_sure: "Keys: 1–5 to answer, 0 for not sure, Backspace to go back.",
    keys_hint: "Keys: 1–5 to answer, Backspace to go back.",
    back: "Back",
    next: "Next",
    see_report: "See my report",
    progress: "{n} of {total}",
    no_result_title: "No result yet",
    no_result_text: "Answer the questions first; your report appears here.",
    since_previous: "Changes are shown against your previous result of {date}.",
    style_kicker: "Your result",
    print: "Print / Save as PDF",
    retake: "Retake the quiz",
    taken_on: "Taken on {date}. ",
    about_sources: "About Candor and its sources",
    scores_yours: "Your scores",
    scores_theirs: "Scores",
    strengths_yours: "Your strengths",
    strengths_theirs: "Strengths",
    growth: "Where to grow",
    growth_theirs: "Where to grow",
    others_yours: "Your other habits",
    others_theirs: "Other habits",
    even_same_yours: "Your habits are even: every one scores {low}, so none stands out from the others.",
    even_same_theirs: "The habits are even: every one scores {low}, so none stands out from the others.",
    even_range_yours: "Your habits are even: every score is between {low} and {high}, so none stands out from the others.",
    even_range_theirs: "The habits are even: every score is between {low} and {high}, so none stands out from the others.",
    even_strong: "An even, strong profile. Keep these habits up, and help the people around you learn them.",
    even_low: "Every habit has room to grow. Don’t try to change them all at once: start with the next steps below.",
    even_middle: "An even profile has no obvious place to start, so pick the habit that matters most in your work right now and focus on it for a month; one focus moves an even profile more than effort spread over all of them.",
    nothing_stands_out: "No habit stands out clearly as a strength or as a growth area: the scores differ, but not by much.",
    overall: "Overall: {n} out of 100",
    overall_none: "Overall: not enough answers for a score",
    try_first: "Try this first: ",
    since_last: " ({change} since last time)",
    not_enough: "not enough answers",
    tied_one: "Tied at {score} with {a}.",
    tied_two: "Tied at {score} with {a} and {b}.",
    tied_many: "Tied at {score} with the {n} other habits here.",
    steps_title: "Your next steps",
    steps_from_growth: "These come from your growth areas, starting with the advice about the statements you scored lowest.",
    steps_from_lowest: "No habit stands out as a growth area, so these come from your lowest-scoring habits.",
    steps_from_strengths: "Every habit is a strength, so these are ways to keep up the ones with the lowest scores.",
    steps_hint: "Tick them off as you go; Candor remembers on this device.",
    steps_hint_unsaved: "Tick them off as you go.",
    not_kept: "This result is not kept on this device: this browser does not let Candor save here.",
    not_kept_keep: "Keep it with its link, code or file below.",
    reflect_title: "Questions to sit with",
    said_yours: "What you said:",
    said_theirs: "What they said:",
    not_sure: "Not sure",
    skipped: "skipped",
    chart_title: "Your score on each habit, out of 100",
    chart_table: "Show the scores as a table",
    habit: "Habit",
    score: "Score",
    change: "Change",
    source: "Source: {list}",
    own_candor: "Candor’s own synthesis, not from a cited article",
    own_author: "The quiz author’s own advice, not from a cited source",
    about_title: "About Candor",
    about_intro: "Candor asks the questions of this quiz and writes your report from your answers, on this device. Its questions and advice draw on these sources:",
    made_with: "Made with Candor",
    undated: "undated",
    scoring_title: "How scoring works",
    scoring_text: "Each answer counts from 0 (Never) to 100 (Always), turned around for statements where agreeing is the weaker answer. A habit’s score is the average of its answers; “Not sure” is left out, and a habit with fewer than half its questions answered gets no score. Your style is the first pattern your scores match.",
    privacy_title: "Your privacy",
    privacy_text: "Candor runs entirely in your browser. Your answers are kept on this device only, and the page makes no requests to any other site.",
    coaches_title: "For coaches",
    coaches_text: "Put Candor in your own blog post, in your colors, with your call to action, or with your own questions: ",
    coaches_link: "build an embed snippet",
    coaches_or: " or ",
    coaches_check_link: "check a quiz file",
    back_to_start: "Back to the start",
    forget: "Forget my data",
    forget_question: "Delete your answers, results and ticked steps from this device? This cannot be undone.",
    forget_confirm: "Delete everything",
    cancel: "Cancel",
    forget_done: "Everything Candor stored on this device is gone.",
    notices_label: "Notices about your data",
    dismiss: "Dismiss",
    share_title: "Share your result",
    share_intro: "Send the link or the code to whoever is comparing your team’s results. It holds your answers and the name you add, nothing else, and nothing is uploaded anywhere.",
    share_name: "Your name (optional)",
    share_name_hint: "Up to 24 characters, shown to your team.",
    qr_caption: "Scan to open the result on another device.",
    take_quiz: "Take the quiz yourself",
    cant_show: "This result can’t be shown",
    whose_style: "{name}’s result",
    shared_style: "A shared result",
    shared_note: "You are looking at someone else’s result. Nothing here is saved on your device.",
    more: "More",
    language: "Language",
    cta_default: "Find out more",
    earlier_one: "You have {n} result from an earlier version of this quiz ({when}). This version’s questions changed, so it can’t be compared with your new answers.",
    earlier_other: "You have {n} results from an earlier version of this quiz ({when}). This version’s questions changed, so they can’t be compared with your new answers.",
    earlier_also_one: "You also have {n} result from an earlier version of this quiz ({when}). This version’s questions changed, so it can’t be compared with your new answers.",
    earlier_also_other: "You also have {n} results from an earlier version of this quiz ({when}). This version’s questions changed, so they can’t be compared with your new answers.",
    earlier_range: "from {first} to {last}",
    date_separator: "; ",
    open_result_file: "Open a saved result file",
    landmark: "Candor quiz",
    landmark_n: "Candor quiz {n}",
    no_score: "n/a",
    share_link: "Link",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    share_code: "Code",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    qr_label: "QR code of the result link",
    download_result: "Download result file",
    picture_title: "Save as image",
    picture_intro: "A picture of this result to post or put on a slide, with a QR code that opens it. It is made on this device: nothing is uploaded.",
    picture_card: "Download card (1200 × 630)",
    picture_portrait: "Download portrait (1080 × 1350)",
    picture_copy: "Copy image",
    picture_share: "Share…",
    picture_alt_label: "Alt text for the image",
    copy_alt: "Copy alt text",
    alt_copied: "Alt text copied.",
    picture_alt: "Candor result: {archetype}. {scores}.",
    picture_alt_score: "{name} {score} of 100",
    picture_alt_no_score: "{name} not scored",
    picture_no_score: "n/a",
    picture_working: "Making the image…",
    picture_saved: "The image is downloading.",
    picture_copied: "Image copied.",
    picture_no_clipboard: "This browser doesn’t let Candor copy images here. Download the image instead.",
    picture_share_failed: "Sharing didn’t work here. Download the image instead.",
    picture_failed: "The image could not be made. Reload the page and try again.",
    copy_by_hand: "Copying isn’t allowed here: the text is selected, so press Ctrl+C (⌘C on a Mac) to copy it.",
    loading_quiz: "Loading the quiz…",
    load_failed: "This quiz could not be loaded",
    load_tried: "Candor tried to load the quiz file at {url}.",
    load_builtin: "Take Candor’s own quiz instead",
    crash_title: "Something went wrong",
    crash_text: "Candor hit an unexpected error and stopped. Answers you saved on this device are still there: reload the page to carry on. If it happens again, copy the details below and send them to whoever shared this quiz with you.",
    crash_details: "Error details",
    crash_copy: "Copy details",
    crash_page: "Page: {address}",
    memory_only: "This browser is not letting Candor save to this device, so your answers last only while this page is open. You can still finish the quiz, and keep your result with its share link.",
    record_progress: "your answers in progress",
    record_history: "your past results",
    record_checklist: "your ticked next steps",
    unreadable_aside: "Candor could not read {what} saved on this device: {why}. The saved copy is kept aside (as “{aside}”) and you are starting fresh.",
    unreadable_left: "Candor could not read {what} saved on this device: {why}. It could not make a copy either (the browser’s storage is full), so the saved copy is left as it is (under “{key}”) and you are starting fresh for this visit.",
    forget_left_one: "The browser did not let Candor delete this saved item: {list}. You can remove it in your browser’s settings for this site.",
    forget_left_other: "The browser did not let Candor delete these saved items: {list}. You can remove them in your browser’s settings for this site.",
    forget_unreachable: "This browser is not letting Candor reach its storage, so nothing saved on an earlier visit could be checked or deleted from here. Answers from this visit were only ever kept in memory and are gone.",
    update_ready: "A new version of Candor is ready.",
    update_reload: "Reload",
    // Checker: try, outcomes, lint (issue 20)
    try_alone_title: "Nothing to try here",
    try_alone_link: "Check and try a quiz file",
    // Builder and report sharing (issue 20)
    share_or_save: "Share or save",
    // Issue 21: two tabs
    changed_elsewhere: "Your answers were changed elsewhere in this browser (another tab, window or frame of this quiz). This page now shows them as they are saved; nothing was lost.",
    // Issue 21: the offline worker's caches and failed module loads
    forget_caches_left: "The browser did not let Candor delete its offline copy of the app. You can remove it in your browser’s settings for this site.",
    tools_unreachable: "This part of Candor could not be loaded. Check your connection, then try again.",
    tools_retry: "Try again",
    tools_failed_title: "This view could not open",
    tools_updated: "Candor has been updated since this page was opened, and this part of the old version is gone. Reload the page to use the new version.",
    tools_reload: "Reload the page",
});

pub static DE: Texts = Texts::from_fields(TextsFields {
    start: "Los geht’s",
    start_over: "Neu beginnen",
    resume_at: "Weiter bei Frage {n} von {total}",
    questions_one: "{n} Frage",
    questions_other: "{n} Fragen",
    minutes_one: "etwa {n} Minute",
    minutes_other: "etwa {n} Minuten",
    privacy: "Deine Antworten bleiben auf diesem Gerät. Nichts wird irgendwohin gesendet.",
    your_last_result: "Dein letztes Ergebnis",
    compare_as_team: "Im Team vergleichen",
    about: "Über Candor",
    keys_hint_not_sure: "Tasten: 1–5 zum Antworten, 0 für „Weiß nicht“, Rücktaste für zurück.",
    keys_hint: "Tasten: 1–5 zum Antworten, Rücktaste für zurück.",
    back: "Zurück",
    next: "Weiter",
    see_report: "Zu meinem Bericht",
    progress: "{n} von {total}",
    no_result_title: "Noch kein Ergebnis",
    no_result_text: "Beantworte zuerst die Fragen; dann erscheint hier dein Bericht.",
    since_previous: "Die Veränderungen beziehen sich auf dein vorheriges Ergebnis vom {date}.",
    style_kicker: "Dein Ergebnis",
    print: "Drucken / als PDF speichern",
    retake: "Quiz wiederholen",
    taken_on: "Ausgefüllt am {date}. ",
    about_sources: "Über Candor und seine Quellen",
    scores_yours: "Deine Werte",
    scores_theirs: "Werte",
    strengths_yours: "Deine Stärken",
    strengths_theirs: "Stärken",
    growth: "Wo du wachsen kannst",
    growth_theirs: "Wo es Raum zum Wachsen gibt",
    others_yours: "Deine anderen Gewohnheiten",
    others_theirs: "Andere Gewohnheiten",
    even_same_yours: "Deine Gewohnheiten liegen gleichauf: Jede hat den Wert {low}, keine hebt sich von den anderen ab.",
    even_same_theirs: "Die Gewohnheiten liegen gleichauf: Jede hat den Wert {low}, keine hebt sich von den anderen ab.",
    even_range_yours: "Deine Gewohnheiten liegen dicht beieinander: Alle Werte liegen zwischen {low} und {high}, keine hebt sich von den anderen ab.",
    even_range_theirs: "Die Gewohnheiten liegen dicht beieinander: Alle Werte liegen zwischen {low} und {high}, keine hebt sich von den anderen ab.",
    even_strong: "Ein ausgeglichenes, starkes Profil. Bleib bei diesen Gewohnheiten und hilf den Menschen um dich herum, sie zu lernen.",
    even_low: "Jede Gewohnheit hat Luft nach oben. Versuch nicht, alle auf einmal zu ändern: Fang mit den nächsten Schritten unten an.",
    even_middle: "Ein ausgeglichenes Profil hat keinen naheliegenden Anfang. Wähle deshalb die Gewohnheit, die in deiner Arbeit gerade am meisten zählt, und konzentrier dich einen Monat lang darauf; ein klarer Fokus bewegt mehr als Mühe, die sich auf alle verteilt.",
    nothing_stands_out: "Keine Gewohnheit sticht klar als Stärke oder als Wachstumsfeld heraus: Die Werte unterscheiden sich, aber nicht stark.",
    overall: "Gesamt: {n} von 100",
    overall_none: "Gesamt: zu wenige Antworten für einen Wert",
    try_first: "Probier zuerst das: ",
    since_last: " ({change} seit dem letzten Mal)",
    not_enough: "zu wenige Antworten",
    tied_one: "Gleichauf bei {score} mit {a}.",
    tied_two: "Gleichauf bei {score} mit {a} und {b}.",
    tied_many: "Gleichauf bei {score} mit den {n} anderen Gewohnheiten hier.",
    steps_title: "Deine nächsten Schritte",
    steps_from_growth: "Sie stammen aus deinen Wachstumsfeldern, beginnend mit dem Rat zu den Aussagen mit deinen niedrigsten Werten.",
    steps_from_lowest: "Keine Gewohnheit sticht als Wachstumsfeld heraus, deshalb stammen sie aus deinen Gewohnheiten mit den niedrigsten Werten.",
    steps_from_strengths: "Jede Gewohnheit ist eine Stärke, deshalb helfen diese Schritte, die mit den niedrigsten Werten zu halten.",
    steps_hint: "Hak sie nach und nach ab; Candor merkt es sich auf diesem Gerät.",
    steps_hint_unsaved: "Hak sie nach und nach ab.",
    not_kept: "Dieses Ergebnis wird auf diesem Gerät nicht gespeichert: Dieser Browser lässt Candor hier nichts speichern.",
    not_kept_keep: "Behalte es mit dem Link, dem Code oder der Datei unten.",
    reflect_title: "Fragen zum Nachdenken",
    said_yours: "Deine Antworten:",
    said_theirs: "Die Antworten:",
    not_sure: "Weiß nicht",
    skipped: "übersprungen",
    chart_title: "Dein Wert bei jeder Gewohnheit, von 100",
    chart_table: "Werte als Tabelle zeigen",
    habit: "Gewohnheit",
    score: "Wert",
    change: "Veränderung",
    source: "Quelle: {list}",
    own_candor: "Eigene Synthese von Candor, nicht aus einem zitierten Artikel",
    own_author: "Eigener Rat der Quiz-Autorin oder des Quiz-Autors, nicht aus einer zitierten Quelle",
    about_title: "Über Candor",
    about_intro: "Candor stellt die Fragen dieses Quiz und schreibt deinen Bericht aus deinen Antworten, auf diesem Gerät. Die Fragen und Ratschläge stützen sich auf diese Quellen:",
    made_with: "Erstellt mit Candor",
    undated: "ohne Datum",
    scoring_title: "So wird gewertet",
    scoring_text: "Jede Antwort zählt von 0 (Nie) bis 100 (Immer), umgekehrt bei Aussagen, bei denen Zustimmung die schwächere Antwort ist. Der Wert einer Gewohnheit ist der Durchschnitt ihrer Antworten; „Weiß nicht“ zählt nicht, und eine Gewohnheit, bei der weniger als die Hälfte der Fragen beantwortet ist, bekommt keinen Wert. Dein Typ ist das erste Muster, zu dem deine Werte passen.",
    privacy_title: "Deine Privatsphäre",
    privacy_text: "Candor läuft vollständig in deinem Browser. Deine Antworten werden nur auf diesem Gerät gespeichert, und die Seite stellt keine Anfragen an andere Websites.",
    coaches_title: "Für Coaches",
    coaches_text: "Bau Candor in deinen eigenen Blogbeitrag ein, in deinen Farben, mit deinem Handlungsaufruf oder mit deinen eigenen Fragen: ",
    coaches_link: "erstelle einen Einbettungscode",
    coaches_or: " oder ",
    coaches_check_link: "prüfe eine Quizdatei",
    back_to_start: "Zurück zum Anfang",
    forget: "Meine Daten löschen",
    forget_question: "Deine Antworten, Ergebnisse und abgehakten Schritte von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.",
    forget_confirm: "Alles löschen",
    cancel: "Abbrechen",
    forget_done: "Alles, was Candor auf diesem Gerät gespeichert hatte, ist gelöscht.",
    notices_label: "Hinweise zu deinen Daten",
    dismiss: "Schließen",
    share_title: "Teile dein Ergebnis",
    share_intro: "Schick den Link oder den Code an die Person, die die Ergebnisse deines Teams vergleicht. Er enthält deine Antworten und den Namen, den du hinzufügst, sonst nichts, und nichts wird irgendwo hochgeladen.",
    share_name: "Dein Name (freiwillig)",
    share_name_hint: "Bis zu 24 Zeichen, sichtbar für dein Team.",
    qr_caption: "Scannen, um das Ergebnis auf einem anderen Gerät zu öffnen.",
    take_quiz: "Mach das Quiz selbst",
    cant_show: "Dieses Ergebnis kann nicht angezeigt werden",
    whose_style: "Ergebnis von {name}",
    shared_style: "Ein geteiltes Ergebnis",
    shared_note: "Du siehst das Ergebnis einer anderen Person. Nichts davon wird auf deinem Gerät gespeichert.",
    more: "Mehr",
    language: "Sprache",
    cta_default: "Mehr erfahren",
    earlier_one: "Du hast {n} Ergebnis aus einer früheren Version dieses Quiz ({when}). Die Fragen haben sich seitdem geändert, deshalb lässt es sich nicht mit deinen neuen Antworten vergleichen.",
    earlier_other: "Du hast {n} Ergebnisse aus einer früheren Version dieses Quiz ({when}). Die Fragen haben sich seitdem geändert, deshalb lassen sie sich nicht mit deinen neuen Antworten vergleichen.",
    earlier_also_one: "Du hast außerdem {n} Ergebnis aus einer früheren Version dieses Quiz ({when}). Die Fragen haben sich seitdem geändert, deshalb lässt es sich nicht mit deinen neuen Antworten vergleichen.",
    earlier_also_other: "Du hast außerdem {n} Ergebnisse aus einer früheren Version dieses Quiz ({when}). Die Fragen haben sich seitdem geändert, deshalb lassen sie sich nicht mit deinen neuen Antworten vergleichen.",
    earlier_range: "vom {first} bis zum {last}",
    date_separator: ", ",
    open_result_file: "Gespeicherte Ergebnisdatei öffnen",
    landmark: "Candor-Quiz",
    landmark_n: "Candor-Quiz {n}",
    no_score: "k. A.",
    share_link: "Dein Link",
    copy_link: "Link kopieren",
    link_copied: "Link kopiert.",
    share_code: "Dein Code",
    copy_code: "Code kopieren",
    code_copied: "Code kopiert.",
    qr_label: "QR-Code des Ergebnislinks",
    download_result: "Ergebnisdatei herunterladen",
    picture_title: "Als Bild speichern",
    picture_intro: "Ein Bild dieses Ergebnisses zum Posten oder für eine Folie, mit einem QR-Code, der es öffnet. Es entsteht auf diesem Gerät: Nichts wird hochgeladen.",
    picture_card: "Karte herunterladen (1200 × 630)",
    picture_portrait: "Hochformat herunterladen (1080 × 1350)",
    picture_copy: "Bild kopieren",
    picture_share: "Teilen …",
    picture_alt_label: "Alternativtext für das Bild",
    copy_alt: "Alternativtext kopieren",
    alt_copied: "Alternativtext kopiert.",
    picture_alt: "Candor-Ergebnis: {archetype}. {scores}.",
    picture_alt_score: "{name} {score} von 100",
    picture_alt_no_score: "{name} ohne Wert",
    picture_no_score: "k. A.",
    picture_working: "Das Bild wird erstellt …",
    picture_saved: "Das Bild wird heruntergeladen.",
    picture_copied: "Bild kopiert.",
    picture_no_clipboard: "Dieser Browser lässt Candor hier keine Bilder kopieren. Lade das Bild stattdessen herunter.",
    picture_share_failed: "Teilen hat hier nicht geklappt. Lade das Bild stattdessen herunter.",
    picture_failed: "Das Bild konnte nicht erstellt werden. Lade die Seite neu und versuch es noch einmal.",
    copy_by_hand: "Kopieren ist hier nicht erlaubt: Der Text ist markiert, drück also Strg+C (⌘C auf dem Mac), um ihn zu kopieren.",
    loading_quiz: "Das Quiz wird geladen …",
    load_failed: "Dieses Quiz konnte nicht geladen werden",
    load_tried: "Candor hat versucht, die Quizdatei unter {url} zu laden.",
    load_builtin: "Mach stattdessen Candors eigenes Quiz",
    crash_title: "Etwas ist schiefgelaufen",
    crash_text: "Candor ist auf einen unerwarteten Fehler gestoßen und wurde angehalten. Antworten, die du auf diesem Gerät gespeichert hast, sind noch da: Lade die Seite neu, um weiterzumachen. Wenn es wieder passiert, kopier die Details unten und schick sie an die Person, die dieses Quiz mit dir geteilt hat.",
    crash_details: "Fehlerdetails",
    crash_copy: "Details kopieren",
    crash_page: "Seite: {address}",
    memory_only: "Dieser Browser lässt Candor nichts auf diesem Gerät speichern, deshalb bleiben deine Antworten nur erhalten, solange diese Seite offen ist. Du kannst das Quiz trotzdem beenden und dein Ergebnis über den Link zum Teilen behalten.",
    record_progress: "deine angefangenen Antworten",
    record_history: "deine bisherigen Ergebnisse",
    record_checklist: "deine abgehakten nächsten Schritte",
    unreadable_aside: "Candor konnte {what} auf diesem Gerät nicht lesen: {why}. Die gespeicherte Kopie wurde beiseitegelegt (als „{aside}“), und du fängst neu an.",
    unreadable_left: "Candor konnte {what} auf diesem Gerät nicht lesen: {why}. Auch eine Kopie ließ sich nicht anlegen (der Speicher des Browsers ist voll), deshalb bleibt die gespeicherte Kopie unverändert (unter „{key}“), und du fängst für diesen Besuch neu an.",
    forget_left_one: "Der Browser hat Candor diesen gespeicherten Eintrag nicht löschen lassen: {list}. Du kannst ihn in den Einstellungen deines Browsers für diese Website entfernen.",
    forget_left_other: "Der Browser hat Candor diese gespeicherten Einträge nicht löschen lassen: {list}. Du kannst sie in den Einstellungen deines Browsers für diese Website entfernen.",
    forget_unreachable: "Dieser Browser lässt Candor nicht auf seinen Speicher zugreifen, deshalb konnte nichts, was bei einem früheren Besuch gespeichert wurde, von hier aus geprüft oder gelöscht werden. Antworten aus diesem Besuch lagen nur im Arbeitsspeicher und sind jetzt weg.",
    update_ready: "Eine neue Version von Candor ist bereit.",
    update_reload: "Neu laden",
    // Checker: try, outcomes, lint (issue 20)
    try_alone_title: "Hier gibt es nichts auszuprobieren",
    try_alone_link: "Eine Quizdatei prüfen und ausprobieren",
    // Builder and report sharing (issue 20)
    share_or_save: "Teilen oder speichern",
    // Issue 21: two tabs
    changed_elsewhere: "Deine Antworten wurden anderswo in diesem Browser geändert (in einem anderen Tab, Fenster oder Rahmen dieses Quiz). Diese Seite zeigt sie jetzt so, wie sie gespeichert sind; nichts ging verloren.",
    // Issue 21: the offline worker's caches and failed module loads
    forget_caches_left: "Der Browser hat Candor seine Offline-Kopie der App nicht löschen lassen. Du kannst sie in den Einstellungen deines Browsers für diese Website entfernen.",
    tools_unreachable: "Dieser Teil von Candor konnte nicht geladen werden. Prüfe deine Verbindung und versuche es dann noch einmal.",
    tools_retry: "Noch einmal versuchen",
    tools_failed_title: "Diese Ansicht konnte nicht geöffnet werden",
    tools_updated: "Candor wurde aktualisiert, seit diese Seite geöffnet wurde, und dieser Teil der alten Version ist nicht mehr da. Lade die Seite neu, um die neue Version zu nutzen.",
    tools_reload: "Seite neu laden",
});

impl Texts {
    /// The catalogue of a language: English, or another language as
    /// installed from its pack (see `pack`). Natively every language is
    /// compiled in; in wasm a language not installed is English, so the
    /// reader's module links no other language's texts.
    pub fn of(lang: Lang) -> &'static Texts {
        match lang {
            Lang::En => &EN,
            other => Texts::installed(other).unwrap_or_else(|| {
                if cfg!(target_arch = "wasm32") {
                    &EN
                } else {
                    Texts::compiled(other)
                }
            }),
        }
    }

    /// The catalogue of a language as compiled in (the build's packs, the
    /// facilitator tools' module, native code).
    pub fn compiled(lang: Lang) -> &'static Texts {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }
}
