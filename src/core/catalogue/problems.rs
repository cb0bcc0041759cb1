//! Why something could not be used: problems of a coach's quiz file (and of
//! its `ui` overrides), refused share codes, unreadable saved records, and
//! quiz files that could not be loaded.
//!
//! Problems of a quiz file start in lower case: they follow a JSON path, as
//! in `$.minutes: expected a whole number`. Quotation marks around what the
//! file says are part of each language's text.

use std::fmt::Display;

use crate::core::language::Lang;

catalogue! {
    /// Messages about files, codes and records that could not be used, in one language.
    ProblemTexts / ProblemTextsFields {
        /// A quiz file over the size limit, in KB: `{kb}` its size, `{limit}` the limit.
        quiz_too_large,
        /// Not JSON: where, and `{reason}` (one of the `json_` texts).
        quiz_not_json,
        /// `{schema}`: the schema this app reads; `{found}`: what the file says.
        quiz_schema,
        /// A value of the wrong shape.
        quiz_not_object,
        quiz_not_list,
        /// `{field}`: a field name as the file spells it.
        quiz_missing,
        quiz_unknown_field,
        /// A value of the wrong type, by what was expected.
        quiz_expected_text,
        quiz_expected_id,
        quiz_expected_whole,
        quiz_expected_number,
        quiz_expected_bool,
        quiz_expected_date,
        quiz_expected_language,
        /// A value out of range: `{min}` and `{max}` its bounds.
        quiz_range_whole,
        quiz_range_number,
        quiz_range_above,
        quiz_range_chars,
        /// An empty text, and a text over the limit (`{chars}` and `{limit}` in characters).
        quiz_empty,
        quiz_too_long,
        /// `{id}`: an id as the file spells it; `{first}`: the path of its first use.
        quiz_bad_id,
        quiz_duplicate_id,
        /// A list too long or too short: `{count}` is one of the `quiz_count_` texts.
        quiz_too_many,
        quiz_too_few,
        /// How many items a list has, by the kind of item.
        quiz_count_questions_one,
        quiz_count_questions_other,
        quiz_count_dimensions_one,
        quiz_count_dimensions_other,
        quiz_count_bands_one,
        quiz_count_bands_other,
        quiz_count_sources_one,
        quiz_count_sources_other,
        quiz_count_advice_one,
        quiz_count_advice_other,
        quiz_count_patterns_one,
        quiz_count_patterns_other,
        quiz_count_references_one,
        quiz_count_references_other,
        quiz_count_discussion_one,
        quiz_count_discussion_other,
        quiz_count_conditions_one,
        quiz_count_conditions_other,
        quiz_count_reflections_one,
        quiz_count_reflections_other,
        quiz_count_ui_one,
        quiz_count_ui_other,
        /// A reference to an id that no item of its kind has.
        quiz_no_source,
        quiz_no_dimension,
        quiz_no_question,
        /// A dimension without questions.
        quiz_unmeasured,
        /// Bands that do not cover 0–100 in order.
        quiz_bands_gap,
        quiz_bands_start,
        quiz_bands_end,
        quiz_band_inverted,
        /// A condition with neither or both of its thresholds.
        quiz_condition,
        /// Advice naming a question of another dimension.
        quiz_advice_elsewhere,
        /// Patterns without a default, or after it.
        quiz_no_default,
        quiz_after_default,
        /// `{found}`: how many labels the scale has.
        quiz_scale_labels,
        quiz_bad_date,
        quiz_bad_language,
        /// What a `schema` that is a list or an object is called in `quiz_schema`.
        quiz_value_list,
        quiz_value_object,
        /// A key of `ui` that no catalogue has, without and with the nearest known key.
        ui_unknown_key,
        ui_unknown_key_near,
        /// Placeholders of a `ui` text that differ from the English text's: `{list}` names them.
        ui_missing_one,
        ui_missing_other,
        ui_extra_one,
        ui_extra_other,
        /// A `ui` text with markup or control characters.
        ui_not_plain,
        /// Why a file is not JSON (after `quiz_not_json`).
        json_comma_brace,
        json_comma_bracket,
        json_colon,
        json_value,
        json_field_name,
        json_trailing_comma,
        json_trailing_text,
        json_escape,
        json_number,
        json_number_rule,
        json_unicode,
        json_surrogate,
        json_hex,
        json_control,
        json_nested,
        json_end,
        json_utf8,
        json_duplicate,
        /// A display name or a result that does not fit in a share code; `{max}`: the longest name.
        code_name_too_long,
        code_name_invalid,
        code_too_long,
        /// A share code that was refused.
        code_not_candor,
        code_newer,
        code_damaged,
        code_other_quiz,
        code_other_version,
        /// Why a record saved on the device could not be read; it follows
        /// "could not read … saved on this device:". `{v}`: the record's format;
        /// `{what}`: one of the `saved_damage_` texts.
        saved_too_large,
        saved_not_json,
        saved_newer,
        saved_damaged,
        saved_other_version,
        /// What is damaged in a saved record; `{max}`: the most attempts kept.
        saved_damage_position,
        saved_damage_filed,
        saved_damage_attempts,
        saved_damage_earlier_count,
        saved_damage_attempt_time,
        saved_damage_checklist_time,
        saved_damage_steps,
        saved_damage_version,
        saved_damage_earlier_time,
        saved_damage_earlier_quiz,
        saved_damage_earlier_answers,
        saved_damage_answers,
        saved_damage_fields,
        /// A coach's quiz file that could not be loaded.
        load_network,
        load_status,
        load_too_large,
        load_timeout,
        /// Before the list of the file's `{n}` problems.
        load_invalid_one,
        load_invalid_other,
        /// Why a result file was not read; `{what}` says what is damaged.
        result_file_too_large,
        result_file_not_one,
        result_file_newer,
        result_file_damaged,
        result_file_no_version,
        result_file_unknown_field,
        result_file_no_quiz,
        result_file_no_code,
        result_file_name_not_text,
        result_file_name_mismatch,
        result_file_no_date,
        result_file_bad_date,
        /// Why an option of the page address was ignored.
        ignored_query_too_long,
        ignored_not_encoded,
        ignored_flag,
        ignored_theme,
        ignored_accent,
        ignored_empty,
        ignored_too_long,
        ignored_control,
        ignored_not_web,
        ignored_not_web_or_mail,
        ignored_no_host,
        ignored_no_scheme,
        ignored_address_too_long,
        ignored_address_characters,
        ignored_hide,
        ignored_frame,
        ignored_lang,
        ignored_label_without_cta,
        /// An option Candor doesn't have, and one it does that is spelt alike.
        ignored_unknown,
        ignored_unknown_nearest,
        /// Where a problem is, as people count: `{n}` from 1, `{id}` the item's id.
        place_source,
        place_source_id,
        place_dimension,
        place_dimension_id,
        place_question,
        place_question_id,
        place_pattern,
        place_pattern_id,
        place_reflection,
        place_reflection_id,
        /// What would help put a problem right.
        hint_did_you_mean,
        hint_valid_ids,
        hint_valid_ids_more,
        hint_no_ids,
        hint_remove_quotes,
        /// A syntax error with the character it stops at, `{found}`.
        explain_json_comma,
        explain_json_found,
        /// An archetype's call to action: its label is too long, or its address is refused.
        quiz_cta_label_too_long,
        quiz_brand_too_long,
        // Checker: try, outcomes, lint (issue 20)
        /// A missing `sources`, said once for the whole file: what to write,
        /// `{fix}` with one of the file's source ids, or when it has none;
        /// then where else it is missing: `{list}`, and `{n}` more.
        hint_add_sources,
        hint_add_sources_own,
        hint_sources_also,
        hint_sources_also_more,
        /// The page that tries a quiz file for the checker, opened without it.
        load_nothing_to_try,
        // Issue 21: two tabs
        /// Answers in progress whose answer times do not fit them.
        saved_damage_answer_times,
        // Issue 21: oversized quiz files
        /// After the first problems listed: `{n}` more found and not listed.
        quiz_not_listed_one,
        quiz_not_listed_other,
        // Issue 21: options given twice
        /// A page option given more than once.
        ignored_repeated,
        // Issue 22: the reader's strict reading of a quiz file
        /// A quiz file the reader's strict reading refused, before the
        /// facilitator tools' module explains why (in the browser console
        /// for a translation of the built-in quiz).
        load_refused,
    }
}

