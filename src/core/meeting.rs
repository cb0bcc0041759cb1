//! A team meeting's own record: the habits on its agenda and the actions
//! and agreements the facilitator typed, kept on this device per team; and
//! its notes as Markdown.
//!
//! A stored record is untrusted (another build, another tab, a hand edit):
//! it is read strictly (known fields only) and checked against the same
//! bounds as typing, or not used at all.

use serde::{Deserialize, Serialize};

use super::catalogue::{count, fill, ToolTexts};
use super::language::Lang;
use super::quiz::Quiz;
use super::share_code::isolate;
use super::team::{figures_line, most_divided_line, push_field, situation_line, TeamSummary};

/// The storage key of the meetings kept on this device.
pub const MEETINGS_KEY: &str = "candor.meetings";
/// The format of that record.
pub const MEETINGS_VERSION: u64 = 1;
/// The most teams whose meetings are kept; the least recently used go.
pub const MAX_MEETINGS: usize = 20;
/// The most actions one meeting keeps.
pub const MAX_ACTIONS: usize = 50;
/// An action's text, and its owner's name, at most this many characters.
pub const MAX_ACTION_CHARS: usize = 300;
pub const MAX_OWNER_CHARS: usize = 60;
/// The habits on an agenda when the facilitator has not chosen: the most
/// divided ones (a 30-minute meeting has time for about three).
pub const DEFAULT_AGENDA: usize = 3;

/// An action or agreement, with who owns it when someone does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// Why a typed action was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionError {
    Empty,
    TooLong,
    OwnerTooLong,
    TooMany,
}

impl ActionError {
    pub fn message(self, t: &ToolTexts) -> String {
        match self {
            ActionError::Empty => t.action_empty().to_string(),
            ActionError::TooLong => fill(t.action_too_long(), &[("max", &MAX_ACTION_CHARS)]),
            ActionError::OwnerTooLong => {
                fill(t.action_owner_too_long(), &[("max", &MAX_OWNER_CHARS)])
            }
            ActionError::TooMany => fill(t.action_too_many(), &[("max", &MAX_ACTIONS)]),
        }
    }
}

/// `text` on one line: control characters and line breaks become spaces,
/// marks that reorder text are dropped, runs of spaces become one.
fn one_line(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An action as typed (`owner` may be empty), checked against the bounds,
/// to join `actions`.
pub fn new_action(actions: &[Action], text: &str, owner: &str) -> Result<Action, ActionError> {
    let (text, owner) = (one_line(text), one_line(owner));
    if text.is_empty() {
        Err(ActionError::Empty)
    } else if text.chars().count() > MAX_ACTION_CHARS {
        Err(ActionError::TooLong)
    } else if owner.chars().count() > MAX_OWNER_CHARS {
        Err(ActionError::OwnerTooLong)
    } else if actions.len() >= MAX_ACTIONS {
        Err(ActionError::TooMany)
    } else {
        Ok(Action {
            text,
            owner: (!owner.is_empty()).then_some(owner),
        })
    }
}

/// `actions` as shared beyond the facilitator's screen: with `anonymous`,
/// without their owners (names, which Anonymous hides).
pub fn shared_actions(actions: &[Action], anonymous: bool) -> Vec<Action> {
    actions
        .iter()
        .map(|a| Action {
            text: a.text.clone(),
            owner: a.owner.clone().filter(|_| !anonymous),
        })
        .collect()
}

/// One team's meeting as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// [`team_key`] of the team's members.
    pub team: String,
    /// The habits on the agenda (ids), in the order chosen; `None` until
    /// the facilitator chooses ([`DEFAULT_AGENDA`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Vec<String>>,
    pub actions: Vec<Action>,
    /// The prompts chosen for habits (by id), where the facilitator chose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<ChosenPrompts>,
    /// When it was last changed, in milliseconds since the epoch.
    pub used: u64,
}

/// The prompts the facilitator chose for one habit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChosenPrompts {
    pub habit: String,
    pub prompts: Vec<String>,
}

