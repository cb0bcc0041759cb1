//! The team view's core: reading pasted codes, links and result files into
//! members, summarising a team per dimension, and exporting it as CSV.
//!
//! Everything pasted or imported is untrusted: reading is bounded, each entry
//! is decoded strictly, and a bad entry becomes a problem to show without
//! losing the good ones.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::catalogue::{count, fill, ProblemTexts, ToolTexts};
use super::fingerprint::Fingerprint;
use super::language::Lang;
use super::lenient::{self, Object, Raw};
use super::quiz::{Dimension, Quiz, Situation};
use super::report::{classify, profile, ranked, Profile, STRONG};
use super::scoring::{score, Scores};
use super::share_code::{decode, encode, isolate, DecodeError, SharedResult};
use super::text::is_valid_date;

/// Larger pasted texts are not read at all.
pub const MAX_TEAM_TEXT_BYTES: usize = 64 * 1024;
/// The most people one team view compares.
pub const MAX_MEMBERS: usize = 200;
/// Larger result files are not read at all.
pub const MAX_RESULT_FILE_BYTES: usize = 16 * 1024;
/// The result-file format this build writes (and the only one it reads).
pub const RESULT_FILE_VERSION: u64 = 1;
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
        let entry = shorten(entry);
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
fn shorten(entry: &str) -> String {
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

/// "3 members: Ana, Bo, Member 3" as plain text (the team picture), each
/// label isolated (see [`isolate`]) so that a right-to-left name cannot
/// reorder the list or the words around it.
pub fn members_text(lang: Lang, t: &ToolTexts, labels: &[String]) -> String {
    let list: Vec<String> = labels.iter().map(|l| isolate(l)).collect();
    fill(
        &count(
            lang,
            labels.len() as u64,
            t.members_one(),
            t.members_other(),
        ),
        &[("list", &list.join(", "))],
    )
}

// ---------------------------------------------------------------------------
// Result files
// ---------------------------------------------------------------------------

/// A result file that was read: its code, decoded, and when it was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultFile {
    pub quiz: String,
    pub code: String,
    pub result: SharedResult,
    /// `YYYY-MM-DD`.
    pub taken: String,
}

/// Why a file could not be read as a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Not JSON, or not a JSON object.
    NotAResultFile,
    NewerFormat,
    /// A field is missing, unknown or wrong; says which.
    Malformed(ResultFileDamage),
    /// The code inside was refused.
    Code(DecodeError),
}

/// What is wrong in a damaged result file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFileDamage {
    /// `candor_result` is not a format version.
    NoVersion,
    UnknownField,
    NoQuiz,
    NoCode,
    NameNotText,
    /// The name differs from the one the code carries.
    NameMismatch,
    NoDate,
    BadDate,
}

impl ResultFileDamage {
    /// What is damaged, in the language of `t`.
    pub fn message(self, t: &ProblemTexts) -> &'static str {
        match self {
            ResultFileDamage::NoVersion => t.result_file_no_version(),
            ResultFileDamage::UnknownField => t.result_file_unknown_field(),
            ResultFileDamage::NoQuiz => t.result_file_no_quiz(),
            ResultFileDamage::NoCode => t.result_file_no_code(),
            ResultFileDamage::NameNotText => t.result_file_name_not_text(),
            ResultFileDamage::NameMismatch => t.result_file_name_mismatch(),
            ResultFileDamage::NoDate => t.result_file_no_date(),
            ResultFileDamage::BadDate => t.result_file_bad_date(),
        }
    }
}

impl FileError {
    /// The reason in the language of `t`.
    pub fn message(&self, t: &ProblemTexts) -> String {
        match self {
            FileError::TooLarge => t.result_file_too_large().to_string(),
            FileError::NotAResultFile => t.result_file_not_one().to_string(),
            FileError::NewerFormat => t.result_file_newer().to_string(),
            FileError::Malformed(what) => {
                fill(t.result_file_damaged(), &[("what", &what.message(t))])
            }
            FileError::Code(e) => e.message(t),
        }
    }
}

