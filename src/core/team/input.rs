//! Reading pasted links, codes and team links into the team's members.

use std::fmt;

use crate::core::answers::Answer;
use crate::core::catalogue::{count, fill, ProblemTexts, ToolTexts};
use crate::core::fingerprint::Fingerprint;
use crate::core::language::Lang;
use crate::core::result_file::FileError;
use crate::core::share_code::{decode, encode, DecodeError, SharedResult};

/// Larger pasted texts are not read at all.
pub const MAX_TEAM_TEXT_BYTES: usize = 64 * 1024;
/// The most people one team view compares.
pub const MAX_MEMBERS: usize = 200;

/// Problem entries are shown shortened to this many characters.
const ENTRY_CHARS: usize = 40;

/// One person in the team view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Their name, or `Member N` (in the team's language); unique within the team.
    pub label: String,
    pub name: Option<String>,
    pub answers: Vec<Answer>,
    /// Their share code, as read (codes have one spelling).
    pub code: String,
}

/// Why one pasted entry was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    /// The code itself was refused.
    Code(DecodeError),
    /// The same result is already in the team as member `first` (1-based).
    Duplicate { first: usize },
    /// The team is full; this entry and `left_out - 1` later ones were not added.
    TooMany { left_out: usize },
    /// The pasted text is larger than [`MAX_TEAM_TEXT_BYTES`]; none of it was read.
    TooMuchText,
    /// An added result file was refused.
    File(FileError),
    // Issue 21: an oversized team link
    /// A team link's codes (`#t=`) larger than [`MAX_TEAM_TEXT_BYTES`]; none
    /// of them was read.
    LinkTooLong,
}

impl EntryError {
    /// The reason in the language of `t` (`lang` picks its plural forms).
    /// (`p` words the share-code and result-file problems, shared with the
    /// reader's module.)
    pub fn message(&self, t: &ToolTexts, p: &ProblemTexts, lang: Lang) -> String {
        match self {
            EntryError::Code(e) => e.message(p),
            EntryError::File(e) => e.message(p),
            EntryError::Duplicate { first } => fill(t.entry_duplicate(), &[("first", first)]),
            EntryError::TooMany { left_out } => {
                let template = match left_out.saturating_sub(1) {
                    0 => t.entry_too_many().to_string(),
                    more => count(
                        lang,
                        more as u64,
                        t.entry_too_many_more_one(),
                        t.entry_too_many_more_other(),
                    ),
                };
                fill(&template, &[("max", &MAX_MEMBERS)])
            }
            EntryError::TooMuchText => fill(
                t.entry_too_much_text(),
                &[("kb", &(MAX_TEAM_TEXT_BYTES / 1024))],
            ),
            EntryError::LinkTooLong => fill(
                t.entry_link_too_long(),
                &[("kb", &(MAX_TEAM_TEXT_BYTES / 1024))],
            ),
        }
    }
}

impl fmt::Display for EntryError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(
            ToolTexts::of(Lang::En),
            ProblemTexts::of(Lang::En),
            Lang::En,
        ))
    }
}

/// A pasted entry that was not added, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryProblem {
    /// The entry as pasted, shortened to about 40 characters.
    pub entry: String,
    pub reason: EntryError,
}

/// The members read so far and the entries that were refused, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamInput {
    pub members: Vec<Member>,
    pub problems: Vec<EntryProblem>,
    /// The label of a member without a name: `{n}` is their place, from 1.
    unnamed: &'static str,
}

impl Default for TeamInput {
    /// An empty team whose members without a name are `Member N`, in English.
    fn default() -> TeamInput {
        TeamInput::new(ToolTexts::of(Lang::En).member_n())
    }
}

/// Reads pasted text: share links (`#r=`), team links (`#t=a~b`), bare codes,
/// or a mix, separated by line breaks, spaces, commas or semicolons.
pub fn read_team_input(text: &str, fp: Fingerprint, questions: usize) -> TeamInput {
    let mut team = TeamInput::default();
    team.read(text, fp, questions);
    team
}

impl TeamInput {
    /// An empty team whose members without a name are labelled by `unnamed`
    /// ([`ToolTexts::member_n`] in the page's language), `{n}` their place.
    pub fn new(unnamed: &'static str) -> TeamInput {
        TeamInput {
            members: Vec::new(),
            problems: Vec::new(),
            unnamed,
        }
    }