/// Every meeting kept on this device, most recently used first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    pub v: u64,
    pub meetings: Vec<Meeting>,
}

impl Default for Meetings {
    fn default() -> Meetings {
        Meetings {
            v: MEETINGS_VERSION,
            meetings: Vec::new(),
        }
    }
}

impl Meetings {
    /// The record if it is within every bound typing keeps to, else `None`.
    pub fn checked(self) -> Option<Meetings> {
        let action_ok = |a: &Action| {
            !a.text.is_empty()
                && a.text == one_line(&a.text)
                && a.text.chars().count() <= MAX_ACTION_CHARS
                && a.owner.as_ref().is_none_or(|o| {
                    !o.is_empty() && *o == one_line(o) && o.chars().count() <= MAX_OWNER_CHARS
                })
        };
        // A quiz has at most 15 prompts a habit (three situations of five
        // and five general ones), each a quiz text.
        let chosen_ok = |c: &ChosenPrompts| {
            !c.habit.is_empty()
                && c.habit.len() <= 100
                && c.prompts.len() <= 20
                && c.prompts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().count() <= 2000)
        };
        let meeting_ok = |m: &Meeting| {
            m.prompts.len() <= 100
                && m.prompts.iter().all(chosen_ok)
                && m.team.len() == 16
                && m.team.bytes().all(|b| b.is_ascii_hexdigit())
                && m.actions.len() <= MAX_ACTIONS
                && m.actions.iter().all(action_ok)
                && m.agenda.as_ref().is_none_or(|a| {
                    a.len() <= 100 && a.iter().all(|id| !id.is_empty() && id.len() <= 100)
                })
        };
        (self.v == MEETINGS_VERSION
            && self.meetings.len() <= MAX_MEETINGS
            && self.meetings.iter().all(meeting_ok))
        .then_some(self)
    }

    /// The meeting of the team `key`.
    pub fn find(&self, key: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.team == key)
    }

    /// Keeps `meeting` first, in place of the same team's, and at most
    /// [`MAX_MEETINGS`]. A meeting with nothing in it is not kept.
    pub fn put(&mut self, meeting: Meeting) {
        self.meetings.retain(|m| m.team != meeting.team);
        if !meeting.actions.is_empty() || meeting.agenda.is_some() || !meeting.prompts.is_empty() {
            self.meetings.insert(0, meeting);
        }
        self.meetings.truncate(MAX_MEETINGS);
    }
}

/// A team's key: 64-bit FNV-1a of its members' codes in sorted order, as
/// 16 hex digits. The same people give the same key in any order.
pub fn team_key<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let mut codes: Vec<&str> = codes.into_iter().collect();
    codes.sort_unstable();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for code in codes {
        for b in code.bytes().chain([b'~']) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The habits on the agenda (dimension indices), most divided first: the
/// chosen ones (ids the quiz does not have are left out), or by default the
/// [`DEFAULT_AGENDA`] most divided habits that someone scored.
pub fn agenda(quiz: &Quiz, summary: &TeamSummary, chosen: Option<&[String]>) -> Vec<usize> {
    match chosen {
        Some(ids) => summary
            .by_disagreement
            .iter()
            .copied()
            .filter(|&d| ids.contains(&quiz.dimensions[d].id))
            .collect(),
        None => summary
            .by_disagreement
            .iter()
            .copied()
            .filter(|&d| summary.dimensions[d].scored > 0)
            .take(DEFAULT_AGENDA)
            .collect(),
    }
}

/// `text` with the characters Markdown would read inside a line as
/// formatting, a link, an entity or HTML escaped, so typed text and names
/// stay text wherever the notes are shown. (Every line of the notes starts
/// with the notes' own marker, so what only counts at a line's start, such
/// as `#` or `1.`, needs nothing.)
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// What the meeting notes are made of.
pub struct NotesInput<'a> {
    pub quiz: &'a Quiz,
    pub summary: &'a TeamSummary,
    /// Each member's label as shown (names, or `Member N` when anonymous).
    pub labels: &'a [String],
    /// Whether names are hidden: the notes then say how many took part.
    pub anonymous: bool,
    /// The habits discussed (dimension indices), in order.
    pub agenda: &'a [usize],
    pub actions: &'a [Action],
    /// `YYYY-MM-DD`.
    pub date: &'a str,
}