impl fmt::Display for FileError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

/// A result file as written. The code is what counts; the rest is for people
/// reading the file.
#[derive(Serialize)]
struct ResultFileText<'a> {
    candor_result: u64,
    quiz: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    taken: &'a str,
}

/// A result file as read: every field as found, so each problem gets its own
/// message (unknown fields are collected by [`lenient::read`]).
#[derive(Default, Deserialize)]
#[serde(default)]
struct ResultFileFields {
    candor_result: Raw,
    quiz: Raw,
    code: Raw,
    name: Raw,
    taken: Raw,
}

/// The text of a result file: pretty JSON, two-space indents, a final line
/// break. `name` should be the name the code carries.
pub fn result_file(quiz_id: &str, code: &str, name: Option<&str>, taken: &str) -> String {
    let file = ResultFileText {
        candor_result: RESULT_FILE_VERSION,
        quiz: quiz_id,
        code,
        name,
        taken,
    };
    // Only strings and an integer, which serde_json always writes; the empty
    // fallback is never taken.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a result file strictly: known fields only, a code for this quiz, a
/// name (when given) matching the code's, a `YYYY-MM-DD` date.
pub fn read_result_file(
    bytes: &[u8],
    fp: Fingerprint,
    questions: usize,
) -> Result<ResultFile, FileError> {
    if bytes.len() > MAX_RESULT_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    let Ok(lenient::Document {
        root: Object::Found(file),
        unknown,
    }) = lenient::read::<ResultFileFields>(bytes)
    else {
        return Err(FileError::NotAResultFile);
    };
    // Without its marker field, a JSON file is some other file, not a damaged
    // result. The version comes before the fields: a newer format may have others.
    match &file.candor_result {
        Raw::Missing => return Err(FileError::NotAResultFile),
        v => match v.as_u64() {
            Some(RESULT_FILE_VERSION) => {}
            Some(v) if v > RESULT_FILE_VERSION => return Err(FileError::NewerFormat),
            _ => return Err(FileError::Malformed(ResultFileDamage::NoVersion)),
        },
    }
    if !unknown.is_empty() {
        return Err(FileError::Malformed(ResultFileDamage::UnknownField));
    }
    let quiz = match file.quiz {
        Raw::Text(q) if !q.is_empty() && q.len() <= 100 => q,
        _ => return Err(FileError::Malformed(ResultFileDamage::NoQuiz)),
    };
    let Raw::Text(code) = file.code else {
        return Err(FileError::Malformed(ResultFileDamage::NoCode));
    };
    let result = decode(&code, fp, questions).map_err(FileError::Code)?;
    let name = match file.name {
        Raw::Missing => None,
        Raw::Text(name) => Some(name),
        _ => return Err(FileError::Malformed(ResultFileDamage::NameNotText)),
    };
    if name != result.name {
        return Err(FileError::Malformed(ResultFileDamage::NameMismatch));
    }
    let Raw::Text(taken) = file.taken else {
        return Err(FileError::Malformed(ResultFileDamage::NoDate));
    };
    if !is_valid_date(&taken) {
        return Err(FileError::Malformed(ResultFileDamage::BadDate));
    }
    Ok(ResultFile {
        quiz,
        code: code.trim().to_string(),
        result,
        taken,
    })
}

// ---------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------

/// How the team came out on one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionSummary {
    /// Each member's rounded score, in member order; `None` when they
    /// answered too few of its questions.
    pub scores: Vec<Option<u8>>,
    /// How many members have a score.
    pub scored: usize,
    /// The rounded mean of the members' rounded scores.
    pub average: Option<u8>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// `max - min`: how far apart the team is.
    pub spread: Option<u8>,
    /// The habit's questions, most divided first (see [`QuestionSummary`]).
    pub questions: Vec<QuestionSummary>,
    /// How the team came out: split, or close together low or high.
    pub situation: Option<Situation>,
    /// The most divided of them (indices into `Quiz::questions`): every
    /// question sharing the highest division, when that is above 0. Empty
    /// when the team answered each question alike, or too few answered.
    pub most_divided: Vec<usize>,
}