    /// Adds the members of a team link (its `#t=` codes); a link too long
    /// to read says so.
    pub fn read_link(&mut self, codes: &str, fp: Fingerprint, questions: usize) {
        if codes.len() > MAX_TEAM_TEXT_BYTES {
            self.refuse(codes, EntryError::LinkTooLong);
            return;
        }
        self.read(codes, fp, questions);
    }

    /// Adds the entries of more pasted text to this team.
    pub fn read(&mut self, text: &str, fp: Fingerprint, questions: usize) {
        if text.len() > MAX_TEAM_TEXT_BYTES {
            self.refuse(text.trim(), EntryError::TooMuchText);
            return;
        }
        // Index of this read's "team is full" problem, which counts the rest.
        let mut full: Option<usize> = None;
        for token in text.split(is_separator).map(trim_punctuation) {
            if token.is_empty() {
                continue;
            }
            let pieces: Vec<&str> = codes_in(token).collect();
            if pieces.is_empty() {
                self.refuse(token, EntryError::Code(DecodeError::NotACandorCode));
            }
            // Within one team link, a nameless code may stand for several people.
            let link_start = if pieces.len() > 1 {
                self.members.len()
            } else {
                usize::MAX
            };
            for &piece in &pieces {
                // A link with one code is shown whole; a team link code by code.
                let entry = if pieces.len() == 1 { token } else { piece };
                let added = decode(piece, fp, questions)
                    .map_err(EntryError::Code)
                    .and_then(|result| self.add_from(piece, result, link_start));
                match (added, full) {
                    (Ok(()), _) => {}
                    (Err(EntryError::TooMany { .. }), Some(i)) => {
                        if let EntryError::TooMany { left_out } = &mut self.problems[i].reason {
                            *left_out += 1;
                        }
                    }
                    (Err(reason), _) => {
                        if matches!(reason, EntryError::TooMany { .. }) {
                            full = Some(self.problems.len());
                        }
                        self.refuse(entry, reason);
                    }
                }
            }
        }
    }

    /// Adds one decoded result under its code, unless it is already in the
    /// team or the team is full.
    pub fn add(&mut self, code: &str, result: SharedResult) -> Result<(), EntryError> {
        self.add_from(code, result, usize::MAX)
    }

    /// [`TeamInput::add`], except that a code without a name repeating one
    /// of the members from `link_start` on is another member: an anonymous
    /// team link lists two people with the same answers under one code.
    fn add_from(
        &mut self,
        code: &str,
        result: SharedResult,
        link_start: usize,
    ) -> Result<(), EntryError> {
        let code = code.trim();
        if let Some(i) = self.members.iter().position(|m| m.code == code) {
            if i < link_start || result.name.is_some() {
                return Err(EntryError::Duplicate { first: i + 1 });
            }
        }
        if self.members.len() >= MAX_MEMBERS {
            return Err(EntryError::TooMany { left_out: 1 });
        }
        let label = self.unique_label(match &result.name {
            Some(name) => name.clone(),
            None => fill(self.unnamed, &[("n", &(self.members.len() + 1))]),
        });
        self.members.push(Member {
            label,
            name: result.name,
            answers: result.answers,
            code: code.to_string(),
        });
        Ok(())
    }

    fn refuse(&mut self, entry: &str, reason: EntryError) {
        let entry = elide_middle(entry);
        self.problems.push(EntryProblem { entry, reason });
    }