/// English, the language every other catalogue is checked against.
pub static EN: ProblemTexts = ProblemTexts::from_fields(ProblemTextsFields {
    quiz_too_large: "the file is {kb} KB; the limit is {limit} KB",
    quiz_not_json: "not valid JSON at line {line}, column {column}: {reason}",
    quiz_schema: "this app reads schema {schema}; this file says {found}",
    quiz_not_object: "expected an object",
    quiz_not_list: "expected a list",
    quiz_missing: "missing field \"{field}\"",
    quiz_unknown_field: "unknown field \"{field}\"",
    quiz_expected_text: "expected text",
    quiz_expected_id: "expected an id (text)",
    quiz_expected_whole: "expected a whole number",
    quiz_expected_number: "expected a number",
    quiz_expected_bool: "expected true or false",
    quiz_expected_date: "expected a date (text)",
    quiz_expected_language: "expected a language tag (text)",
    quiz_range_whole: "must be a whole number from {min} to {max}",
    quiz_range_number: "must be a number from {min} to {max}",
    quiz_range_above: "must be more than {min} and at most {max}",
    quiz_range_chars: "must be at most {max} characters",
    quiz_empty: "must not be empty",
    quiz_too_long: "{chars} characters; the limit is {limit}",
    quiz_bad_id: "\"{id}\" is not a valid id (use 1–40 of a–z, 0–9 and -, starting with a letter or digit)",
    quiz_duplicate_id: "\"{id}\" is already used by {first}",
    quiz_too_many: "{count}; the limit is {limit}",
    quiz_too_few: "{count}; at least {min} needed",
    quiz_count_questions_one: "{n} question",
    quiz_count_questions_other: "{n} questions",
    quiz_count_dimensions_one: "{n} dimension",
    quiz_count_dimensions_other: "{n} dimensions",
    quiz_count_bands_one: "{n} band",
    quiz_count_bands_other: "{n} bands",
    quiz_count_sources_one: "{n} source",
    quiz_count_sources_other: "{n} sources",
    quiz_count_advice_one: "{n} advice item",
    quiz_count_advice_other: "{n} advice items",
    quiz_count_patterns_one: "{n} style",
    quiz_count_patterns_other: "{n} styles",
    quiz_count_references_one: "{n} reference",
    quiz_count_references_other: "{n} references",
    quiz_count_discussion_one: "{n} discussion prompt",
    quiz_count_discussion_other: "{n} discussion prompts",
    quiz_count_conditions_one: "{n} condition",
    quiz_count_conditions_other: "{n} conditions",
    quiz_count_reflections_one: "{n} reflection",
    quiz_count_reflections_other: "{n} reflections",
    quiz_count_ui_one: "{n} text",
    quiz_count_ui_other: "{n} texts",
    quiz_no_source: "no source has the id \"{id}\"",
    quiz_no_dimension: "no dimension has the id \"{id}\"",
    quiz_no_question: "no question has the id \"{id}\"",
    quiz_unmeasured: "no question measures this dimension",
    quiz_bands_gap: "expected {expected} (one above the previous band's max), found {found}",
    quiz_bands_start: "the first band must start at 0",
    quiz_bands_end: "the last band must end at 100",
    quiz_band_inverted: "min {min} is above max {max}",
    quiz_condition: "give exactly one of \"below\" or \"at_least\"",
    quiz_advice_elsewhere: "question \"{question}\" measures \"{measures}\"; advice can only name questions of its own dimension, \"{advice}\"",
    quiz_no_default: "no default style (one with an empty \"when\")",
    quiz_after_default: "comes after the default style, so it can never match",
    quiz_scale_labels: "expected exactly 5 labels, found {found}",
    quiz_bad_date: "\"{date}\" is not a date in the form YYYY-MM-DD",
    quiz_bad_language: "\"{tag}\" is not a language tag such as en or en-GB",
    quiz_value_list: "a list",
    quiz_value_object: "an object",
    ui_unknown_key: "unknown key \"{key}\"",
    ui_unknown_key_near: "unknown key \"{key}\"; did you mean \"{nearest}\"?",
    ui_missing_one: "the placeholder {list} is missing",
    ui_missing_other: "the placeholders {list} are missing",
    ui_extra_one: "{list} is not a placeholder of this text",
    ui_extra_other: "{list} are not placeholders of this text",
    ui_not_plain: "must be plain text, without HTML tags and without control characters such as line breaks",
    json_comma_brace: "expected ',' or '}'",
    json_comma_bracket: "expected ',' or ']'",
    json_colon: "expected ':'",
    json_value: "expected a value",
    json_field_name: "expected a field name in double quotes",
    json_trailing_comma: "a comma with nothing after it",
    json_trailing_text: "trailing text after the JSON value",
    json_escape: "an unknown escape after '\\'",
    json_number: "a malformed number",
    json_number_rule: "a number with more than 15 significant digits or out of range",
    json_unicode: "an invalid \\u escape",
    json_surrogate: "an unpaired surrogate in a \\u escape",
    json_hex: "expected four hex digits",
    json_control: "a control character inside a text (use \\n, \\t…)",
    json_nested: "nested too deeply",
    json_end: "unexpected end of the file",
    json_utf8: "text that is not valid UTF-8",
    json_duplicate: "a field name appears twice in the same object",
    code_name_too_long: "A name can be at most {max} characters long.",
    code_name_invalid: "A name can't contain line breaks or other invisible control characters.",
    code_too_long: "This result has too many answers to fit in a code.",
    code_not_candor: "This isn't a Candor result code.",
    code_newer: "This code was made by a newer version of Candor. Reload the page to get the latest version, then try again.",
    code_damaged: "This code is damaged or mistyped; ask for it again.",
    code_other_quiz: "This code is from a different quiz.",
    code_other_version: "This code is from a different version of this quiz, so it can't be compared with these questions.",
    saved_too_large: "it is larger than Candor ever writes",
    saved_not_json: "it is not in a format Candor can read",
    saved_newer: "it was written by a newer version of Candor (format {v})",
    saved_damaged: "it is damaged ({what})",
    saved_other_version: "it belongs to a different version of this quiz",
    saved_damage_position: "no valid position",
    saved_damage_filed: "an invalid filing time",
    saved_damage_attempts: "more than {max} attempts",
    saved_damage_earlier_count: "more than {max} earlier attempts",
    saved_damage_attempt_time: "an attempt without a valid time",
    saved_damage_checklist_time: "no valid attempt time",
    saved_damage_steps: "no valid list of ticked steps",
    saved_damage_version: "no known format version",
    saved_damage_earlier_time: "an earlier attempt without a valid time",
    saved_damage_earlier_quiz: "an earlier attempt of another quiz",
    saved_damage_earlier_answers: "an earlier attempt without valid answers",
    saved_damage_answers: "answers that do not fit the quiz",
    saved_damage_fields: "fields that do not match the format",
    load_network: "The file could not be fetched. The address may be wrong or offline, or the file is on another site that does not allow Candor to read it (CORS) or that this page's Content-Security-Policy does not list. Hosting the file next to Candor avoids both.",
    load_status: "The server answered with an error (HTTP {code}). Check the address.",
    load_too_large: "The file is larger than {kb} KB, the most a quiz file may be.",
    load_timeout: "The file took longer than {seconds} seconds to arrive.",
    load_invalid_one: "The file has {n} problem:",
    load_invalid_other: "The file has {n} problems:",
    result_file_too_large: "This file is too large to be a Candor result.",
    result_file_not_one: "This file isn't a Candor result.",
    result_file_newer: "This file was made by a newer version of Candor. Reload the page to get the latest version, then try again.",
    result_file_damaged: "This result file is damaged ({what}).",
    result_file_no_version: "no known format version",
    result_file_unknown_field: "an unknown field",
    result_file_no_quiz: "no quiz id",
    result_file_no_code: "no result code",
    result_file_name_not_text: "a name that isn't text",
    result_file_name_mismatch: "a name that doesn't match the code",
    result_file_no_date: "no date taken",
    result_file_bad_date: "no valid date taken",
    ignored_query_too_long: "the page address is longer than {max} characters; what is past that was not read",
    ignored_not_encoded: "it is not correctly encoded",
    ignored_flag: "use 1 or 0",
    ignored_theme: "use light, dark or auto",
    ignored_accent: "use a color as six hex digits, such as 1f4e79",
    ignored_empty: "it is empty",
    ignored_too_long: "at most {max} characters are allowed",
    ignored_control: "it contains control characters",
    ignored_not_web: "only http:// and https:// addresses are allowed",
    ignored_not_web_or_mail: "only http://, https:// and mailto: addresses are allowed",
    ignored_no_host: "the address has no host",
    ignored_no_scheme: "give the address with http:// or https://",
    ignored_address_too_long: "the address is longer than {max} characters",
    ignored_address_characters: "the address contains spaces or characters addresses cannot have",
    ignored_hide: "only share, team and history can be hidden",
    ignored_frame: "use a number from 1 to 999",
    ignored_lang: "use a language Candor has: en or de",
    ignored_label_without_cta: "it needs a cta address too",
    ignored_unknown: "Candor has no option of this name",
    ignored_unknown_nearest: "Candor has no option of this name; did you mean {nearest}?",
    place_source: "source {n}",
    place_source_id: "source {n} ({id})",
    place_dimension: "dimension {n}",
    place_dimension_id: "dimension {n} ({id})",
    place_question: "question {n}",
    place_question_id: "question {n} ({id})",
    place_pattern: "style {n}",
    place_pattern_id: "style {n} ({id})",
    place_reflection: "reflection {n}",
    place_reflection_id: "reflection {n} ({id})",
    hint_did_you_mean: "did you mean \"{name}\"?",
    hint_valid_ids: "the ids you can use: {list}",
    hint_valid_ids_more: "the ids you can use: {list} and {n} more",
    hint_no_ids: "there is no valid id to refer to yet",
    hint_remove_quotes: "found the text \"{text}\": remove the quotes",
    explain_json_comma: "not valid JSON: a comma before `{found}` on line {line}; remove the comma",
    explain_json_found: "not valid JSON: {reason}, but found `{found}` on line {line}, column {column}",
    quiz_cta_label_too_long: "{chars} characters; a call-to-action label may have at most {limit}",
    quiz_brand_too_long: "{chars} characters; a brand may have at most {limit}",
    // Checker: try, outcomes, lint (issue 20)
    hint_add_sources: "write {fix} with the ids of the sources it rests on, or \"sources\": [] where it is your own (advice and styles; a question needs a source)",
    hint_add_sources_own: "write \"sources\": [] where it is your own (advice and styles), or add your sources to the file’s \"sources\" and name them (a question needs one)",
    hint_sources_also: "the same is missing in {list}",
    hint_sources_also_more: "the same is missing in {list} and {n} more",
    load_nothing_to_try: "This page lets you try a quiz file from Candor’s quiz-file checker. Opened on its own, it has none.",
    // Issue 21: two tabs
    saved_damage_answer_times: "answer times that do not fit the answers",
    // Issue 21: oversized quiz files
    quiz_not_listed_one: "and {n} more problem, not listed: put those above right and check the file again",
    quiz_not_listed_other: "and {n} more problems, not listed: put those above right and check the file again",
    // Issue 21: options given twice
    ignored_repeated: "it is given more than once; give it once",
    // Issue 22: the reader's strict reading of a quiz file
    load_refused: "The file is not a quiz Candor can use.",
});