/// How the team answered one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSummary {
    /// Index into `Quiz::questions`.
    pub question: usize,
    /// How many members chose each point of the scale, lowest first.
    pub points: [usize; 5],
    pub not_sure: usize,
    pub skipped: usize,
    /// How far apart the points chosen are: their standard deviation
    /// scaled to 0–100 (0 when everyone chose the same point, 100 when
    /// half chose each end of the scale). `None` with fewer than two points.
    pub division: Option<u8>,
}

/// The team's shared picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamSummary {
    /// One per dimension, in quiz order.
    pub dimensions: Vec<DimensionSummary>,
    /// Each member's archetype (index into `Quiz::patterns`), in member order.
    pub archetypes: Vec<usize>,
    /// Dimensions by spread, widest first (ties in quiz order); those nobody
    /// has a score for come last.
    pub by_disagreement: Vec<usize>,
    /// The habits whose team averages make them strengths, by the
    /// individual report's rules ([`classify`]): best first, ties kept.
    pub strengths: Vec<usize>,
    /// The habits whose team averages make them growth areas, weakest first.
    pub growth_areas: Vec<usize>,
    /// Whether the team's averages are even ([`Profile::Flat`]).
    pub profile: Profile,
    /// `(pattern, members)` for each archetype someone got, in quiz order.
    pub archetype_mix: Vec<(usize, usize)>,
}

/// Summarises a team: per-dimension statistics, disagreement, strengths,
/// growth areas and the mix of archetypes.
pub fn summarize(quiz: &Quiz, members: &[Member]) -> TeamSummary {
    // Scores and archetypes only: a full report per member is not needed.
    let scores: Vec<Scores> = members.iter().map(|m| score(quiz, &m.answers)).collect();
    let dimensions: Vec<DimensionSummary> = (0..quiz.dimensions.len())
        .map(|d| {
            let mut summary = dimension_summary(scores.iter().map(|s| s.rounded(d)).collect());
            summary.questions = question_summaries(quiz, members, d);
            summary.most_divided = most_divided(&summary.questions);
            summary
        })
        .collect();
    let archetypes: Vec<usize> = scores.iter().map(|s| quiz.archetype(s)).collect();

    let spreads: Vec<Option<u8>> = dimensions.iter().map(|d| d.spread).collect();
    let mut by_disagreement = ranked(&spreads, true);
    by_disagreement.extend((0..spreads.len()).filter(|&d| spreads[d].is_none()));

    let averages: Vec<Option<u8>> = dimensions.iter().map(|d| d.average).collect();
    let (strengths, growth_areas) = classify(&averages);

    let archetype_mix = (0..quiz.patterns.len())
        .map(|p| (p, archetypes.iter().filter(|&&a| a == p).count()))
        .filter(|&(_, count)| count > 0)
        .collect();

    TeamSummary {
        dimensions,
        archetypes,
        by_disagreement,
        strengths,
        growth_areas,
        profile: profile(&averages),
        archetype_mix,
    }
}

/// The team's answers to each question of `dimension`, most divided first;
/// ties, and then questions too few answered, in quiz order.
fn question_summaries(quiz: &Quiz, members: &[Member], dimension: usize) -> Vec<QuestionSummary> {
    let questions: Vec<QuestionSummary> = quiz
        .questions_of(dimension)
        .map(|q| question_summary(members, q))
        .collect();
    let divisions: Vec<Option<u8>> = questions.iter().map(|q| q.division).collect();
    let mut order = ranked(&divisions, true);
    order.extend((0..divisions.len()).filter(|&i| divisions[i].is_none()));
    order.into_iter().map(|i| questions[i].clone()).collect()
}

