//! The meeting around a team (issue 23): typed actions and their bounds,
//! the record kept on the device, the agenda, the notes and the actions'
//! CSV.

mod common;

use candor::core::builtin::builtin_quiz;
use candor::core::catalogue::ToolTexts;
use candor::core::fingerprint::fingerprint;
use candor::core::language::Lang;
use candor::core::meeting::*;
use candor::core::share_code::encode;
use candor::core::team::{read_team_input, summarize};
use common::*;

fn action(text: &str, owner: Option<&str>) -> Action {
    Action {
        text: text.into(),
        owner: owner.map(Into::into),
    }
}

#[test]
fn a_typed_action_is_one_line_within_bounds() {
    assert_eq!(
        new_action(&[], "  Ask\tthe client\nfirst  ", " Bo "),
        Ok(action("Ask the client first", Some("Bo")))
    );
    assert_eq!(new_action(&[], "Agreed", "   "), Ok(action("Agreed", None)));
    // Marks that reorder text are dropped.
    assert_eq!(
        new_action(&[], "a\u{202E}b\u{2066}c", ""),
        Ok(action("abc", None))
    );
    assert_eq!(new_action(&[], " \n ", "Bo"), Err(ActionError::Empty));
    let long = "x".repeat(MAX_ACTION_CHARS + 1);
    assert_eq!(new_action(&[], &long, ""), Err(ActionError::TooLong));
    assert!(new_action(&[], &long[1..], "").is_ok());
    let owner = "é".repeat(MAX_OWNER_CHARS + 1);
    assert_eq!(new_action(&[], "A", &owner), Err(ActionError::OwnerTooLong));
    let full = vec![action("A", None); MAX_ACTIONS];
    assert_eq!(new_action(&full, "B", ""), Err(ActionError::TooMany));
    let t = ToolTexts::of(Lang::En);
    assert_eq!(
        ActionError::TooLong.message(t),
        "An action can have at most 300 characters."
    );
}

#[test]
fn the_kept_record_is_read_strictly_and_keeps_the_latest_twenty_teams() {
    let key = team_key(["b", "a"]);
    assert_eq!(key, team_key(["a", "b"]), "the same people in any order");
    assert_ne!(key, team_key(["a", "b", "c"]));
    assert_ne!(team_key(["ab"]), team_key(["a", "b"]));
    assert!(key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit()));

    let meeting = |team: &str, actions: Vec<Action>| Meeting {
        team: team.into(),
        agenda: None,
        actions,
        prompts: Vec::new(),
        used: 1,
    };
    let mut all = Meetings::default();
    all.put(meeting(&key, vec![action("A", Some("Bo"))]));
    let text = serde_json::to_string(&all).unwrap();
    let read: Meetings = serde_json::from_str(&text).unwrap();
    assert_eq!(read.clone().checked(), Some(all.clone()));
    // Unknown fields, another version, a bad key or an action out of bounds: not used.
    assert!(
        serde_json::from_str::<Meetings>(&text.replace("\"used\"", "\"extra\":1,\"used\""))
            .is_err()
    );
    let other_version = Meetings {
        v: 2,
        ..all.clone()
    };
    assert_eq!(other_version.checked(), None);
    let mut bad = all.clone();
    bad.meetings[0].team = "not hex at all!!".into();
    assert_eq!(bad.checked(), None);
    let mut bad = all.clone();
    bad.meetings[0].actions[0].text = "two\nlines".into();
    assert_eq!(bad.checked(), None);
    let mut bad = all.clone();
    bad.meetings[0].actions = vec![action("A", None); MAX_ACTIONS + 1];
    assert_eq!(bad.checked(), None);
    // The prompts chosen for a habit are kept too, within bounds.
    let mut chose = all.clone();
    chose.meetings[0].prompts = vec![ChosenPrompts {
        habit: "integrity".into(),
        prompts: vec!["Why do we differ?".into()],
    }];
    let text = serde_json::to_string(&chose).unwrap();
    assert!(
        text.contains("\"prompts\":[{\"habit\":\"integrity\""),
        "{text}"
    );
    assert_eq!(
        serde_json::from_str::<Meetings>(&text).unwrap().checked(),
        Some(chose.clone())
    );
    let mut bad = chose.clone();
    bad.meetings[0].prompts[0].prompts = vec![String::new()];
    assert_eq!(bad.checked(), None);
    let mut bad = chose;
    bad.meetings[0].prompts[0].prompts = vec!["A?".into(); 21];
    assert_eq!(bad.checked(), None);
    // A meeting with only a choice of prompts is kept.
    let mut only = Meetings::default();
    only.put(Meeting {
        prompts: vec![ChosenPrompts {
            habit: "integrity".into(),
            prompts: Vec::new(),
        }],
        ..meeting(&key, Vec::new())
    });
    assert_eq!(only.meetings.len(), 1);

    // The latest first, one per team, at most twenty; an empty meeting is not kept.
    for i in 0..25 {
        all.put(meeting(
            &team_key([format!("{i}").as_str()]),
            vec![action("A", None)],
        ));
    }
    assert_eq!(all.meetings.len(), MAX_MEETINGS);
    assert_eq!(all.meetings[0].team, team_key(["24"]));
    assert!(all.find(&key).is_none(), "the oldest went");
    all.put(meeting(&team_key(["24"]), vec![]));
    assert!(all.find(&team_key(["24"])).is_none());
    assert_eq!(all.clone().checked(), Some(all));
}

