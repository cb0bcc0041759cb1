//! The team summary: each dimension and question across the members, and the lines that say it.

use super::input::Member;
use crate::core::answers::Answer;
use crate::core::catalogue::{count, fill, ToolTexts};
use crate::core::language::Lang;
use crate::core::quiz::{Dimension, Quiz, Situation};
use crate::core::report::{classify, profile, ranked, Profile, STRONG};
use crate::core::scoring::{score, Scores};
use crate::core::share_code::isolate;

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