fn question_summary(members: &[Member], question: usize) -> QuestionSummary {
    let mut summary = QuestionSummary {
        question,
        points: [0; 5],
        not_sure: 0,
        skipped: 0,
        division: None,
    };
    for m in members {
        match m.answers.get(question).copied().unwrap_or_default() {
            Answer::Point(p @ 1..=5) => summary.points[usize::from(p - 1)] += 1,
            Answer::NotSure => summary.not_sure += 1,
            _ => summary.skipped += 1,
        }
    }
    let n: usize = summary.points.iter().sum();
    if n >= 2 {
        let weighted = |f: &dyn Fn(f64) -> f64| -> f64 {
            (1..=5)
                .map(|p| summary.points[p - 1] as f64 * f(p as f64))
                .sum::<f64>()
                / n as f64
        };
        let mean = weighted(&|p| p);
        let variance = weighted(&|p| (p - mean) * (p - mean));
        // The largest standard deviation on a 1–5 scale is 2.
        summary.division = Some((variance.sqrt() * 50.0).round().clamp(0.0, 100.0) as u8);
    }
    summary
}

/// The questions sharing the highest division above 0 (`questions` is
/// ordered most divided first).
fn most_divided(questions: &[QuestionSummary]) -> Vec<usize> {
    let top = questions
        .first()
        .and_then(|q| q.division)
        .filter(|&d| d > 0);
    questions
        .iter()
        .take_while(|q| top.is_some() && q.division == top)
        .map(|q| q.question)
        .collect()
}

/// The members (indices, in member order) who gave `answer` to `question`.
pub fn who_answered(members: &[Member], question: usize, answer: Answer) -> Vec<usize> {
    (0..members.len())
        .filter(|&m| {
            members[m]
                .answers
                .get(question)
                .copied()
                .unwrap_or_default()
                == answer
        })
        .collect()
}

/// Rows for a habit's dots so that no two overlap: members by score (ties
/// in member order), each in the lowest row where the dot before it sits at
/// least `gap` points lower. Equal scores therefore stack. `None` for a
/// member without a score.
pub fn dot_rows(scores: &[Option<u8>], gap: u8) -> Vec<Option<usize>> {
    let mut rows: Vec<Option<usize>> = vec![None; scores.len()];
    // The score of the last dot placed in each row.
    let mut ends: Vec<u8> = Vec::new();
    for m in ranked(scores, false) {
        let Some(score) = scores[m] else { continue };
        let row = ends
            .iter()
            .position(|&end| score >= end.saturating_add(gap))
            .unwrap_or(ends.len());
        if row == ends.len() {
            ends.push(score);
        } else {
            ends[row] = score;
        }
        rows[m] = Some(row);
    }
    rows
}

/// A name's initials: the first letter of its first two words, in capitals
/// (`Ana María` → `AM`, `bo` → `B`); empty for a name without letters.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// Scores this many points apart, or more, split a team on a habit.
pub const SPLIT_SPREAD: u8 = 30;

/// A team's situation on a habit: [`Situation::Split`] when two or more
/// members are at least [`SPLIT_SPREAD`] points apart; otherwise close
/// together, [`Situation::High`] with an average of at least [`STRONG`]
/// (a strength's threshold) and [`Situation::Low`] below it. `None`
/// without an average.
pub fn situation(scored: usize, average: Option<u8>, spread: Option<u8>) -> Option<Situation> {
    let average = average?;
    Some(
        if scored >= 2 && spread.is_some_and(|s| s >= SPLIT_SPREAD) {
            Situation::Split
        } else if average >= STRONG {
            Situation::High
        } else {
            Situation::Low
        },
    )
}

/// A habit's prompts for `situation`, or its general `discussion` prompts
/// where the quiz wrote none for that situation.
pub fn prompts_for(dimension: &Dimension, situation: Situation) -> &[String] {
    match dimension.prompts.of(situation) {
        [] => &dimension.discussion,
        own => own,
    }
}

fn dimension_summary(scores: Vec<Option<u8>>) -> DimensionSummary {
    let got = || scores.iter().flatten().copied();
    let scored = got().count();
    let sum: usize = got().map(usize::from).sum();
    // Round half up, in whole numbers: floor(sum / n + 1/2).
    let average = (scored > 0).then(|| ((2 * sum + scored) / (2 * scored)) as u8);
    let (min, max) = (got().min(), got().max());
    DimensionSummary {
        spread: max.zip(min).map(|(hi, lo)| hi - lo),
        scores,
        scored,
        average,
        min,
        max,
        situation: situation(scored, average, max.zip(min).map(|(hi, lo)| hi - lo)),
        questions: Vec::new(),
        most_divided: Vec::new(),
    }
}

