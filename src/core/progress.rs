//! Where a reader is in the quiz, and the attempts they have finished.

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
    /// Index of the question on screen.
    pub position: usize,
    /// When these answers were filed, if they have been (the attempt's id).
    pub filed: Option<f64>,
}

impl Progress {
    pub fn new(questions: usize) -> Progress {
        Progress {
            answers: vec![Answer::Skipped; questions],
            position: 0,
            filed: None,
        }
    }

    /// Whether there is something to resume: answers not yet filed.
    pub fn is_resumable(&self) -> bool {
        self.filed.is_none() && self.answers.iter().any(|a| a.is_answered())
    }

    /// Records the answer to `question` and moves to the next one. Returns true
    /// when that was the last question.
    pub fn answer(&mut self, question: usize, answer: Answer) -> bool {
        if let Some(slot) = self.answers.get_mut(question) {
            *slot = answer;
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
}

/// A finished attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Milliseconds since the Unix epoch; also identifies the attempt.
    pub finished_at: f64,
    pub answers: AnswerSheet,
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
            Some(attempt) => attempt.answers = progress.answers.clone(),
            None => {
                self.push(Attempt {
                    finished_at: now,
                    answers: progress.answers.clone(),
                });
                progress.filed = Some(now);
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answering_moves_on_and_reports_the_last_question() {
        let mut p = Progress::new(3);
        assert!(!p.is_resumable());
        assert!(!p.answer(0, Answer::Point(4)));
        assert_eq!(p.position, 1);
        assert!(p.is_resumable());
        assert!(!p.answer(1, Answer::NotSure));
        assert!(p.answer(2, Answer::Point(1)));
        assert_eq!(p.position, 2, "stays on the last question");
        assert!(p.is_complete());
    }

    #[test]
    fn the_furthest_reachable_question_is_the_first_unanswered() {
        let mut p = Progress::new(4);
        assert_eq!(p.furthest_reachable(), 0);
        p.answer(0, Answer::Point(2));
        p.answer(1, Answer::Point(2));
        assert_eq!(p.furthest_reachable(), 2);
        p.answer(2, Answer::Point(2));
        p.answer(3, Answer::Point(2));
        assert_eq!(p.furthest_reachable(), 3);
    }

    #[test]
    fn history_keeps_the_last_twenty_attempts() {
        let mut h = History::default();
        for i in 0..25 {
            h.push(Attempt {
                finished_at: f64::from(i),
                answers: vec![],
            });
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
        p.answer(0, Answer::Point(1));
        p.answer(1, Answer::Point(2));
        h.file(&mut p, 100.0);
        assert_eq!(p.filed, Some(100.0));
        assert!(!p.is_resumable(), "filed answers are not offered as Resume");
        p.answer(1, Answer::Point(5));
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
        h.push(Attempt {
            finished_at: 1.0,
            answers: vec![],
        });
        assert!(h.previous().is_none());
    }
}
