//! Where a reader is in the quiz, and the attempts they have finished.
//!
//! A reader may have the quiz open in two tabs at once. Each tab re-reads
//! what is stored before it writes and merges it in ([`Progress::merge`],
//! [`History::merge`]), so neither overwrites the other: the newest answer to
//! each question wins, and no finished attempt is ever dropped (except the
//! oldest beyond [`HISTORY_LIMIT`], as always).

use std::cmp::Ordering;

use super::answers::{Answer, AnswerSheet};
use super::fingerprint::Fingerprint;

/// How many finished attempts are kept.
pub const HISTORY_LIMIT: usize = 20;

/// An attempt in progress: every answer so far and the question on screen.
///
/// Finishing files the answers as an [`Attempt`] but keeps them here, so the
/// reader can go back from the report, change an answer and see the same
/// attempt amended rather than a new one.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub answers: AnswerSheet,
    /// When each answer was given (milliseconds since the Unix epoch), one
    /// per question; 0 where unknown: never answered, or saved by a Candor
    /// from before answer times. Merging keeps the newest answer.
    pub answered_at: Vec<f64>,
    /// Index of the question on screen.
    pub position: usize,
    /// When these answers were filed, if they have been (the attempt's id).
    pub filed: Option<f64>,
}

impl Progress {
    pub fn new(questions: usize) -> Progress {
        Progress {
            answers: vec![Answer::Skipped; questions],
            answered_at: vec![0.0; questions],
            position: 0,
            filed: None,
        }
    }

    /// Whether there is something to resume: answers not yet filed.
    pub fn is_resumable(&self) -> bool {
        self.filed.is_none() && self.answers.iter().any(|a| a.is_answered())
    }

    /// Records the answer to `question`, given at `now` (milliseconds), and
    /// moves to the next one. Returns true when that was the last question.
    pub fn answer(&mut self, question: usize, answer: Answer, now: f64) -> bool {
        if let Some(slot) = self.answers.get_mut(question) {
            *slot = answer;
        }
        if let Some(slot) = self.answered_at.get_mut(question) {
            *slot = now;
        }
        let last = question + 1 >= self.answers.len();
        self.position = (question + 1).min(self.answers.len() - 1);
        last
    }

    /// The furthest question a reader may open: the first unanswered one,
    /// so links and reloads never skip ahead of the answers.
    pub fn furthest_reachable(&self) -> usize {
        self.answers
            .iter()
            .position(|a| !a.is_answered())
            .unwrap_or(self.answers.len().saturating_sub(1))
    }

    pub fn is_complete(&self) -> bool {
        self.answers.iter().all(|a| a.is_answered())
    }

    /// Takes in the answers of `other`, the same quiz's answers as another
    /// tab stored them, keeping the question on screen (`position`) this
    /// tab's own.
    ///
    /// Answers not yet filed, or filed as the same attempt, are one sheet:
    /// each question keeps its newest answer. Two different sheets (one
    /// filed as an attempt, the other not, or filed as another attempt) are
    /// not mixed: the one changed last is kept whole; the other is already
    /// in the history if it was filed. Apart from `position`, the result is
    /// the same whichever side merges (commutative), and merging again
    /// changes nothing (idempotent).
    pub fn merge(&mut self, other: &Progress) {
        let n = self.answers.len();
        if other.answers.len() != n || other.answered_at.len() != n || self.answered_at.len() != n {
            // Another quiz's answers: nothing in them belongs here.
            return;
        }
        if same_time(self.filed, other.filed) {
            for q in 0..n {
                let mine = (self.answered_at[q], rank(self.answers[q]));
                let theirs = (other.answered_at[q], rank(other.answers[q]));
                if compare(theirs, mine) == Ordering::Greater {
                    self.answers[q] = other.answers[q];
                    self.answered_at[q] = other.answered_at[q];
                }
            }
            return;
        }
        let newer = other
            .last_change()
            .total_cmp(&self.last_change())
            .then(other.filed.is_some().cmp(&self.filed.is_some()))
            .then(
                other
                    .filed
                    .unwrap_or(0.0)
                    .total_cmp(&self.filed.unwrap_or(0.0)),
            );
        if newer == Ordering::Greater {
            self.answers.clone_from(&other.answers);
            self.answered_at.clone_from(&other.answered_at);
            self.filed = other.filed;
        }
    }

    /// The newest time in the sheet: its last answer, or its filing.
    fn last_change(&self) -> f64 {
        self.answered_at
            .iter()
            .copied()
            .chain(self.filed)
            .fold(0.0, f64::max)
    }
}