/// "Average 62 · range 35–90 …", or that nobody has a score.
pub fn figures_line(t: &ToolTexts, summary: &DimensionSummary, members: usize) -> String {
    match (summary.average, summary.min, summary.max) {
        (Some(avg), Some(min), Some(max)) => fill(
            t.figures(),
            &[
                ("average", &avg),
                ("min", &min),
                ("max", &max),
                ("spread", &(max - min)),
                ("scored", &summary.scored),
                ("members", &members),
            ],
        ),
        _ => t.nobody_scored().to_string(),
    }
}

/// "Most divided: “…”" naming the habit's most divided statement (or the
/// statements tied for it); `None` when the team answered alike.
pub fn most_divided_line(t: &ToolTexts, quiz: &Quiz, summary: &DimensionSummary) -> Option<String> {
    let quoted: Vec<String> = summary
        .most_divided
        .iter()
        .map(|&q| fill(t.quoted(), &[("text", &quiz.questions[q].text)]))
        .collect();
    match quoted.as_slice() {
        [] => None,
        [one] => Some(fill(t.most_divided_one(), &[("question", one)])),
        several => Some(fill(t.most_divided_tie(), &[("list", &several.join("; "))])),
    }
}

/// How the team came out on a habit, in words ([`situation`]): split from
/// its lowest to its highest score, or close together with its average.
pub fn situation_line(t: &ToolTexts, summary: &DimensionSummary) -> Option<String> {
    let average = summary.average?;
    Some(match summary.situation? {
        Situation::Split => fill(
            t.situation_split(),
            &[("min", &summary.min?), ("max", &summary.max?)],
        ),
        Situation::Low => fill(t.situation_low(), &[("average", &average)]),
        Situation::High => fill(t.situation_high(), &[("average", &average)]),
    })
}

/// What the shape of the team's averages says, as a reader's report does:
/// an even team is named as such, and a team whose averages differ without
/// any standing out is told so; `None` otherwise.
pub fn profile_line(t: &ToolTexts, summary: &TeamSummary) -> Option<String> {
    match summary.profile {
        Profile::Flat { low, high } if low == high => {
            Some(fill(t.team_even_same(), &[("low", &low)]))
        }
        Profile::Flat { low, high } => {
            Some(fill(t.team_even_range(), &[("low", &low), ("high", &high)]))
        }
        Profile::Uneven if summary.strengths.is_empty() && summary.growth_areas.is_empty() => {
            Some(t.team_nothing_stands_out().to_string())
        }
        _ => None,
    }
}