pub static DE: ProblemTexts = ProblemTexts::from_fields(ProblemTextsFields {
    quiz_too_large: "die Datei ist {kb} KB groß; erlaubt sind höchstens {limit} KB",
    quiz_not_json: "kein gültiges JSON in Zeile {line}, Spalte {column}: {reason}",
    quiz_schema: "diese App liest Schema {schema}; in dieser Datei steht {found}",
    quiz_not_object: "erwartet wird ein Objekt",
    quiz_not_list: "erwartet wird eine Liste",
    quiz_missing: "das Feld „{field}“ fehlt",
    quiz_unknown_field: "unbekanntes Feld „{field}“",
    quiz_expected_text: "erwartet wird ein Text",
    quiz_expected_id: "erwartet wird eine ID (Text)",
    quiz_expected_whole: "erwartet wird eine ganze Zahl",
    quiz_expected_number: "erwartet wird eine Zahl",
    quiz_expected_bool: "erwartet wird true oder false",
    quiz_expected_date: "erwartet wird ein Datum (Text)",
    quiz_expected_language: "erwartet wird eine Sprachkennung (Text)",
    quiz_range_whole: "muss eine ganze Zahl von {min} bis {max} sein",
    quiz_range_number: "muss eine Zahl von {min} bis {max} sein",
    quiz_range_above: "muss größer als {min} und höchstens {max} sein",
    quiz_range_chars: "darf höchstens {max} Zeichen lang sein",
    quiz_empty: "darf nicht leer sein",
    quiz_too_long: "{chars} Zeichen; erlaubt sind höchstens {limit}",
    quiz_bad_id: "„{id}“ ist keine gültige ID (verwende 1–40 Zeichen aus a–z, 0–9 und -, am Anfang ein Buchstabe oder eine Ziffer)",
    quiz_duplicate_id: "„{id}“ ist schon bei {first} vergeben",
    quiz_too_many: "{count}; erlaubt sind höchstens {limit}",
    quiz_too_few: "{count}; nötig sind mindestens {min}",
    quiz_count_questions_one: "{n} Frage",
    quiz_count_questions_other: "{n} Fragen",
    quiz_count_dimensions_one: "{n} Dimension",
    quiz_count_dimensions_other: "{n} Dimensionen",
    quiz_count_bands_one: "{n} Wertebereich",
    quiz_count_bands_other: "{n} Wertebereiche",
    quiz_count_sources_one: "{n} Quelle",
    quiz_count_sources_other: "{n} Quellen",
    quiz_count_advice_one: "{n} Ratschlag",
    quiz_count_advice_other: "{n} Ratschläge",
    quiz_count_patterns_one: "{n} Stil",
    quiz_count_patterns_other: "{n} Stile",
    quiz_count_references_one: "{n} Verweis",
    quiz_count_references_other: "{n} Verweise",
    quiz_count_discussion_one: "{n} Diskussionsfrage",
    quiz_count_discussion_other: "{n} Diskussionsfragen",
    quiz_count_conditions_one: "{n} Bedingung",
    quiz_count_conditions_other: "{n} Bedingungen",
    quiz_count_reflections_one: "{n} Reflexionsfrage",
    quiz_count_reflections_other: "{n} Reflexionsfragen",
    quiz_count_ui_one: "{n} Text",
    quiz_count_ui_other: "{n} Texte",
    quiz_no_source: "keine Quelle hat die ID „{id}“",
    quiz_no_dimension: "keine Dimension hat die ID „{id}“",
    quiz_no_question: "keine Frage hat die ID „{id}“",
    quiz_unmeasured: "keine Frage misst diese Dimension",
    quiz_bands_gap: "erwartet wird {expected} (eins mehr als „max“ des vorigen Wertebereichs), gefunden wurde {found}",
    quiz_bands_start: "der erste Wertebereich muss bei 0 beginnen",
    quiz_bands_end: "der letzte Wertebereich muss bei 100 enden",
    quiz_band_inverted: "„min“ {min} ist größer als „max“ {max}",
    quiz_condition: "gib genau eines der Felder „below“ oder „at_least“ an",
    quiz_advice_elsewhere: "die Frage „{question}“ misst „{measures}“; ein Ratschlag kann nur Fragen seiner eigenen Dimension nennen, „{advice}“",
    quiz_no_default: "kein Standardstil (einer mit leerem „when“)",
    quiz_after_default: "steht nach dem Standardstil und kann deshalb nie zutreffen",
    quiz_scale_labels: "erwartet werden genau 5 Beschriftungen, gefunden wurden {found}",
    quiz_bad_date: "„{date}“ ist kein Datum in der Form JJJJ-MM-TT",
    quiz_bad_language: "„{tag}“ ist keine Sprachkennung wie de oder de-AT",
    quiz_value_list: "eine Liste",
    quiz_value_object: "ein Objekt",
    ui_unknown_key: "unbekannter Schlüssel „{key}“",
    ui_unknown_key_near: "unbekannter Schlüssel „{key}“; meintest du „{nearest}“?",
    ui_missing_one: "der Platzhalter {list} fehlt",
    ui_missing_other: "die Platzhalter {list} fehlen",
    ui_extra_one: "{list} ist kein Platzhalter dieses Textes",
    ui_extra_other: "{list} sind keine Platzhalter dieses Textes",
    ui_not_plain: "muss reiner Text sein, ohne HTML-Tags und ohne Steuerzeichen wie Zeilenumbrüche",
    json_comma_brace: "„,“ oder „}“ erwartet",
    json_comma_bracket: "„,“ oder „]“ erwartet",
    json_colon: "„:“ erwartet",
    json_value: "Wert erwartet",
    json_field_name: "Feldname in doppelten Anführungszeichen erwartet",
    json_trailing_comma: "ein Komma, nach dem nichts mehr folgt",
    json_trailing_text: "überzähliger Text nach dem JSON-Wert",
    json_escape: "eine unbekannte Escape-Sequenz nach „\\“",
    json_number: "eine fehlerhafte Zahl",
    json_number_rule: "eine Zahl mit mehr als 15 signifikanten Stellen oder außerhalb des erlaubten Bereichs",
    json_unicode: "eine ungültige \\u-Escape-Sequenz",
    json_surrogate: "ein Surrogat ohne Gegenstück in einer \\u-Escape-Sequenz",
    json_hex: "vier Hexadezimalziffern erwartet",
    json_control: "ein Steuerzeichen in einem Text (verwende \\n, \\t …)",
    json_nested: "zu tief verschachtelt",
    json_end: "unerwartetes Ende der Datei",
    json_utf8: "Text, der kein gültiges UTF-8 ist",
    json_duplicate: "ein Feldname kommt im selben Objekt zweimal vor",
    code_name_too_long: "Ein Name darf höchstens {max} Zeichen lang sein.",
    code_name_invalid: "Ein Name darf keine Zeilenumbrüche oder andere unsichtbare Steuerzeichen enthalten.",
    code_too_long: "Dieses Ergebnis hat zu viele Antworten, um in einen Code zu passen.",
    code_not_candor: "Das ist kein Ergebniscode von Candor.",
    code_newer: "Dieser Code stammt aus einer neueren Version von Candor. Lade die Seite neu, um die aktuelle Version zu bekommen, und versuch es dann noch einmal.",
    code_damaged: "Dieser Code ist beschädigt oder falsch abgetippt; lass ihn dir noch einmal geben.",
    code_other_quiz: "Dieser Code gehört zu einem anderen Quiz.",
    code_other_version: "Dieser Code gehört zu einer anderen Version dieses Quiz und lässt sich deshalb nicht mit diesen Fragen vergleichen.",
    saved_too_large: "die Daten sind größer, als Candor sie je schreibt",
    saved_not_json: "die Daten liegen in einem Format vor, das Candor nicht lesen kann",
    saved_newer: "die Daten stammen aus einer neueren Version von Candor (Format {v})",
    saved_damaged: "die Daten sind beschädigt ({what})",
    saved_other_version: "die Daten gehören zu einer anderen Version dieses Quiz",
    saved_damage_position: "keine gültige Position",
    saved_damage_filed: "ein ungültiger Abschlusszeitpunkt",
    saved_damage_attempts: "mehr als {max} Durchgänge",
    saved_damage_earlier_count: "mehr als {max} frühere Durchgänge",
    saved_damage_attempt_time: "ein Durchgang ohne gültige Zeit",
    saved_damage_checklist_time: "keine gültige Zeit des Durchgangs",
    saved_damage_steps: "keine gültige Liste abgehakter Schritte",
    saved_damage_version: "keine bekannte Formatversion",
    saved_damage_earlier_time: "ein früherer Durchgang ohne gültige Zeit",
    saved_damage_earlier_quiz: "ein früherer Durchgang eines anderen Quiz",
    saved_damage_earlier_answers: "ein früherer Durchgang ohne gültige Antworten",
    saved_damage_answers: "Antworten, die nicht zum Quiz passen",
    saved_damage_fields: "Felder, die nicht zum Format passen",
    load_network: "Die Datei konnte nicht abgerufen werden. Vielleicht ist die Adresse falsch oder nicht erreichbar, oder die Datei liegt auf einer anderen Website, die Candor das Lesen nicht erlaubt (CORS) oder die in der Content-Security-Policy dieser Seite nicht aufgeführt ist. Leg die Datei neben Candor ab, dann vermeidest du beides.",
    load_status: "Der Server hat mit einem Fehler geantwortet (HTTP {code}). Prüf die Adresse.",
    load_too_large: "Die Datei ist größer als {kb} KB; mehr darf eine Quizdatei nicht haben.",
    load_timeout: "Das Laden der Datei hat länger als {seconds} Sekunden gedauert.",
    load_invalid_one: "Die Datei hat {n} Problem:",
    load_invalid_other: "Die Datei hat {n} Probleme:",
    result_file_too_large: "Diese Datei ist zu groß für ein Candor-Ergebnis.",
    result_file_not_one: "Diese Datei ist kein Candor-Ergebnis.",
    result_file_newer: "Diese Datei stammt aus einer neueren Version von Candor. Lade die Seite neu, um die neueste Version zu bekommen, und versuch es dann noch einmal.",
    result_file_damaged: "Diese Ergebnisdatei ist beschädigt ({what}).",
    result_file_no_version: "keine bekannte Formatversion",
    result_file_unknown_field: "ein unbekanntes Feld",
    result_file_no_quiz: "keine Quiz-ID",
    result_file_no_code: "kein Ergebniscode",
    result_file_name_not_text: "ein Name, der kein Text ist",
    result_file_name_mismatch: "ein Name, der nicht zum Code passt",
    result_file_no_date: "kein Datum der Teilnahme",
    result_file_bad_date: "kein gültiges Datum der Teilnahme",
    ignored_query_too_long: "Die Seitenadresse ist länger als {max} Zeichen; was danach kommt, wurde nicht gelesen",
    ignored_not_encoded: "Der Wert ist nicht korrekt kodiert",
    ignored_flag: "Erlaubt sind 1 oder 0",
    ignored_theme: "Erlaubt sind light, dark oder auto",
    ignored_accent: "Gib eine Farbe als sechs Hex-Ziffern an, etwa 1f4e79",
    ignored_empty: "Der Wert ist leer",
    ignored_too_long: "Erlaubt sind höchstens {max} Zeichen",
    ignored_control: "Der Wert enthält Steuerzeichen",
    ignored_not_web: "Erlaubt sind nur Adressen mit http:// oder https://",
    ignored_not_web_or_mail: "Erlaubt sind nur Adressen mit http://, https:// oder mailto:",
    ignored_no_host: "Der Adresse fehlt der Host",
    ignored_no_scheme: "Gib die Adresse mit http:// oder https:// an",
    ignored_address_too_long: "Die Adresse ist länger als {max} Zeichen",
    ignored_address_characters: "Die Adresse enthält Leerzeichen oder Zeichen, die in Adressen nicht vorkommen dürfen",
    ignored_hide: "Ausblenden lassen sich nur share, team und history",
    ignored_frame: "Erlaubt ist eine Zahl von 1 bis 999",
    ignored_lang: "Erlaubt ist eine Sprache, die Candor spricht: en oder de",
    ignored_label_without_cta: "Dafür braucht es auch eine cta-Adresse",
    ignored_unknown: "Eine Option dieses Namens gibt es bei Candor nicht",
    ignored_unknown_nearest: "Eine Option dieses Namens gibt es bei Candor nicht; meintest du {nearest}?",
    place_source: "Quelle {n}",
    place_source_id: "Quelle {n} ({id})",
    place_dimension: "Dimension {n}",
    place_dimension_id: "Dimension {n} ({id})",
    place_question: "Frage {n}",
    place_question_id: "Frage {n} ({id})",
    place_pattern: "Stil {n}",
    place_pattern_id: "Stil {n} ({id})",
    place_reflection: "Reflexionsfrage {n}",
    place_reflection_id: "Reflexionsfrage {n} ({id})",
    hint_did_you_mean: "meintest du „{name}“?",
    hint_valid_ids: "mögliche IDs: {list}",
    hint_valid_ids_more: "mögliche IDs: {list} und {n} weitere",
    hint_no_ids: "es gibt noch keine gültige ID, auf die du verweisen kannst",
    hint_remove_quotes: "gefunden wurde der Text „{text}“: Entferne die Anführungszeichen",
    explain_json_comma: "kein gültiges JSON: ein Komma vor `{found}` in Zeile {line}; entferne das Komma",
    explain_json_found: "kein gültiges JSON: {reason}, gefunden wurde aber `{found}` in Zeile {line}, Spalte {column}",
    quiz_cta_label_too_long: "{chars} Zeichen; die Beschriftung eines Handlungsaufrufs darf höchstens {limit} haben",
    quiz_brand_too_long: "{chars} Zeichen; ein Markenname darf höchstens {limit} haben",
    // Checker: try, outcomes, lint (issue 20)
    hint_add_sources: "schreib {fix} mit den IDs der Quellen, auf denen es beruht, oder \"sources\": [], wo es von dir stammt (Ratschläge und Stile; eine Frage braucht eine Quelle)",
    hint_add_sources_own: "schreib \"sources\": [], wo es von dir stammt (Ratschläge und Stile), oder trag deine Quellen in „sources“ der Datei ein und nenne sie (eine Frage braucht eine)",
    hint_sources_also: "dasselbe fehlt bei {list}",
    hint_sources_also_more: "dasselbe fehlt bei {list} und {n} weiteren",
    load_nothing_to_try: "Auf dieser Seite probierst du eine Quizdatei aus Candors Prüfung für Quizdateien aus. Allein geöffnet, hat sie keine.",
    // Issue 21: two tabs
    saved_damage_answer_times: "Antwortzeiten, die nicht zu den Antworten passen",
    // Issue 21: oversized quiz files
    quiz_not_listed_one: "und {n} weiteres Problem, hier nicht aufgeführt: Behebe die obigen und prüfe die Datei noch einmal",
    quiz_not_listed_other: "und {n} weitere Probleme, hier nicht aufgeführt: Behebe die obigen und prüfe die Datei noch einmal",
    // Issue 21: options given twice
    ignored_repeated: "Die Option steht mehrmals in der Adresse; gib sie nur einmal an",
    // Issue 22: the reader's strict reading of a quiz file
    load_refused: "Die Datei ist kein Quiz, das Candor verwenden kann.",
});

