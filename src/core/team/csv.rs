//! The team as CSV, for a spreadsheet.

use super::input::Member;
use super::summary::summarize;
use crate::core::answers::Answer;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::language::Lang;
use crate::core::quiz::Quiz;
use crate::core::share_code::isolate;

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
    use crate::core::share_code::encode;
    use crate::core::team::{members_text, read_team_input};

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
}