/// "Listening — average 62" for each of `habits`, or that it has no score.
pub fn habit_lines(
    t: &ToolTexts,
    quiz: &Quiz,
    summary: &TeamSummary,
    habits: &[usize],
) -> Vec<String> {
    habits
        .iter()
        .map(|&d| {
            let name = &quiz.dimensions[d].name;
            match summary.dimensions[d].average {
                Some(average) => fill(t.habit_average(), &[("name", name), ("average", &average)]),
                None => fill(t.habit_no_score(), &[("name", name)]),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// CSV export
// ---------------------------------------------------------------------------

/// The team as CSV in English: see [`to_csv_in`].
pub fn to_csv(quiz: &Quiz, members: &[Member], anonymous: bool, date: &str) -> String {
    to_csv_in(quiz, members, anonymous, date, ToolTexts::of(Lang::En))
}

/// The team as CSV (RFC 4180, CRLF line ends): a member column, one column
/// per dimension (empty without a score), the archetype, then one column
/// per question with the member's answer (the point of the scale, 1–5, as
/// answered; the quiz's "Not sure" label; empty when unanswered), and the
/// `date` (`YYYY-MM-DD`) and quiz version on every row; headed in the
/// language of `t`. With `anonymous`, members are `Member 1`, `Member 2`…
/// (`t`'s [`ToolTexts::member_n`]) in list order. A member's name is
/// isolated (FSI…PDI, see [`isolate`]): a spreadsheet shows each cell on its
/// own, but a text editor, a mail or a chat shows the line, where a
/// right-to-left name would carry the scores after it into its own run.
pub fn to_csv_in(
    quiz: &Quiz,
    members: &[Member],
    anonymous: bool,
    date: &str,
    t: &ToolTexts,
) -> String {
    let summary = summarize(quiz, members);
    let mut out = String::new();
    push_field(&mut out, t.csv_member());
    let headers = quiz
        .dimensions
        .iter()
        .map(|d| d.name.as_str())
        .chain([t.csv_archetype()])
        .chain(quiz.questions.iter().map(|q| q.text.as_str()))
        .chain([t.csv_date(), t.csv_quiz_version()]);
    for header in headers {
        out.push(',');
        push_field(&mut out, header);
    }
    out.push_str("\r\n");
    let not_sure = quiz.scale.not_sure.as_deref().unwrap_or("?");
    for (i, m) in members.iter().enumerate() {
        if anonymous {
            push_field(&mut out, &fill(t.member_n(), &[("n", &(i + 1))]));
        } else if m.name.is_some() {
            push_field(&mut out, &isolate(&m.label));
        } else {
            push_field(&mut out, &m.label);
        }
        for d in &summary.dimensions {
            out.push(',');
            if let Some(score) = d.scores[i] {
                out.push_str(&score.to_string());
            }
        }
        out.push(',');
        push_field(&mut out, &quiz.patterns[summary.archetypes[i]].name);
        for q in 0..quiz.questions.len() {
            out.push(',');
            match m.answers.get(q).copied().unwrap_or_default() {
                Answer::Point(p @ 1..=5) => out.push(char::from(b'0' + p)),
                Answer::NotSure => push_field(&mut out, not_sure),
                _ => {}
            }
        }
        out.push(',');
        push_field(&mut out, date);
        out.push(',');
        push_field(&mut out, &quiz.version);
        out.push_str("\r\n");
    }
    out
}

/// One field, quoted when needed, and defused when a spreadsheet would read
/// it as a formula (also behind the mark that opens an isolate).
pub(crate) fn push_field(out: &mut String, field: &str) {
    let quoted = field.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if field
        .trim_start_matches('\u{2068}')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn names_are_isolated_in_the_csv_and_the_members_text() {
        let quiz = crate::core::builtin::builtin_quiz();
        let fp = crate::core::fingerprint::fingerprint(&quiz);
        let q = quiz.questions.len();
        let answers = vec![Answer::Point(3); q];
        let codes = [
            encode(fp, &answers, Some("Bob דני 1 2 3")).unwrap(),
            encode(fp, &answers, Some("=Ana")).unwrap(),
            encode(fp, &answers, None).unwrap(),
        ];
        let team = read_team_input(&codes.join(" "), fp, q);
        assert_eq!(team.members.len(), 3);
        let csv = to_csv(&quiz, &team.members, false, "2026-12-07");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            lines[1].starts_with("\u{2068}Bob דני 1 2 3\u{2069},"),
            "{csv}"
        );
        // Still defused behind the isolate; a member without a name is as before.
        assert!(lines[2].starts_with("'\u{2068}=Ana\u{2069},"), "{csv}");
        assert!(lines[3].starts_with("Member 3,"), "{csv}");
        // Anonymous: no names, nothing to isolate.
        assert!(!to_csv(&quiz, &team.members, true, "2026-12-07").contains('\u{2068}'));

        let labels: Vec<String> = team.members.iter().map(|m| m.label.clone()).collect();
        assert_eq!(
            members_text(Lang::En, ToolTexts::of(Lang::En), &labels),
            "3 members: \u{2068}Bob דני 1 2 3\u{2069}, \u{2068}=Ana\u{2069}, \u{2068}Member 3\u{2069}"
        );
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