fetched_languages!(ProblemTexts);

/// The texts of why a file is not JSON, as [`crate::core::lenient`] gives
/// them in English.
const JSON_REASONS: [fn(&ProblemTexts) -> &'static str; 18] = [
    ProblemTexts::json_comma_brace,
    ProblemTexts::json_comma_bracket,
    ProblemTexts::json_colon,
    ProblemTexts::json_value,
    ProblemTexts::json_field_name,
    ProblemTexts::json_trailing_comma,
    ProblemTexts::json_trailing_text,
    ProblemTexts::json_escape,
    ProblemTexts::json_number,
    ProblemTexts::json_number_rule,
    ProblemTexts::json_unicode,
    ProblemTexts::json_surrogate,
    ProblemTexts::json_hex,
    ProblemTexts::json_control,
    ProblemTexts::json_nested,
    ProblemTexts::json_end,
    ProblemTexts::json_utf8,
    ProblemTexts::json_duplicate,
];

impl ProblemTexts {
    /// Why a file is not JSON, in these words: `reason` is the English text
    /// [`crate::core::lenient`] gave (a reason it has no wording for stays
    /// as it is).
    pub fn json_reason<'a>(&self, reason: &'a str) -> &'a str {
        JSON_REASONS
            .iter()
            .find(|text| text(&EN) == reason)
            .map_or(reason, |text| text(self))
    }

    /// `template` with each `{name}` replaced by its value (see [`fill_once`]).
    pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
        fill_once(template, values)
    }
}