/// The meeting notes as Markdown, in the language of `t`: the date, the
/// quiz, who took part (or how many), each habit discussed with its
/// figures, and the actions as a checklist (without owners when
/// anonymous). Everything typed is escaped.
pub fn meeting_notes(n: &NotesInput, t: &ToolTexts, lang: Lang) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&mut out, &format!("# {}", markdown_text(t.notes_title())));
    line(&mut out, "");
    line(
        &mut out,
        &format!("- {}", fill(t.notes_date(), &[("date", &n.date)])),
    );
    line(
        &mut out,
        &format!(
            "- {}",
            fill(
                t.notes_quiz(),
                &[
                    ("title", &markdown_text(&n.quiz.title)),
                    ("version", &markdown_text(&n.quiz.version)),
                ]
            )
        ),
    );
    let people = n.labels.len() as u64;
    let took_part = if n.anonymous {
        count(lang, people, t.notes_count_one(), t.notes_count_other())
    } else {
        let names: Vec<String> = n
            .labels
            .iter()
            .map(|l| markdown_text(&isolate(l)))
            .collect();
        fill(
            &count(lang, people, t.notes_names_one(), t.notes_names_other()),
            &[("list", &names.join(", "))],
        )
    };
    line(&mut out, &format!("- {took_part}"));
    line(&mut out, "");
    line(&mut out, &format!("## {}", markdown_text(t.notes_habits())));
    for &d in n.agenda {
        let (dimension, s) = (&n.quiz.dimensions[d], &n.summary.dimensions[d]);
        line(&mut out, "");
        line(&mut out, &format!("### {}", markdown_text(&dimension.name)));
        line(&mut out, "");
        line(
            &mut out,
            &format!("- {}", markdown_text(&figures_line(t, s, n.labels.len()))),
        );
        if let Some(situation) = situation_line(t, s) {
            line(&mut out, &format!("- {}", markdown_text(&situation)));
        }
        if let Some(divided) = most_divided_line(t, n.quiz, s) {
            line(&mut out, &format!("- {}", markdown_text(&divided)));
        }
    }
    if n.agenda.is_empty() {
        line(&mut out, "");
        line(&mut out, &markdown_text(t.notes_no_habits()));
    }
    line(&mut out, "");
    line(
        &mut out,
        &format!("## {}", markdown_text(t.notes_actions())),
    );
    line(&mut out, "");
    for a in &shared_actions(n.actions, n.anonymous) {
        let text = match &a.owner {
            Some(owner) => fill(
                t.action_with_owner(),
                &[("text", &a.text), ("owner", &isolate(owner))],
            ),
            None => a.text.clone(),
        };
        line(&mut out, &format!("- [ ] {}", markdown_text(&text)));
    }
    if n.actions.is_empty() {
        line(&mut out, &markdown_text(t.notes_no_actions()));
    }
    out
}

/// The actions as a second table for the team's CSV: an empty line, then
/// `action,owner` (in the language of `t`) and a row per action (no owner
/// when `anonymous`); nothing when there are none.
pub fn actions_csv(actions: &[Action], anonymous: bool, t: &ToolTexts) -> String {
    let actions = &shared_actions(actions, anonymous);
    if actions.is_empty() {
        return String::new();
    }
    let mut out = String::from("\r\n");
    push_field(&mut out, t.csv_action());
    out.push(',');
    push_field(&mut out, t.csv_owner());
    out.push_str("\r\n");
    for a in actions {
        push_field(&mut out, &a.text);
        out.push(',');
        if let Some(owner) = &a.owner {
            push_field(&mut out, &isolate(owner));
        }
        out.push_str("\r\n");
    }
    out
}