    /// `base`, or `base (2)`, `base (3)`… when a member already has that label.
    fn unique_label(&self, base: String) -> String {
        let taken = |label: &str| self.members.iter().any(|m| m.label == label);
        if !taken(&base) {
            return base;
        }
        (2..=MAX_MEMBERS + 1)
            .map(|k| format!("{base} ({k})"))
            .find(|label| !taken(label))
            .unwrap_or(base)
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == ',' || c == ';'
}

/// Strips quotes, brackets and a full stop around a pasted link or code.
fn trim_punctuation(token: &str) -> &str {
    token.trim_matches(|c| {
        matches!(
            c,
            '.' | '(' | ')' | '<' | '>' | '[' | ']' | '"' | '\'' | '“' | '”' | '‘' | '’'
        )
    })
}

/// The codes in one entry: after the `#` of a link, after `r=` or `t=`, split
/// at `~` (also when a chat app wrote it as `%7E`).
fn codes_in(token: &str) -> impl Iterator<Item = &str> {
    let fragment = token.split_once('#').map_or(token, |(_, f)| f);
    let codes = fragment
        .strip_prefix("r=")
        .or_else(|| fragment.strip_prefix("t="))
        .unwrap_or(fragment);
    codes
        .split('~')
        .flat_map(|c| c.split("%7E"))
        .flat_map(|c| c.split("%7e"))
        .filter(|c| !c.is_empty())
}

/// At most [`ENTRY_CHARS`] characters: a longer entry keeps its start and
/// its end (where a link's code is) around a `…`.
fn elide_middle(entry: &str) -> String {
    let chars = entry.chars().count();
    if chars <= ENTRY_CHARS {
        return entry.to_string();
    }
    let head = ENTRY_CHARS / 2;
    let tail = ENTRY_CHARS - head - 1;
    let mut out: String = entry.chars().take(head).collect();
    out.push('…');
    out.extend(entry.chars().skip(chars - tail));
    out
}

/// `t=<code>~<code>…`: the fragment of a team link opening these members.
pub fn team_fragment(members: &[Member]) -> String {
    let mut out = String::from("t=");
    for (i, m) in members.iter().enumerate() {
        if i > 0 {
            out.push('~');
        }
        out.push_str(&m.code);
    }
    out
}

/// `t=<code>~<code>…` of an anonymous team link: each member's answers
/// encoded anew without a name, in an order shuffled from `seed` (the shell
/// gives a random one), so that neither names nor the order people were
/// added in (which may say who is who) travel with the link. Two people with
/// the same answers then share a code; a team link keeps both.
pub fn anonymous_team_fragment(members: &[Member], fp: Fingerprint, seed: u64) -> String {
    let mut codes: Vec<String> = members
        .iter()
        // Cannot fail: the answers came from a code of this quiz, and there
        // is no name.
        .filter_map(|m| encode(fp, &m.answers, None).ok())
        .collect();
    shuffle(&mut codes, seed);
    format!("t={}", codes.join("~"))
}

/// Fisher–Yates with SplitMix64 from `seed`: every order equally likely
/// (near enough for a team of at most 200).
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::Quiz;
    use crate::core::result_file::ResultFileDamage;
    use crate::core::team::{summarize, to_csv, to_csv_in};

    #[test]
    fn messages_in_german_count_properly() {
        let (de, p) = (ToolTexts::of(Lang::De), ProblemTexts::of(Lang::De));
        let too_many = |left_out| EntryError::TooMany { left_out }.message(de, p, Lang::De);
        assert_eq!(
            too_many(1),
            "Candor vergleicht höchstens 200 Personen auf einmal, deshalb wurde dieser Eintrag weggelassen."
        );
        assert!(too_many(2).ends_with("dieser Eintrag und 1 weiterer weggelassen."));
        assert!(too_many(5).ends_with("dieser Eintrag und 4 weitere weggelassen."));
        assert_eq!(
            EntryError::TooMuchText.message(de, p, Lang::De),
            "Das ist zu viel Text (mehr als 64 KB). Füge nur die Codes oder Links ein."
        );
        assert_eq!(
            EntryError::File(FileError::Malformed(ResultFileDamage::NoDate)).message(
                de,
                p,
                Lang::De
            ),
            "Diese Ergebnisdatei ist beschädigt (kein Datum der Teilnahme)."
        );
        assert_eq!(
            FileError::Malformed(ResultFileDamage::NoDate).to_string(),
            "This result file is damaged (no date taken)."
        );
    }