/// `template` with each `{name}` replaced by its value, in one pass: text a
/// value brings in is never filled again, so a value that holds `{name}`
/// (an unknown field of a coach's file, say) is shown as it is. Names not
/// given are left as they are.
fn fill_once(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = values.iter().find(|(n, _)| *n == name)?.1;
            Some((value, close))
        });
        match named {
            Some((value, close)) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_filled_in_once() {
        assert_eq!(
            fill_once(
                "{path}: {message}",
                &[("path", &"$.ui.{message}"), ("message", &"x")]
            ),
            "$.ui.{message}: x"
        );
        assert_eq!(fill_once("{a} {b} {a}", &[("a", &1)]), "1 {b} 1");
        assert_eq!(fill_once("{ {a}} {", &[("a", &1)]), "{ 1} {");
        assert_eq!(fill_once("", &[]), "");
    }

    #[test]
    fn messages_are_given_in_german() {
        use crate::core::saved::{RecordDamage, SavedError};
        use crate::core::share_code::{DecodeError, EncodeError};
        use crate::core::validate::{parse_quiz, Noun, Problem, ProblemKind};

        let de = ProblemTexts::of(Lang::De);
        let problems = parse_quiz(br#"{"schema": 1, "minutes": "5"}"#).unwrap_err();
        let minutes = problems.iter().find(|p| p.path == "$.minutes").unwrap();
        assert_eq!(minutes.to_string(), "$.minutes: expected a whole number");
        assert_eq!(
            minutes.message(de, Lang::De),
            "$.minutes: erwartet wird eine ganze Zahl"
        );
        let too_many = Problem {
            path: "$.questions".into(),
            kind: ProblemKind::TooMany {
                count: 201,
                limit: 200,
                noun: Noun::Questions,
            },
            hint: None,
            place: None,
        };
        assert_eq!(
            too_many.message(de, Lang::De),
            "$.questions: 201 Fragen; erlaubt sind höchstens 200"
        );
        let not_json = parse_quiz(b"{\"schema\": 1,").unwrap_err();
        assert_eq!(
            not_json[0].message(de, Lang::De),
            "$: kein gültiges JSON in Zeile 1, Spalte 13: unerwartetes Ende der Datei"
        );

        assert_eq!(
            DecodeError::OtherQuiz.message(de),
            "Dieser Code gehört zu einem anderen Quiz."
        );
        assert_eq!(
            EncodeError::NameTooLong.message(de),
            "Ein Name darf höchstens 24 Zeichen lang sein."
        );
        assert_eq!(
            SavedError::Malformed(RecordDamage::TooManyAttempts).message(de),
            "die Daten sind beschädigt (mehr als 20 Durchgänge)"
        );
        assert_eq!(
            SavedError::Malformed(RecordDamage::TooManyAttempts).to_string(),
            "it is damaged (more than 20 attempts)"
        );
    }

    #[test]
    fn json_reasons_are_translated_and_unknown_ones_kept() {
        assert_eq!(DE.json_reason("nested too deeply"), "zu tief verschachtelt");
        assert_eq!(EN.json_reason("nested too deeply"), "nested too deeply");
        assert_eq!(DE.json_reason("something else"), "something else");
    }
}