/// A total order on answers, to settle two different answers given at the
/// same millisecond the same way in every tab.
fn rank(a: Answer) -> (u8, u8) {
    match a {
        Answer::Skipped => (0, 0),
        Answer::Point(p) => (1, p),
        Answer::NotSure => (2, 0),
    }
}

fn compare((t1, r1): (f64, (u8, u8)), (t2, r2): (f64, (u8, u8))) -> Ordering {
    t1.total_cmp(&t2).then(r1.cmp(&r2))
}

/// Whether two filing times name the same attempt (or neither is filed).
fn same_time(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.total_cmp(&b) == Ordering::Equal,
        _ => false,
    }
}

/// A finished attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Milliseconds since the Unix epoch; also identifies the attempt.
    pub finished_at: f64,
    pub answers: AnswerSheet,
    /// When its answers were last changed after filing (milliseconds), if
    /// they were: of two copies of one attempt, the newer is kept.
    pub amended: Option<f64>,
}

impl Attempt {
    /// A newly filed attempt.
    pub fn new(finished_at: f64, answers: AnswerSheet) -> Attempt {
        Attempt {
            finished_at,
            answers,
            amended: None,
        }
    }

    /// When it last changed: its amendment, else its filing.
    fn changed(&self) -> f64 {
        self.amended.unwrap_or(self.finished_at)
    }
}

/// An attempt finished with an earlier version of the quiz: its answers
/// belong to other questions, so it is never scored or compared, only kept
/// (and written back as it was) so the reader knows it is there.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierAttempt {
    /// Milliseconds since the Unix epoch.
    pub finished_at: f64,
    /// The version of the quiz it was made with.
    pub fingerprint: Fingerprint,
    /// One answer per question of that version.
    pub answers: AnswerSheet,
}

/// Finished attempts, oldest first, at most [`HISTORY_LIMIT`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub attempts: Vec<Attempt>,
    /// Attempts finished with earlier versions of the quiz, oldest first, at
    /// most [`HISTORY_LIMIT`]. They are never the latest or the previous
    /// attempt: nothing is compared with them.
    pub earlier: Vec<EarlierAttempt>,
}

impl History {
    pub fn push(&mut self, attempt: Attempt) {
        self.attempts.push(attempt);
        let excess = self.attempts.len().saturating_sub(HISTORY_LIMIT);
        self.attempts.drain(..excess);
    }

    /// Files a finished sheet: a new attempt the first time, the same attempt
    /// amended after that (the reader went back and changed an answer).
    pub fn file(&mut self, progress: &mut Progress, now: f64) {
        let filed = progress
            .filed
            .and_then(|at| self.attempts.iter_mut().find(|a| a.finished_at == at));
        match filed {
            Some(attempt) => {
                if attempt.answers != progress.answers {
                    attempt.answers = progress.answers.clone();
                    attempt.amended = Some(now.max(attempt.changed()));
                }
            }
            None => {
                self.push(Attempt::new(now, progress.answers.clone()));
                progress.filed = Some(now);
            }
        }
    }

    /// Takes in the attempts of `other`, the same quiz's history as another
    /// tab stored it. Attempts are told apart by their filing time: every
    /// attempt of either side is kept (up to the newest [`HISTORY_LIMIT`]),
    /// and of two copies of one attempt, the one amended last. Commutative
    /// and idempotent: both tabs end with the same history.
    pub fn merge(&mut self, other: &History) {
        // Kept in order as they are added (no sort: a smaller app).
        let mut attempts: Vec<Attempt> = Vec::new();
        for attempt in self.attempts.iter().chain(&other.attempts) {
            let at = |a: &Attempt| a.finished_at.total_cmp(&attempt.finished_at);
            let i = attempts.partition_point(|a| at(a) == Ordering::Less);
            match attempts.get_mut(i) {
                Some(kept) if at(kept) == Ordering::Equal => {
                    if newer_copy(attempt, kept) {
                        *kept = attempt.clone();
                    }
                }
                _ => attempts.insert(i, attempt.clone()),
            }
        }
        attempts.drain(..attempts.len().saturating_sub(HISTORY_LIMIT));
        self.attempts = attempts;

        let mut earlier: Vec<EarlierAttempt> = Vec::new();
        for attempt in self.earlier.iter().chain(&other.earlier) {
            let key = |a: &EarlierAttempt| {
                a.finished_at
                    .total_cmp(&attempt.finished_at)
                    .then(a.fingerprint.quiz.cmp(&attempt.fingerprint.quiz))
                    .then(a.fingerprint.content.cmp(&attempt.fingerprint.content))
            };
            let i = earlier.partition_point(|a| key(a) == Ordering::Less);
            match earlier.get_mut(i) {
                Some(kept) if key(kept) == Ordering::Equal => {
                    if sheet_order(&attempt.answers, &kept.answers) == Ordering::Greater {
                        *kept = attempt.clone();
                    }
                }
                _ => earlier.insert(i, attempt.clone()),
            }
        }
        earlier.drain(..earlier.len().saturating_sub(HISTORY_LIMIT));
        self.earlier = earlier;
    }