    /// A team of `n` named people (the last two with the same answers), read
    /// from their codes as the team view reads them.
    fn named_team(quiz: &Quiz, n: usize) -> (Fingerprint, Vec<Member>) {
        let fp = crate::core::fingerprint::fingerprint(quiz);
        let q = quiz.questions.len();
        let mut codes = Vec::new();
        for i in 0..n {
            let k = i.min(n - 2);
            let answers: Vec<Answer> = (0..q)
                .map(|j| match (j * 7 + k * 3) % 7 {
                    0 => Answer::NotSure,
                    6 => Answer::Skipped,
                    p => Answer::Point(p as u8),
                })
                .collect();
            let name = format!("Person {i} דני");
            codes.push(encode(fp, &answers, Some(&name)).unwrap());
        }
        let team = read_team_input(&codes.join(" "), fp, q);
        assert!(team.problems.is_empty(), "{:?}", team.problems);
        (fp, team.members)
    }

    #[test]
    fn an_anonymous_team_link_has_the_same_results_without_names_in_a_shuffled_order() {
        let quiz = crate::core::builtin::builtin_quiz();
        let (fp, members) = named_team(&quiz, 8);
        let q = quiz.questions.len();
        let sorted = |ms: &[Member]| {
            let mut all: Vec<Vec<Answer>> = ms.iter().map(|m| m.answers.clone()).collect();
            all.sort_by_key(|a| format!("{a:?}"));
            all
        };
        let mut orders = std::collections::HashSet::new();
        for seed in 0..20u64 {
            let fragment = anonymous_team_fragment(&members, fp, seed);
            assert_eq!(
                fragment,
                anonymous_team_fragment(&members, fp, seed),
                "one order per seed"
            );
            let read = read_team_input(&format!("https://x.example/#{fragment}"), fp, q);
            assert!(read.problems.is_empty(), "{:?}", read.problems);
            // Everyone is there (the two with the same answers too), nameless.
            assert_eq!(read.members.len(), members.len());
            assert!(read.members.iter().all(|m| m.name.is_none()));
            assert!(!fragment.contains("Person"));
            for m in &members {
                let name = m.name.as_deref().unwrap();
                assert!(!read.members.iter().any(|r| r.label.contains(name)));
            }
            assert_eq!(sorted(&read.members), sorted(&members));
            // The same figures for the team.
            let (before, after) = (summarize(&quiz, &members), summarize(&quiz, &read.members));
            for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
                assert_eq!(
                    (b.average, b.min, b.max, b.scored),
                    (a.average, a.min, a.max, a.scored)
                );
                let mut bs = b.scores.clone();
                let mut as_ = a.scores.clone();
                bs.sort();
                as_.sort();
                assert_eq!(bs, as_);
            }
            orders.insert(
                read.members
                    .iter()
                    .map(|r| members.iter().position(|m| m.answers == r.answers).unwrap())
                    .collect::<Vec<_>>(),
            );
        }
        // Shuffled: seeds give many orders, not (only) the order of adding.
        assert!(orders.len() > 10, "{orders:?}");
        // A nameless code repeated in separate pastes is still a duplicate.
        let code = &anonymous_team_fragment(&members[..1], fp, 0)[2..];
        let twice = read_team_input(&format!("{code}\n{code}"), fp, q);
        assert_eq!(twice.members.len(), 1);
        assert_eq!(twice.problems[0].reason, EntryError::Duplicate { first: 1 });
    }

    #[test]
    fn members_without_a_name_and_the_csv_follow_the_language() {
        let de = ToolTexts::of(Lang::De);
        let mut team = TeamInput::new(de.member_n());
        let result = SharedResult {
            answers: Vec::new(),
            name: None,
        };
        team.add("a", result.clone()).unwrap();
        team.add(
            "b",
            SharedResult {
                name: Some("Mitglied 1".into()),
                ..result.clone()
            },
        )
        .unwrap();
        let labels: Vec<&str> = team.members.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["Mitglied 1", "Mitglied 1 (2)"]);
        assert_eq!(TeamInput::default().unnamed, "Member {n}");

        let quiz = crate::core::builtin::builtin_quiz();
        let csv = to_csv_in(&quiz, &team.members, true, "2026-12-07", de);
        assert!(csv.starts_with("Mitglied,"), "{csv}");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].contains(",Stil,"), "{csv}");
        assert!(lines[0].ends_with(",Datum,Quiz-Version"), "{csv}");
        assert!(lines[1].starts_with("Mitglied 1,"), "{csv}");
        assert!(lines[2].starts_with("Mitglied 2,"), "{csv}");
        assert!(to_csv(&quiz, &[], false, "2026-12-07").starts_with("member,"));
    }
}