/// A team of three named people on the built-in quiz.
fn team() -> (candor::core::quiz::Quiz, Vec<candor::core::team::Member>) {
    let quiz = builtin_quiz();
    let fp = fingerprint(&quiz);
    let n = quiz.questions.len();
    let sheet = |marks: &str| sheet_for(&quiz, marks);
    let codes = [
        encode(fp, &sheet("5"), Some("Ana *bold* <b>")).unwrap(),
        encode(fp, &sheet("1"), Some("Bo")).unwrap(),
        encode(fp, &sheet("3"), None).unwrap(),
    ];
    let team = read_team_input(&codes.join(" "), fp, n);
    assert!(team.problems.is_empty());
    (quiz, team.members)
}

/// Every question answered with the one key in `marks`.
fn sheet_for(quiz: &candor::core::quiz::Quiz, marks: &str) -> Vec<candor::core::answers::Answer> {
    sheet_str(&marks.repeat(quiz.questions.len()))
}

#[test]
fn the_agenda_is_the_three_most_divided_habits_or_the_ones_chosen() {
    let (quiz, members) = team();
    let s = summarize(&quiz, &members);
    assert_eq!(agenda(&quiz, &s, None), s.by_disagreement[..3]);
    let ids: Vec<String> = [5, 0]
        .iter()
        .map(|&d| quiz.dimensions[d].id.clone())
        .collect();
    let chosen = agenda(
        &quiz,
        &s,
        Some(&[ids[0].clone(), "gone".into(), ids[1].clone()]),
    );
    // In the slides' order (most divided first), whatever the order chosen.
    let mut want: Vec<usize> = s
        .by_disagreement
        .iter()
        .copied()
        .filter(|d| [5, 0].contains(d))
        .collect();
    want.truncate(2);
    assert_eq!(chosen, want);
    assert_eq!(agenda(&quiz, &s, Some(&[])), Vec::<usize>::new());
}

#[test]
fn meeting_notes_say_when_who_what_and_the_actions_with_typed_text_escaped() {
    let (quiz, members) = team();
    let s = summarize(&quiz, &members);
    let labels: Vec<String> = members.iter().map(|m| m.label.clone()).collect();
    let t = ToolTexts::of(Lang::En);
    let actions = [
        action("Call [the] client", Some("Bo")),
        action("Agree on *no*", None),
    ];
    let agenda = [s.by_disagreement[0]];
    let notes = meeting_notes(
        &NotesInput {
            quiz: &quiz,
            summary: &s,
            labels: &labels,
            anonymous: false,
            agenda: &agenda,
            actions: &actions,
            date: "2026-12-07",
        },
        t,
        Lang::En,
    );
    let d = &quiz.dimensions[agenda[0]];
    let figures = candor::core::team::figures_line(t, &s.dimensions[agenda[0]], 3);
    let expected = format!(
        "# Meeting notes\n\n\
         - Date: 2026-12-07\n\
         - Quiz: {title}, version {version}\n\
         - Took part: 3 people (\u{2068}Ana \\*bold\\* \\<b\\>\u{2069}, \u{2068}Bo\u{2069}, \u{2068}Member 3\u{2069})\n\n\
         ## Habits discussed\n\n\
         ### {name}\n\n\
         - {figures}\n\
         - {situation}\n",
        title = quiz.title,
        version = quiz.version,
        name = d.name,
        situation = candor::core::team::situation_line(t, &s.dimensions[agenda[0]]).unwrap(),
    );
    assert!(notes.starts_with(&expected), "{notes}");
    assert!(
        notes.ends_with(
            "## Actions and agreements\n\n\
             - [ ] Call \\[the\\] client (owner: \u{2068}Bo\u{2069})\n\
             - [ ] Agree on \\*no\\*\n"
        ),
        "{notes}"
    );

    // Anonymous: how many, no names; nothing recorded says so.
    let anonymous = |actions: &[Action], lang: Lang| {
        meeting_notes(
            &NotesInput {
                quiz: &quiz,
                summary: &s,
                labels: &labels,
                anonymous: true,
                agenda: &[],
                actions,
                date: "2026-12-07",
            },
            ToolTexts::of(lang),
            lang,
        )
    };
    let notes = anonymous(&[], Lang::De);
    assert!(notes.contains("- Teilgenommen: 3 Personen\n"), "{notes}");
    assert!(!notes.contains("Ana") && !notes.contains("Bo"), "{notes}");
    assert!(notes.contains("Für das Meeting wurde keine Gewohnheit ausgewählt."));
    assert!(
        notes.ends_with("Es wurde nichts festgehalten.\n"),
        "{notes}"
    );
    // Anonymous notes list the actions without their owners.
    let notes = anonymous(&actions, Lang::En);
    assert!(
        notes.ends_with("- [ ] Call \\[the\\] client\n- [ ] Agree on \\*no\\*\n"),
        "{notes}"
    );
}

#[test]
fn the_actions_follow_the_team_table_in_the_csv() {
    let t = ToolTexts::of(Lang::En);
    assert_eq!(actions_csv(&[], false, t), "");
    let actions = [
        action("=SUM(A1), then \"go\"", Some("-Bo")),
        action("Plain", None),
    ];
    assert_eq!(
        actions_csv(&actions, false, t),
        "\r\naction,owner\r\n\"'=SUM(A1), then \"\"go\"\"\",'\u{2068}-Bo\u{2069}\r\nPlain,\r\n"
    );
    // Anonymous: owners are names, so they are left out.
    assert_eq!(
        actions_csv(&actions, true, t),
        "\r\naction,owner\r\n\"'=SUM(A1), then \"\"go\"\"\",\r\nPlain,\r\n"
    );
    assert_eq!(
        markdown_text("a_b `c` <d> & ~e~ \\"),
        "a\\_b \\`c\\` \\<d\\> \\& \\~e\\~ \\\\"
    );
}