    pub fn latest(&self) -> Option<&Attempt> {
        self.attempts.last()
    }

    /// The attempt before the latest one, for "change since last time".
    pub fn previous(&self) -> Option<&Attempt> {
        self.attempts
            .len()
            .checked_sub(2)
            .map(|i| &self.attempts[i])
    }
}

/// Whether `a` should replace `b`, two copies of one attempt: the one
/// changed last, and between copies changed at the same moment, one chosen
/// the same way on every side.
fn newer_copy(a: &Attempt, b: &Attempt) -> bool {
    a.changed()
        .total_cmp(&b.changed())
        .then_with(|| sheet_order(&a.answers, &b.answers))
        .then_with(|| {
            let amended = |x: &Attempt| (x.amended.is_some(), x.amended.unwrap_or(0.0));
            let ((a_some, a_at), (b_some, b_at)) = (amended(a), amended(b));
            a_some.cmp(&b_some).then(a_at.total_cmp(&b_at))
        })
        == Ordering::Greater
}

fn sheet_order(a: &[Answer], b: &[Answer]) -> Ordering {
    a.iter().map(|&x| rank(x)).cmp(b.iter().map(|&x| rank(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answering_moves_on_and_reports_the_last_question() {
        let mut p = Progress::new(3);
        assert!(!p.is_resumable());
        assert!(!p.answer(0, Answer::Point(4), 1.0));
        assert_eq!(p.position, 1);
        assert!(p.is_resumable());
        assert!(!p.answer(1, Answer::NotSure, 1.0));
        assert!(p.answer(2, Answer::Point(1), 1.0));
        assert_eq!(p.position, 2, "stays on the last question");
        assert!(p.is_complete());
    }

    #[test]
    fn the_furthest_reachable_question_is_the_first_unanswered() {
        let mut p = Progress::new(4);
        assert_eq!(p.furthest_reachable(), 0);
        p.answer(0, Answer::Point(2), 1.0);
        p.answer(1, Answer::Point(2), 1.0);
        assert_eq!(p.furthest_reachable(), 2);
        p.answer(2, Answer::Point(2), 1.0);
        p.answer(3, Answer::Point(2), 1.0);
        assert_eq!(p.furthest_reachable(), 3);
    }

    #[test]
    fn history_keeps_the_last_twenty_attempts() {
        let mut h = History::default();
        for i in 0..25 {
            h.push(Attempt::new(f64::from(i), vec![]));
        }
        assert_eq!(h.attempts.len(), HISTORY_LIMIT);
        assert_eq!(h.attempts[0].finished_at, 5.0);
        assert_eq!(h.latest().unwrap().finished_at, 24.0);
        assert_eq!(h.previous().unwrap().finished_at, 23.0);
    }

    #[test]
    fn filing_twice_amends_the_same_attempt() {
        let mut h = History::default();
        let mut p = Progress::new(2);
        p.answer(0, Answer::Point(1), 1.0);
        p.answer(1, Answer::Point(2), 1.0);
        h.file(&mut p, 100.0);
        assert_eq!(p.filed, Some(100.0));
        assert!(!p.is_resumable(), "filed answers are not offered as Resume");
        p.answer(1, Answer::Point(5), 1.0);
        h.file(&mut p, 200.0);
        assert_eq!(h.attempts.len(), 1);
        assert_eq!(h.attempts[0].finished_at, 100.0);
        assert_eq!(
            h.attempts[0].answers,
            vec![Answer::Point(1), Answer::Point(5)]
        );
        // A fresh sheet files a new attempt.
        let mut fresh = Progress::new(2);
        h.file(&mut fresh, 300.0);
        assert_eq!(h.attempts.len(), 2);
    }

    #[test]
    fn a_single_attempt_has_no_previous() {
        let mut h = History::default();
        h.push(Attempt::new(1.0, vec![]));
        assert!(h.previous().is_none());
    }

    // Issue 21: two tabs

    /// A sheet of `n` questions with `answers` (question, point, time).
    fn sheet(n: usize, answers: &[(usize, u8, f64)]) -> Progress {
        let mut p = Progress::new(n);
        for &(q, point, at) in answers {
            p.answer(q, Answer::Point(point), at);
        }
        p
    }

    #[test]
    fn a_tab_that_answered_question_one_keeps_the_other_tabs_ten_answers() {
        // Tab C answers ten questions; tab D, opened earlier, then answers
        // question 1 and saves: C's answers stay, and D's answer to question
        // 1 only because it is newer.
        let c = sheet(
            28,
            &(0..10)
                .map(|q| (q, 4, 100.0 + q as f64))
                .collect::<Vec<_>>(),
        );
        let mut d = sheet(28, &[(0, 1, 200.0)]);
        d.merge(&c);
        assert_eq!(d.answers[0], Answer::Point(1), "D's newer answer");
        assert!(
            (1..10).all(|q| d.answers[q] == Answer::Point(4)),
            "C's answers"
        );
        assert_eq!(d.furthest_reachable(), 10, "resumes at question 11");
        assert_eq!(d.position, 1, "D stays where it is");

        let mut older = sheet(28, &[(0, 1, 50.0)]);
        older.merge(&c);
        assert_eq!(older.answers[0], Answer::Point(4), "C's answer is newer");
    }

    #[test]
    fn answers_without_times_lose_to_any_answer_with_one() {
        let mut old = Progress::new(2);
        old.answers = vec![Answer::Point(2), Answer::Point(2)];
        let new = sheet(2, &[(1, 5, 1.0)]);
        old.merge(&new);
        assert_eq!(old.answers, vec![Answer::Point(2), Answer::Point(5)]);
    }

    #[test]
    fn a_filed_sheet_and_an_open_one_are_not_mixed() {
        let mut filed = sheet(3, &[(0, 5, 1.0), (1, 5, 2.0), (2, 5, 3.0)]);
        filed.filed = Some(4.0);
        // Started afresh in another tab after the filing: it is kept whole.
        let fresh = sheet(3, &[(0, 1, 10.0)]);
        let mut merged = filed.clone();
        merged.merge(&fresh);
        assert_eq!(merged.answers, fresh.answers);
        assert_eq!(merged.filed, None);
        // An open sheet last changed before the filing gives way to it.
        let stale = sheet(3, &[(0, 1, 0.5)]);
        let mut merged = stale.clone();
        merged.merge(&filed);
        assert_eq!((merged.answers, merged.filed), (filed.answers, filed.filed));
    }

    #[test]
    fn histories_of_two_tabs_keep_both_attempts() {
        let mut a = History::default();
        a.push(Attempt::new(100.0, vec![Answer::Point(5); 2]));
        let mut b = History::default();
        b.push(Attempt::new(200.0, vec![Answer::Point(1); 2]));
        let mut merged = a.clone();
        merged.merge(&b);
        let mut other_way = b.clone();
        other_way.merge(&a);
        assert_eq!(merged, other_way);
        assert_eq!(
            merged
                .attempts
                .iter()
                .map(|a| a.finished_at)
                .collect::<Vec<_>>(),
            [100.0, 200.0]
        );
        let again = merged.clone();
        merged.merge(&again);
        assert_eq!(merged, again, "merging twice changes nothing");
    }

    #[test]
    fn of_two_amendments_of_one_attempt_the_newest_is_kept() {
        let mut p = sheet(2, &[(0, 3, 1.0), (1, 3, 2.0)]);
        let mut h = History::default();
        h.file(&mut p, 10.0);
        let (mut tab_a, mut tab_b) = (h.clone(), h.clone());
        let (mut pa, mut pb) = (p.clone(), p.clone());
        pa.answer(0, Answer::Point(1), 20.0);
        tab_a.file(&mut pa, 20.0);
        pb.answer(1, Answer::Point(5), 30.0);
        tab_b.file(&mut pb, 30.0);
        assert_eq!(tab_a.attempts[0].amended, Some(20.0));
        let mut merged = tab_a.clone();
        merged.merge(&tab_b);
        assert_eq!(merged.attempts.len(), 1, "still one attempt");
        assert_eq!(
            merged.attempts[0].answers, pb.answers,
            "the newer amendment"
        );
        // Filing the same answers again is no amendment.
        let mut same = tab_b.clone();
        same.file(&mut pb, 40.0);
        assert_eq!(same, tab_b);
    }
}
